"""The Excel workbook, read back with openpyxl: the form's content in order, figures as numbers."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from models.printed import Document, Field, Heading, Note, Section, Table, printed_document
from models.publish import xlsx
from models.publish.cells import placed, spreadsheet_value
from models.report.numbers import Number
from models.snapshot.sample import load_sample
from tests.publish_reports import HOSTILE, hostile_report

TRIANGLE = '#,##0;"△ "#,##0'


def _sheet(data: bytes) -> Worksheet:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def _expected(doc: Document) -> list[str | Number]:
    """Every non-blank text of the model in the sheet's reading order, figures as numbers."""
    out: list[str | Number] = []
    group = ""
    for section in doc.sections:
        if section.group and section.group != group:
            out.append(section.group)  # down the side, from the group's first row
        group = section.group
        if section.layout != "bare":
            out.append(section.title)
        for block in section.blocks:
            if isinstance(block, Table):
                for p in placed(block):
                    value = spreadsheet_value(p.cell)
                    out.append(p.cell.text if value is None else value)
            elif isinstance(block, Field):
                out += [block.label, block.text]
            elif isinstance(block, Note):
                out += [block.mark, block.text]
            elif isinstance(block, Heading):
                out.append(block.text)
            else:
                out.append(block)
    return [v for v in out if v != ""]


def _read(sheet: Worksheet) -> list[str | Number]:
    return [c.value for row in sheet.iter_rows() for c in row if c.value not in (None, "")]


def _find(sheet: Worksheet, value: object) -> tuple[int, int]:
    return next((c.row, c.column) for row in sheet.iter_rows() for c in row if c.value == value)


def _merge_at(sheet: Worksheet, row: int, col: int) -> str:
    return next(str(r) for r in sheet.merged_cells.ranges if (r.min_row, r.min_col) == (row, col))


@pytest.fixture(scope="module")
def sample() -> tuple[Document, Worksheet]:
    doc = printed_document(load_sample())
    return doc, _sheet(xlsx.render(doc))


def test_every_label_value_and_figure_in_the_forms_order(sample) -> None:
    doc, sheet = sample
    assert _read(sheet) == _expected(doc)


def test_the_spec_labels_the_verdict_and_the_whole_rationale_are_there(sample) -> None:
    _doc, sheet = sample
    read = _read(sheet)
    labels = ("予算の状況（単位：百万円）", "当初予算（a）", "補正予算（b）", "繰越し等（c）")
    for label in (*labels, "合計（a＋b＋c）", "執行額（百万円）", "評価結果", "※３"):
        assert label in read
    assert read.index("（各行政機関共通区分）") + 1 == read.index("目標達成")
    rationale = load_sample().verdict.rationale.split("\n")
    at = read.index("（判断根拠）")
    assert read[at + 1 : at + 1 + len(rationale)] == rationale


def test_figures_are_numbers_printed_with_the_triangle(sample) -> None:
    _doc, sheet = sample
    cells = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c.value, int)}
    assert -13745 in cells and 431001 in cells and -1582692 in cells
    for value in (-13745, 431001, 76461):
        assert cells[value].number_format == TRIANGLE
        assert cells[value].alignment.horizontal == "right"
    assert xlsx.number_format(1) == '#,##0.0;"△ "#,##0.0'
    assert not any(isinstance(v, str) and v.startswith("△") for v in _read(sheet))


def test_merged_cells_follow_the_forms_grid(sample) -> None:
    doc, sheet = sample
    last = get_column_letter(xlsx.grid_columns(doc))
    assert _merge_at(sheet, 1, 1) == f"A1:{last}1"  # the title across the grid
    row, col = _find(sheet, "予算の状況（単位：百万円）")
    rows = _merge_at(sheet, row, col).partition(":")[2]
    assert int("".join(filter(str.isdigit, rows))) - row + 1 == 4  # a, b, c and the total
    row, col = _find(sheet, "政策の予算額・執行額等")
    label = _merge_at(sheet, row, col)
    assert label.startswith("A") and int(label.split(":")[1][1:]) == row + 6  # table + note
    row, col = _find(sheet, "評価結果")
    vertical = sheet.cell(row, col)
    assert vertical.alignment.textRotation == 255  # stacked, down the side
    span = _merge_at(sheet, row, col)
    verdict_row, _ = _find(sheet, "目標達成度合いの測定結果")
    next_row, _ = _find(sheet, "次期目標等への反映の方向性")
    assert verdict_row == row and int(span.split(":")[1][1:]) > next_row


def test_font_wrapping_and_a4_page_setup(sample) -> None:
    doc, sheet = sample
    row, col = _find(sheet, "政策の概要")
    cell = sheet.cell(row, col)
    assert cell.font.name == xlsx.FONT == "ＭＳ 明朝"
    overview = sheet.cell(row, xlsx.LABEL_COLS + 1)
    assert overview.alignment.wrap_text and overview.value == load_sample().overview
    assert sheet.row_dimensions[row].height >= 2 * xlsx.LINE_HEIGHT  # it wraps to 2+ lines
    setup = sheet.page_setup
    assert setup.paperSize == 9 and setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert setup.fitToWidth in (None, 1)  # 1 page wide, the default XlsxWriter leaves unsaid
    assert setup.fitToHeight == 0  # as many pages down as it takes
    last = get_column_letter(xlsx.grid_columns(doc))
    assert sheet.print_area == f"'評価書'!$A$1:${last}${sheet.max_row}"


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
    for text in HOSTILE:
        assert text in read
    row, col = _find(sheet, "=1+1")
    assert sheet.cell(row, col).data_type == "s"


def test_a_figure_excel_cannot_hold_stays_its_printed_text() -> None:
    doc = printed_document(hostile_report())
    read = _read(_sheet(xlsx.render(doc)))
    assert "9,223,372,036,854,775,807" in read  # 合計, beyond Excel's 15 digits
    assert 9223372036854775807 not in read


def test_a_line_longer_than_an_excel_cell_continues_on_the_next_row() -> None:
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
