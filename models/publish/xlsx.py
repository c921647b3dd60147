"""The report as an Excel workbook in the form's grid (XlsxWriter).

One sheet (評価書, or 事前分析表 for the plan), laid out the way ministries build their forms in
Excel: a grid of narrow columns (:data:`GRID` of them) and every cell of the form a merged range
over it. A section of layout ``row`` puts its title in the label columns, merged down its rows,
and its blocks in the content columns; a ``group`` (評価結果) runs down the side of its sections
in stacked vertical text; a ``bare`` section (the 測定指標 table, the ※ notes) spans the whole
width. A table's columns get grid columns in proportion to the model's relative widths, with its
merged cells merged here too.

Figures are numbers with a number format that prints negatives as the form does (``△ 13,745``);
a figure with more digits than Excel keeps stays its printed text. Text is always written with
``write_string`` (never ``write``), so ``=1+1`` is text, not a formula. Row heights are
estimated from the text (Excel does not fit merged cells itself). A4 landscape, fitted to one
page wide, print area over the grid, page numbers in the footer. The workbook's dates are
fixed, so the same report gives the same bytes.
"""

from __future__ import annotations

import io
import math
from datetime import datetime
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from models.printed import Cell, Document, Field, Heading, Note, Section, Table
from models.publish.cells import (
    decimals,
    placed,
    relative_widths,
    spreadsheet_value,
    table_size,
    text_width,
)

EXTENSION = "xlsx"
FONT = "ＭＳ 明朝"
FONT_SIZE = 10.5
LINE_HEIGHT = 15.0  # points per wrapped line at FONT_SIZE (Japanese fonts set ~1.4 em)
SHEETS = {"report": "評価書", "plan": "事前分析表"}  # by Document.kind
FIXED_TIME = datetime(2000, 1, 1)  # the workbook's dates: its bytes depend on its content only
HEAD = "#F2F2F2"  # the shade of the form's label cells
GRID = 48  # narrow columns the form is laid on (more when a table has more columns)
COL_WIDTH = 3.0  # each, in character units
GROUP_COLS = 2  # 評価結果, stacked vertically
LABEL_COLS = 10  # a section's title (the group's columns included)
FIELD_COLS = 10  # a field's label inside the content
MARK_COLS = 3  # a note's mark (※１, （注）)
XLSX_MAX_TEXT = 32767


def number_format(places: int) -> str:
    """``#,##0;"△ "#,##0`` with as many decimals as printed."""
    body = "#,##0" + ("." + "0" * places if places else "")
    return f'{body};"△ "{body}'


def _lines_needed(text: str, width: float) -> int:
    usable = max(width - 1.5, 1)
    return sum(max(1, math.ceil(text_width(line) / usable)) for line in text.split("\n"))


def _chunks(text: str) -> list[str]:
    """Excel refuses a cell longer than 32,767 characters: such a line continues on the next row."""
    return [text[i : i + XLSX_MAX_TEXT] for i in range(0, len(text), XLSX_MAX_TEXT)] or [""]


def _spans(first: int, last: int, weights: list[float]) -> list[tuple[int, int]]:
    """Grid columns ``first..last`` shared among table columns by weight, one at least each."""
    k, m, total = len(weights), last - first + 1, sum(weights) or 1.0
    out, start, cumulative = [], first, 0.0
    for j, weight in enumerate(weights):
        cumulative += weight
        end = first + round(cumulative / total * m) - 1
        end = max(end, start)  # at least one column
        end = min(end, last - (k - 1 - j))  # leave one for each column still to come
        out.append((start, end))
        start = end + 1
    return out


