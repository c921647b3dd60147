"""The Excel workbook, read back with openpyxl: the form's content in order, figures as numbers."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from models.numbers import Number
from models.printed import printed_sections
from models.printed_blocks import Section, Table
from models.publish import xlsx
from models.publish.cells import spreadsheet_figure
from models.sample import load_sample
from tests.publish_reports import HOSTILE, hostile_report

TRIANGLE = '#,##0;"△ "#,##0'


def _sheet(data: bytes) -> Worksheet:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def _expected(doc: Sequence[Section]) -> list[str | Number]:
    """Every non-blank string of the model in reading order, figures as their numbers."""
    out: list[str | Number] = []
    for section in doc:
        for text in section.strings():
            value = spreadsheet_figure(text)
            if text:
                out.append(text if value is None else value)
    return out


def _read(sheet: Worksheet) -> list[str | Number]:
    return [
        c.value
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None and c.value != ""  # type: ignore[comparison-overlap]
    ]


@pytest.fixture(scope="module")
def sample() -> tuple[list[Section], Worksheet]:
    doc = printed_sections(load_sample())
    return doc, _sheet(xlsx.render(doc))


def test_every_label_value_and_figure_in_the_forms_order(sample) -> None:
    doc, sheet = sample
    assert _read(sheet) == _expected(doc)


def test_the_spec_labels_the_verdict_and_the_whole_rationale_are_there(sample) -> None:
    _doc, sheet = sample
    read = _read(sheet)
    report = load_sample()
    for label in ("当初予算（a）", "補正予算（b）", "繰越し等（c）", "合計（a＋b＋c）", "執行額"):
        assert label in read
    assert "（各行政機関共通区分）　目標達成" in read
    for line in report.verdict.rationale.split("\n"):
        assert line in read
    assert read.index("（判断根拠）") < read.index(report.verdict.rationale.split("\n")[0])


def test_figures_are_numbers_printed_with_the_triangle(sample) -> None:
    _doc, sheet = sample
    cells = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c.value, int)}
    assert -13745 in cells and 431001 in cells and -1582692 in cells
    for value in (-13745, 431001, 76461):
        cell = cells[value]
        assert cell.number_format == TRIANGLE
        assert cell.alignment.horizontal == "right"
    assert xlsx.number_format(1) == '#,##0.0;"△ "#,##0.0'


def test_merged_cells_frame_the_form(sample) -> None:
    doc, sheet = sample
    merged = {str(r) for r in sheet.merged_cells.ranges}
    last = openpyxl.utils.get_column_letter(xlsx.grid_columns(doc) + 1)
    assert f"A1:{last}1" in merged  # the title across the grid
    budget = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == doc[2].title)
    label = next(r for r in sheet.merged_cells.ranges if r.min_row == budget and r.min_col == 1)
    assert label.max_col == 1 and label.max_row - label.min_row + 1 == 8  # header, 5 rows, 2 notes
    note = budget + 6
    assert sheet.cell(note, 2).value.startswith("（注）")
    assert f"B{note}:{last}{note}" in merged  # a line of text across the content columns


def test_font_wrapping_and_a4_page_setup(sample) -> None:
    doc, sheet = sample
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "政策の概要")
    assert cell.font.name == xlsx.FONT == "ＭＳ 明朝"
    assert cell.alignment.wrap_text
    setup = sheet.page_setup
    assert setup.paperSize == 9 and setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert setup.fitToWidth in (None, 1)  # 1 page wide, the default XlsxWriter leaves unsaid
    assert setup.fitToHeight == 0  # as many pages down as it takes
    last = openpyxl.utils.get_column_letter(xlsx.grid_columns(doc) + 1)
    assert sheet.print_area == f"'評価書'!$A$1:${last}${sheet.max_row}"
    assert sheet.column_dimensions["A"].width > 10
    overview = next(r for r in range(1, sheet.max_row) if sheet.cell(r, 2).value == "政策の概要")
    long_row = overview + 1
    assert sheet.row_dimensions[long_row].height >= 2 * xlsx.LINE_HEIGHT  # wraps to 2+ lines


def test_same_data_same_bytes_other_data_other_bytes() -> None:
    doc = printed_sections(load_sample())
    first, second = xlsx.render(doc), xlsx.render(printed_sections(load_sample()))
    assert first == second
    assert xlsx.render(printed_sections(hostile_report())) != first
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core


def test_hostile_text_is_printed_literally_never_as_a_formula() -> None:
    doc = printed_sections(hostile_report())
    sheet = _sheet(xlsx.render(doc))
    read = _read(sheet)
    assert read == _expected(doc)
    for text in HOSTILE:
        assert text in read
    formula = next(c for row in sheet.iter_rows() for c in row if c.value == "=1+1")
    assert formula.data_type == "s"


def test_a_figure_excel_cannot_hold_stays_its_printed_text() -> None:
    doc = printed_sections(hostile_report())
    budget = next(b for b in doc[2].blocks if isinstance(b, Table))
    assert "9,223,372,036,854,775,807" in budget.rows[3]
    assert "9,223,372,036,854,775,807" in _read(_sheet(xlsx.render(doc)))


def test_a_line_longer_than_an_excel_cell_continues_on_the_next_row() -> None:
    long = "あ" * (xlsx.XLSX_MAX_TEXT + 10)
    sheet = _sheet(xlsx.render([Section("analysis", "政策の分析", (long,))]))
    assert "".join(str(v) for v in _read(sheet)[1:]) == long
