"""Fiscal years, eras and dates: parsing what people type and rendering the form's style."""

from __future__ import annotations

from datetime import date

import pytest

from models.i18n import set_language
from models.report.eras import (
    date_long,
    date_short,
    era_of_date,
    fiscal_year_label,
    form_digits,
    fy_both,
    month_label,
    parse_date,
    parse_fiscal_year,
    parse_month,
    year_tag,
)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("令和3年度", 2021),
        ("令和３年度", 2021),
        ("R3", 2021),
        ("R3年度", 2021),
        ("r3", 2021),
        ("Ｒ３年度", 2021),
        ("令和元年度", 2019),
        ("平成31年度", 2019),
        ("平成30年度", 2018),
        ("H30", 2018),
        ("平成元年度", 1989),
        ("令和12年度", 2030),
        ("２０２１", 2021),
        ("2021年度", 2021),
        ("2021", 2021),
        (" 令和 ３ 年度 ", 2021),
    ],
)
def test_parse_fiscal_year(text: str, year: int) -> None:
    assert parse_fiscal_year(text) == year


@pytest.mark.parametrize(
    "text", ["", "令和", "令和0年度", "平成32年度", "R", "21", "1988", "昭和60年度", "令和3月"]
)
def test_parse_fiscal_year_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_fiscal_year(text)


def test_fiscal_year_error_says_what_was_expected() -> None:
    set_language("en")
    with pytest.raises(ValueError, match=r"expected e\.g\. 令和３年度"):
        parse_fiscal_year("next year")
    set_language("ja")
    with pytest.raises(ValueError, match="例: 令和３年度"):
        parse_fiscal_year("来年")


@pytest.mark.parametrize(
    ("year", "label"),
    [
        (2021, "令和３年度"),
        (2019, "令和元年度"),  # FY2019 is 令和 although it starts on 2019-04-01 (平成)
        (2020, "令和２年度"),
        (2030, "令和12年度"),
        (2018, "平成30年度"),
        (1989, "平成元年度"),
        (1997, "平成９年度"),
    ],
)
def test_fiscal_year_label(year: int, label: str) -> None:
    assert fiscal_year_label(year) == label
    assert parse_fiscal_year(label) == year


def test_year_tag() -> None:
    assert year_tag(2018) == "【平成30年度】"
    assert year_tag(2023) == "【令和５年度】"


@pytest.mark.parametrize(
    ("d", "long", "short"),
    [
        (date(2019, 4, 1), "平成31年４月１日", "H31.4.1"),
        (date(2019, 4, 30), "平成31年４月30日", "H31.4.30"),
        (date(2019, 5, 1), "令和元年５月１日", "R1.5.1"),
        (date(2019, 12, 5), "令和元年12月５日", "R1.12.5"),
        (date(2020, 4, 1), "令和２年４月１日", "R2.4.1"),
        (date(2021, 6, 18), "令和３年６月18日", "R3.6.18"),
        (date(1989, 1, 8), "平成元年１月８日", "H1.1.8"),
    ],
)
def test_dates_take_their_era_from_the_date(d: date, long: str, short: str) -> None:
    assert date_long(d) == long
    assert date_short(d) == short
    assert parse_date(long) == d
    assert parse_date(short) == d


@pytest.mark.parametrize(
    ("text", "d"),
    [
        ("H31.4.1", date(2019, 4, 1)),
        ("R2.4.1", date(2020, 4, 1)),
        ("令和３年６月18日", date(2021, 6, 18)),
        ("令和元年12月５日", date(2019, 12, 5)),
        ("令和1年5月1日", date(2019, 5, 1)),
        ("（R2.4.1現在）", date(2020, 4, 1)),
        ("2021-06-18", date(2021, 6, 18)),
        ("２０２１年６月１８日", date(2021, 6, 18)),
        ("2021/6/18", date(2021, 6, 18)),
    ],
)
def test_parse_date(text: str, d: date) -> None:
    assert parse_date(text) == d


@pytest.mark.parametrize(
    "text",
    [
        "令和元年4月30日",  # 令和 begins on 2019-05-01
        "R1.4.1",
        "平成31年5月1日",  # 平成 ended on 2019-04-30
        "令和3年2月30日",
        "令和3年6月",
        "yesterday",
        "",
    ],
)
def test_parse_date_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_era_boundary() -> None:
    assert era_of_date(date(2019, 4, 30))[0].name == "平成"
    assert era_of_date(date(2019, 5, 1))[0].name == "令和"
    assert era_of_date(date(2019, 5, 1))[1] == 1


@pytest.mark.parametrize(
    ("month", "label"),
    [
        ("2022-08", "令和４年８月"),
        ("2019-04", "平成31年４月"),
        ("2019-05", "令和元年５月"),
        ("2020-12", "令和２年12月"),
    ],
)
def test_month_label(month: str, label: str) -> None:
    assert month_label(month) == label
    assert parse_month(label) == month


@pytest.mark.parametrize("text", ["2022-13", "2022/8/1", "令和元年4月", ""])
def test_month_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_month(text) if text != "2022-13" else month_label(text)


@pytest.mark.parametrize(
    ("n", "text"), [(0, "０"), (3, "３"), (9, "９"), (10, "10"), (1067, "1067")]
)
def test_form_digits(n: int, text: str) -> None:
    assert form_digits(n) == text


def test_fy_both_puts_the_western_year_beside_the_era_in_japanese_alone() -> None:
    set_language("ja")
    assert fy_both(2019) == "令和元年度（2019年度）"
    assert fy_both(2019, unit=False) == "令和元年度（2019）"
    assert fy_both(1985) == "1985年度"  # before 平成 the year is Western already
    set_language("en")
    assert fy_both(2019) == "FY2019"
    assert fy_both(2019, unit=False) == "FY2019"
