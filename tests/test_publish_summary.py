"""評価結果一覧: rows, order, filters, the 予算要求 category rule, CSV for Excel and xlsx."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import openpyxl
import pytest

from models.publish.summary import (
    HEADER,
    budget_category,
    render_summary,
    summary_csv,
    summary_rows,
    summary_title,
    summary_xlsx,
)
from models.report.model import NextSteps, Report, Verdict
from models.snapshot.sample import load_sample

SAMPLE_ROW = (
    "総務省",
    "総務省R4－⑧",
    "令和３年度",
    8,
    "電子自治体の推進",
    "目標達成",
    "Ⅲ　予算の継続・現状維持",
    "自治行政局（住民制度課デジタル基盤推進室、地域政策課地域情報化企画室）",
)


def _report(key: str, number: int | None, *, ministry: str = "総務省", year: int = 2021) -> Report:
    return Report(
        key=key,
        ministry=ministry,
        policy_number=number,
        policy_name=f"政策{key}",
        evaluated_fiscal_year=year,
        verdict=Verdict(category="相当程度進展あり"),
        next_steps=NextSteps(budget_request="Ⅰ　予算の拡充"),
        bureau="大臣官房",
    )


@pytest.fixture
def reports() -> list[Report]:
    return [
        _report("b", 10),
        load_sample(),
        _report("none", None),
        _report("a", 2),
        _report("old", 1, year=2020),
        _report("other", 1, ministry="財務省"),
    ]


def test_the_sample_row_has_every_column() -> None:
    (row,) = summary_rows([load_sample()])
    assert row.cells() == SAMPLE_ROW


def test_sorted_by_ministry_year_then_policy_number_as_a_number(reports) -> None:
    keys = [(r.ministry, r.fiscal_year, r.policy_number) for r in summary_rows(reports)]
    assert keys == [
        ("総務省", 2020, 1),
        ("総務省", 2021, 2),
        ("総務省", 2021, 8),
        ("総務省", 2021, 10),
        ("総務省", 2021, None),
        ("財務省", 2021, 1),
    ]


def test_ministries_in_the_governments_order_not_character_order() -> None:
    names = ["テスト省", "国土交通省", "防衛省", "内閣府", "環境省", "総務省", "復興庁", "外務省"]
    rows = summary_rows([_report(str(i), 1, ministry=m) for i, m in enumerate(names)])
    assert [r.ministry for r in rows] == [
        "内閣府",
        "復興庁",
        "総務省",
        "外務省",
        "国土交通省",
        "環境省",
        "防衛省",
        "テスト省",  # not in the government's list: after it
    ]


def test_filtered_by_evaluated_year_and_ministry(reports) -> None:
    rows = summary_rows(reports, year=2021, ministry="総務省")
    assert [r.policy_number for r in rows] == [2, 8, 10, None]
    assert [r.policy_name for r in summary_rows(reports, year=2020)] == ["政策old"]
    assert summary_rows(reports, ministry="外務省") == []
    assert summary_title(2021, "総務省") == "評価結果一覧（総務省・令和３年度実施政策）"
    assert summary_title() == "評価結果一覧"
    # without --year, the title names the years listed
    assert summary_title(years=[2021, 2021]) == "評価結果一覧（令和３年度実施政策）"
    assert summary_title(years=[2021, 2020]) == "評価結果一覧（令和２年度～令和３年度実施政策）"


@pytest.mark.parametrize(
    ("steps", "category"),
    [
        (NextSteps(budget_request="Ⅲ　予算の継続・現状維持"), "Ⅲ　予算の継続・現状維持"),
        (NextSteps(budget_request="　　Ⅲ  \u3000予算の継続・現状維持 "), "Ⅲ　予算の継続・現状維持"),
        (NextSteps(budget_request="\nⅡ　予算の縮減\n（理由）…"), "Ⅱ　予算の縮減"),
        (
            NextSteps(budget_reflection="区分は「Ⅳ　予算の廃止」とし、事業を終える。"),
            "Ⅳ　予算の廃止",
        ),
        (NextSteps(budget_reflection="予算の増減に関わってこない。"), ""),
        (NextSteps(), ""),
    ],
)
def test_budget_request_category_rule(steps: NextSteps, category: str) -> None:
    assert budget_category(replace(load_sample(), next_steps=steps)) == category


def test_csv_is_utf8_with_a_bom_for_excel_and_quotes_what_needs_it() -> None:
    tricky = replace(load_sample(), policy_name='名前に, と "引用" と\n改行', bureau="=1+1")
    data = summary_csv(summary_rows([tricky, _report("a", 2)]))
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.startswith("府省名,評価書番号,評価対象年度,政策番号,政策名,") and "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(HEADER)
    assert rows[1] == [
        "総務省",
        "",
        "令和３年度",
        "2",
        "政策a",
        "相当程度進展あり",
        "Ⅰ　予算の拡充",
        "大臣官房",
    ]
    assert rows[2][4] == '名前に, と "引用" と\n改行' and rows[2][7] == "=1+1"


def test_xlsx_has_the_title_header_rows_and_a_filter() -> None:
    hostile = _report("h", 3)
    hostile = replace(hostile, policy_name='=HYPERLINK("x")', bureau="[b]課[/b] <script>")
    rows = summary_rows([load_sample(), hostile])
    data = summary_xlsx(rows, summary_title(2021, "総務省"))
    assert summary_xlsx(rows, summary_title(2021, "総務省")) == data  # same data, same bytes
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    values = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert values[0][0] == "評価結果一覧（総務省・令和３年度実施政策）"
    assert values[1] == HEADER
    assert values[2][3:5] == (3, '=HYPERLINK("x")')
    assert values[2][7] == "[b]課[/b] <script>"
    assert values[3] == SAMPLE_ROW
    assert sheet.cell(3, 5).data_type == "s"  # text, never a formula
    assert sheet.auto_filter.ref == "A2:H4"
    assert sheet.freeze_panes == "A3"
    assert sheet.page_setup.paperSize == 9 and sheet.page_setup.orientation == "landscape"


def test_render_summary_filters_and_picks_the_format(reports) -> None:
    csv_bytes = render_summary(reports, "csv", year=2021, ministry="総務省")
    lines = csv_bytes.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + 4
    assert lines[2].startswith("総務省,総務省R4－⑧,令和３年度,8,電子自治体の推進,目標達成,")
    book = openpyxl.load_workbook(io.BytesIO(render_summary(reports, "xlsx", year=2020)))
    sheet = book.active
    assert sheet is not None and sheet.cell(1, 1).value == "評価結果一覧（令和２年度実施政策）"
    assert sheet.max_row == 3
    with pytest.raises(ValueError, match="docx"):
        render_summary(reports, "docx")


def test_xlsx_rows_are_as_tall_as_their_wrapped_text() -> None:
    long = replace(load_sample(), bureau="課" * 100)  # 200 units in a 40-unit column: 6 lines
    sheet = openpyxl.load_workbook(io.BytesIO(summary_xlsx(summary_rows([long])))).active
    assert sheet is not None
    assert sheet.row_dimensions[3].height >= 5 * 15
    assert not sheet.cell(1, 1).alignment.wrap_text  # the title runs on, unwrapped
