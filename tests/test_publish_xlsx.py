"""The Excel workbook, read back with openpyxl: the form's frame — labels and rows as the seed
prints them, every cell of the form in order, figures as numbers."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from models.printed import Cell, Document, Section, printed_document
from models.publish import xlsx
from models.publish.cells import spreadsheet_value
from models.publish.frame import GROUP_KIND, NUMBER, build_frame, note_paragraphs
from models.report.numbers import Number
from models.snapshot.sample import load_sample
from tests.publish_reports import HOSTILE, hostile_report

# One worker builds the module's shared fixture once (pytest-xdist, --dist loadgroup).
pytestmark = pytest.mark.xdist_group("publish_xlsx")

TRIANGLE = '#,##0;"△ "#,##0'


def _sheet(data: bytes) -> Worksheet:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def _expected(doc: Document) -> list[str | Number]:
    """Every non-blank cell of the form in the sheet's reading order: the title lines, the
    frame's cells row by row (figures as numbers, 評価結果 as one word), the notes."""
    frame = build_frame(doc)
    out: list[str | Number] = [frame.title, *frame.title_lines]
    for slot in frame.slots:
        value = spreadsheet_value(Cell(slot.text, slot.value)) if slot.kind == NUMBER else None
        text = slot.text.replace("\n", "") if slot.kind == GROUP_KIND else slot.text
        out.append(text if value is None else value)
    out += ["\n".join(note_paragraphs(note)) for note in frame.notes]
    return [v for v in out if v != ""]


def _read(sheet: Worksheet) -> list[str | Number]:
    return [c.value for row in sheet.iter_rows() for c in row if c.value not in (None, "")]


def _find(sheet: Worksheet, value: object) -> tuple[int, int]:
    return next((c.row, c.column) for row in sheet.iter_rows() for c in row if c.value == value)


def _merge_at(sheet: Worksheet, row: int, col: int) -> str:
    return next(str(r) for r in sheet.merged_cells.ranges if (r.min_row, r.min_col) == (row, col))


def _rows_of(sheet: Worksheet, row: int, col: int) -> int:
    found = [r for r in sheet.merged_cells.ranges if (r.min_row, r.min_col) == (row, col)]
    return found[0].max_row - row + 1 if found else 1


@pytest.fixture(scope="module")
def sample() -> tuple[Document, Worksheet]:
    doc = printed_document(load_sample())
    return doc, _sheet(xlsx.render(doc))


def test_every_cell_of_the_form_in_order(sample) -> None:
    doc, sheet = sample
    assert _read(sheet) == _expected(doc)


def test_labels_and_rows_as_the_seed_prints_them(sample) -> None:
    """The budget's unit in its left label, 予算の状況 with （注）, plain 執行額; 分野 and
    作成責任者名 on the rows of 政策名 and 担当部局課室名; the 反映内容 as label cells."""
    _doc, sheet = sample
    read = _read(sheet)
    assert "予算の状況（単位：百万円）" not in read and "執行額（百万円）" not in read
    row, col = _find(sheet, "政策の予算額・執行額等（百万円）")
    assert col == 1 and _rows_of(sheet, row, col) == 7  # the table's six rows and the note
    status = _find(sheet, "予算の状況\n（注）")
    assert status[0] == row + 1 and _rows_of(sheet, *status) == 4  # a, b, c and the total
    assert _find(sheet, "執行額")[0] == row + 5
    policy, _ = _find(sheet, "政策（※１）名")
    assert _find(sheet, "分野")[0] == policy and _find(sheet, "電子自治体")[0] == policy
    bureau, _ = _find(sheet, "担当部局課室名")
    assert _find(sheet, "作成責任者名")[0] == bureau
    for label in (
        "令和５年度予算概算要求への主な反映内容",
        "税制、法令、組織、定員等への主な反映内容",
    ):
        at, column = _find(sheet, label)
        beside = sheet.cell(at, column + len(range(*_span(sheet, at, column))))
        assert beside.value not in (None, ""), label
    assert sheet.cell(*_find(sheet, "税制、法令、組織、定員等への主な反映内容")).fill.fgColor.rgb


def _span(sheet: Worksheet, row: int, col: int) -> tuple[int, int]:
    found = [r for r in sheet.merged_cells.ranges if (r.min_row, r.min_col) == (row, col)]
    return (col, found[0].max_col + 1) if found else (col, col + 1)


def test_the_verdict_and_the_whole_rationale_in_one_cell(sample) -> None:
    _doc, sheet = sample
    read = _read(sheet)
    rationale = load_sample().verdict.rationale
    cell = next(v for v in read if isinstance(v, str) and v.startswith("（各行政機関共通区分）"))
    assert cell.split("\n")[:2] == ["（各行政機関共通区分）　　　目標達成", "（判断根拠）"]
    assert cell.endswith(rationale)