class _Sheet:
    def __init__(self, book: Any, sheet: Worksheet, columns: int) -> None:
        self.book, self.sheet, self.columns = book, sheet, columns
        self.row = 0
        self.demands: list[tuple[int, int, int]] = []  # first row, last row, lines needed
        self._formats: dict[tuple[tuple[str, Any], ...], Format] = {}

    def fmt(self, **props: Any) -> Format:
        base = {"font_name": FONT, "font_size": FONT_SIZE, "text_wrap": True, "border": 1}
        key = tuple(sorted((base | {"valign": "top"} | props).items()))
        if key not in self._formats:
            self._formats[key] = self.book.add_format(dict(key))
        return self._formats[key]

    def put(self, rows: tuple[int, int], cols: tuple[int, int], cell: Cell, fmt: Format) -> None:
        """One cell of the form over rows and grid columns (both inclusive)."""
        (r0, r1), (c0, c1) = rows, cols
        value = spreadsheet_value(cell)
        if value is not None:
            places = decimals(cell.text)
            fmt = self.fmt(num_format=number_format(places), align="right", valign="vcenter")
        if (r0, c0) != (r1, c1):
            self.sheet.merge_range(r0, c0, r1, c1, "", fmt)
        if value is not None:
            self.sheet.write_number(r0, c0, value, fmt)
        elif cell.text:
            self.sheet.write_string(r0, c0, cell.text, fmt)
        else:
            self.sheet.write_blank(r0, c0, None, fmt)
        self.demands.append((r0, r1, _lines_needed(cell.text, (c1 - c0 + 1) * COL_WIDTH)))

    def text(self, first: int, text: str, **props: Any) -> None:
        for chunk in _chunks(text):
            self.put(
                (self.row, self.row), (first, self.columns - 1), Cell(chunk), self.fmt(**props)
            )
            self.row += 1

    def pair(self, first: int, split: int, label: str, text: str, **props: Any) -> None:
        """A label (shaded) and its text on one row: a Field, or a Note and its mark."""
        row = (self.row, self.row)
        self.put(row, (first, first + split - 1), Cell(label), self.fmt(bg_color=HEAD, **props))
        self.put(row, (first + split, self.columns - 1), Cell(text), self.fmt())
        self.row += 1

    def table(self, first: int, table: Table) -> None:
        rows, cols = table_size(table)
        spans = _spans(first, self.columns - 1, relative_widths(table, cols))
        head = self.fmt(bold=True, align="center", valign="vcenter", bg_color=HEAD)
        side = self.fmt(bg_color=HEAD, valign="vcenter")
        for p in placed(table):
            fmt = self.fmt()
            if p.cell.header:
                fmt = head if p.row < table.header_rows else side
            top = self.row + p.row
            self.put(
                (top, self.row + p.last_row), (spans[p.col][0], spans[p.last_col][1]), p.cell, fmt
            )
        self.row += rows

    def blocks(self, first: int, section: Section) -> None:
        for block in section.blocks:
            if isinstance(block, Table):
                self.table(first, block)
            elif isinstance(block, Field):
                self.pair(first, FIELD_COLS, block.label, block.text)
            elif isinstance(block, Note):
                self.pair(first, MARK_COLS, block.mark, block.text, align="center")
            elif isinstance(block, Heading):
                self.text(first, block.text, bold=True)
            else:
                self.text(first, block)

    def section(self, section: Section) -> None:
        if section.layout == "title":
            big = self.fmt(bold=True, font_size=14, align="center", valign="vcenter", border=0)
            self.put((self.row, self.row), (0, self.columns - 1), Cell(section.title), big)
            self.demands[-1] = (self.row, self.row, 2)  # 14 pt: two lines' height
            self.row += 1
            for line in section.blocks:
                self.text(0, str(line), align="center", border=0)
            return
        if section.layout == "bare":
            self.blocks(0, section)
            return
        start = self.row
        self.blocks(LABEL_COLS, section)
        if self.row == start:  # an empty section keeps its row, as on paper
            self.text(LABEL_COLS, "")
        first = GROUP_COLS if section.group else 0
        label = self.fmt(bold=True, valign="vcenter", bg_color=HEAD)
        self.put((start, self.row - 1), (first, LABEL_COLS - 1), Cell(section.title), label)

    def group(self, text: str, first: int, last: int) -> None:
        vertical = self.fmt(
            bold=True, align="center", valign="vcenter", bg_color=HEAD, rotation=270
        )
        self.put((first, last), (0, GROUP_COLS - 1), Cell(text), vertical)
        self.demands[-1] = (first, last, len(text))  # stacked: a line per character

    def finish(self) -> None:
        heights: dict[int, int] = {}
        for r0, r1, lines in sorted(self.demands, key=lambda d: d[1] - d[0]):
            have = sum(heights.get(r, 1) for r in range(r0, r1 + 1))
            if lines > have:
                heights[r1] = heights.get(r1, 1) + lines - have
        for row in range(self.row):
            self.sheet.set_row(row, heights.get(row, 1) * LINE_HEIGHT + 4)
        self.sheet.set_column(0, self.columns - 1, COL_WIDTH)
        sheet = self.sheet
        sheet.set_paper(9)  # A4
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        sheet.center_horizontally()
        sheet.print_area(0, 0, max(self.row - 1, 0), self.columns - 1)
        sheet.set_footer("&C&P / &N")


def grid_columns(doc: Document) -> int:
    """Grid columns: :data:`GRID`, or more when a table has more columns than its room."""
    need = GRID
    for section in doc.sections:
        room = 0 if section.layout == "bare" else LABEL_COLS
        for block in section.blocks:
            if isinstance(block, Table):
                need = max(need, room + table_size(block)[1])
    return need


def render(doc: Document) -> bytes:
    """The workbook's bytes: the same document always gives the same bytes."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False})
    book.set_properties({"title": doc.title, "created": FIXED_TIME, "author": "", "comments": ""})
    name = SHEETS.get(doc.kind, SHEETS["report"])
    sheet = _Sheet(book, book.add_worksheet(name), grid_columns(doc))
    run: tuple[str, int] | None = None  # the group being printed down the side, from its row
    for section in doc.sections:
        if run and section.group != run[0]:
            sheet.group(run[0], run[1], sheet.row - 1)
            run = None
        if section.group and run is None:
            run = (section.group, sheet.row)
        sheet.section(section)
    if run:
        sheet.group(run[0], run[1], sheet.row - 1)
    sheet.finish()
    book.close()
    return out.getvalue()
