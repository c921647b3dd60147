"""Years before 平成 print (昭和, then Western years) instead of stopping the printed document."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from models.printed import printed_document
from models.printed.plan import plan_document
from models.printed.years import date_long, date_short, fiscal_year_label, month_label, year_tag
from models.publish import blocking_findings, render
from models.report.model import BudgetYear, CabinetPolicy, IndicatorYear, Report
from models.snapshot.sample import load_sample
from tests.plan_reports import plan_report


@pytest.mark.parametrize(
    ("fiscal_year", "label"),
    [
        (2021, "令和３年度"),
        (2019, "令和元年度"),
        (1989, "平成元年度"),
        (1988, "昭和63年度"),
        (1985, "昭和60年度"),
        (1927, "昭和２年度"),
        (1926, "1926年度"),  # began in 大正: printed as its Western year
        (1900, "1900年度"),
    ],
)
def test_fiscal_years_of_every_era(fiscal_year: int, label: str) -> None:
    assert fiscal_year_label(fiscal_year) == label
    assert year_tag(fiscal_year) == f"【{label}】"


@pytest.mark.parametrize(
    ("day", "long", "short"),
    [
        (date(2021, 6, 18), "令和３年６月18日", "R3.6.18"),
        (date(1989, 1, 8), "平成元年１月８日", "H1.1.8"),
        (date(1989, 1, 7), "昭和64年１月７日", "S64.1.7"),
        (date(1985, 4, 1), "昭和60年４月１日", "S60.4.1"),
        (date(1926, 12, 25), "昭和元年12月25日", "S1.12.25"),
        (date(1926, 12, 24), "1926年12月24日", "1926.12.24"),
    ],
)
def test_dates_of_every_era(day: date, long: str, short: str) -> None:
    assert (date_long(day), date_short(day)) == (long, short)


def test_months() -> None:
    assert month_label("2022-08") == "令和４年８月"
    assert month_label("1988-08") == "昭和63年８月"
    assert month_label("1989-01") == "昭和64年１月"  # its first day is still 昭和
    assert month_label("1920-03") == "1920年３月"
    assert month_label("令和４年度中") == "令和４年度中"  # text, not a month: as written


def showa_report() -> Report:
    """The sample (with its plan) moved to 昭和: every kind of year and date the form prints."""
    report = plan_report()
    obj = report.objectives[0]
    one = obj.indicators[0]
    one.baseline = replace(one.baseline, fiscal_year=1985, text="")
    one.years = [IndicatorYear(1987, target=900, actual=950, as_of=date(1988, 3, 31))]
    obj.means[0].start_fiscal_year = 1960
    obj.means[0].years[0].fiscal_year = 1987
    report = replace(
        report,
        evaluated_fiscal_year=1987,
        title="",
        evaluation_month="1988-08",
        planned_evaluation="1988-08",
        budget=replace(report.budget, years=[BudgetYear(1986, 100), BudgetYear(1987, 120)]),
        cabinet_policies=[CabinetPolicy("施政方針演説", date(1986, 1, 27), "抜粋")],
    )
    assert report.plan is not None
    report.plan.fixed_on = date(1987, 4, 1)
    return report


def _text(data: bytes) -> str:
    return data.decode("utf-8").replace('<span class="fig">', "").replace("</span>", "")


def test_a_report_with_showa_years_publishes() -> None:
    report = showa_report()
    blocking_findings(report)  # the checks run too (they name years in messages)
    page = _text(render(printed_document(report), "html"))
    for printed in (
        "主要な政策に係る評価書（昭和62年度実施政策）",
        "【昭和60年度】",
        "昭和61年度",  # a budget column
        "S63.3.31現在",
        "昭和61年１月27日",
        "昭和63年８月",
    ):
        assert printed in page, printed


def test_the_plan_of_a_report_with_showa_years_publishes() -> None:
    page = _text(render(plan_document(showa_report()), "html"))
    expected = ("昭和62年度実施政策に係る事前分析表", "昭和35年度", "昭和62年度", "昭和63年８月")
    for printed in expected:
        assert printed in page, printed
    assert "昭和62年４月１日" in page  # 事前分析表確定日


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_showa_years_in_the_other_formats(fmt: str) -> None:
    assert render(printed_document(showa_report()), fmt)
    assert render(plan_document(showa_report()), fmt)


def test_the_sample_still_prints_reiwa() -> None:
    assert printed_document(load_sample()).title == "主要な政策に係る評価書（令和３年度実施政策）"