def test_figures_are_numbers_printed_with_the_triangle(sample) -> None:
    _doc, sheet = sample
    cells = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c.value, int)}
    assert -13745 in cells and 431001 in cells and -1582692 in cells
    for value in (-13745, 431001, 76461):
        assert cells[value].number_format == TRIANGLE
        assert cells[value].alignment.horizontal == "right"
    assert xlsx.number_format(1) == '#,##0.0;"△ "#,##0.0'
    assert not any(isinstance(v, str) and v.startswith("△") for v in _read(sheet))


def test_the_title_spans_the_grid_and_the_group_runs_down_the_side(sample) -> None:
    doc, sheet = sample
    last = get_column_letter(len(build_frame(doc).widths))
    assert _merge_at(sheet, 1, 1) == f"A1:{last}1"
    row, col = _find(sheet, "評価結果")
    assert sheet.cell(row, col).alignment.textRotation == 255  # stacked, down the side
    verdict_row, _ = _find(sheet, "目標達成度合いの測定結果")
    next_row, _ = _find(sheet, "次期目標等への反映の方向性")
    assert verdict_row == row and row + _rows_of(sheet, row, col) - 1 >= next_row


def test_font_wrapping_and_a4_page_setup(sample) -> None:
    doc, sheet = sample
    row, col = _find(sheet, "政策の概要")
    assert sheet.cell(row, col).font.name == xlsx.FONT == "ＭＳ 明朝"
    overview = sheet.cell(row, col + _span(sheet, row, col)[1] - col)
    assert overview.alignment.wrap_text and overview.value == load_sample().overview
    assert sheet.row_dimensions[row].height >= 2 * xlsx.LINE_HEIGHT  # it wraps to 2+ lines
    setup = sheet.page_setup
    assert setup.paperSize == 9 and setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert setup.fitToWidth in (None, 1)
    assert setup.fitToHeight == 0
    last = get_column_letter(len(build_frame(doc).widths))
    assert sheet.print_area == f"'評価書'!$A$1:${last}${sheet.max_row}"


def test_a_gothic_profile_sets_the_sheet_in_ms_gothic() -> None:
    doc = replace(printed_document(load_sample()), typeface="ゴシック")
    sheet = _sheet(xlsx.render(doc))
    assert {c.font.name for row in sheet.iter_rows() for c in row if c.value} == {"ＭＳ ゴシック"}


def test_same_data_same_bytes_other_data_other_bytes() -> None:
    first = xlsx.render(printed_document(load_sample()))
    assert xlsx.render(printed_document(load_sample())) == first
    assert xlsx.render(printed_document(hostile_report())) != first
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core


def test_hostile_text_is_printed_literally_never_as_a_formula() -> None:
    doc = printed_document(hostile_report())
    sheet = _sheet(xlsx.render(doc))
    read = _read(sheet)
    assert read == _expected(doc)
    text = "\n".join(str(v) for v in read)
    for hostile in HOSTILE:
        assert hostile in text
    cell = next(c for row in sheet.iter_rows() for c in row if "=1+1" in str(c.value))
    assert cell.data_type == "s"


def test_a_figure_excel_cannot_hold_stays_its_printed_text() -> None:
    doc = printed_document(hostile_report())
    read = _read(_sheet(xlsx.render(doc)))
    assert "9,223,372,036,854,775,807" in read  # 合計, beyond Excel's 15 digits
    assert 9223372036854775807 not in read


def test_a_text_longer_than_an_excel_cell_continues_on_the_next_row() -> None:
    long = "あ" * (xlsx.XLSX_MAX_TEXT + 10)
    doc = printed_document(load_sample())
    doc = replace(doc, sections=(Section("analysis", "政策の分析", (long,)),))
    read = _read(_sheet(xlsx.render(doc)))
    assert read[0] == "政策の分析" and "".join(str(v) for v in read[1:]) == long


def test_registered_under_its_format_name() -> None:
    from models.publish import renderer

    assert renderer("xlsx") is xlsx and xlsx.EXTENSION == "xlsx"


def test_characters_xml_cannot_hold_are_escaped_the_ooxml_way() -> None:
    report = replace(load_sample(), overview="a\ufffeb\uffffc")
    data = xlsx.render(printed_document(report))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        strings = z.read("xl/sharedStrings.xml").decode()
    assert "a_xFFFE_b_xFFFF_c" in strings  # Excel reads _xHHHH_ back as the character
    assert "\ufffe" not in strings and _sheet(data).max_row > 1
