"""The report as an Excel workbook in the form's grid (XlsxWriter).

One sheet, 評価書: column A holds each section's label, merged down the section's rows as the form
frames it; the columns to its right hold the section's lines (merged across the grid, wrapped) and
its tables (one grid column per table column, the last one merged to the right edge). Figures are
numbers with a number format that prints negatives as the form does (``△ 13,745``); a figure
with more digits than Excel keeps stays its printed text. Every cell is written with
``write_string`` (never ``write``), so text starting with ``=`` is text, not a formula.

Row heights are estimated from the text (Excel does not fit merged cells itself); the print area
covers the grid; A4, fitted to one page wide, landscape when the grid is wider than a portrait
page. The workbook's dates are fixed, so the same report gives the same bytes.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from models.printed_blocks import Section, Table
from models.publish.cells import Cell, spreadsheet_figure, table_rows, text_width

FONT = "ＭＳ 明朝"
FONT_SIZE = 10.5
LINE_HEIGHT = 13.5  # points per wrapped line at FONT_SIZE
SHEET = "評価書"
# Fixed document dates: a workbook's bytes depend on its content only.
FIXED_TIME = datetime(2000, 1, 1)
HEAD = "#F2F2F2"  # the shade of the form's label cells
LABEL_WIDTH = 16
FIRST_WIDTH = 26
OTHER_WIDTH = 16
MIN_COLUMNS = 4
PORTRAIT_LIMIT = 90  # grid width (in character units) that still reads on a portrait A4 page
XLSX_MAX_TEXT = 32767


def number_format(decimals: int) -> str:
    """``#,##0;"△ "#,##0`` with as many decimals as printed."""
    body = "#,##0" + ("." + "0" * decimals if decimals else "")
    return f'{body};"△ "{body}'


def _lines_needed(text: str, width: float) -> int:
    usable = max(width - 1, 1)
    return sum(max(1, math.ceil(text_width(line) / usable)) for line in text.split("\n"))


def _chunks(text: str) -> list[str]:
    """Excel refuses a cell longer than 32,767 characters: such a line continues on the next row."""
    return [text[i : i + XLSX_MAX_TEXT] for i in range(0, len(text), XLSX_MAX_TEXT)] or [""]


class _Grid:
    def __init__(self, workbook: Any, sheet: Worksheet, columns: int) -> None:
        self.book = workbook
        self.sheet = sheet
        self.columns = columns  # content columns, to the right of the label column
        self.widths = [LABEL_WIDTH, FIRST_WIDTH, *([OTHER_WIDTH] * (columns - 1))]
        self.row = 0
        self.lines: dict[int, int] = {}
        self._formats: dict[tuple[tuple[str, Any], ...], Format] = {}

    def fmt(self, **props: Any) -> Format:
        base = {"font_name": FONT, "font_size": FONT_SIZE, "text_wrap": True, "border": 1}
        base |= {"valign": "top"} | props
        key = tuple(sorted(base.items()))
        if key not in self._formats:
            self._formats[key] = self.book.add_format(base)
        return self._formats[key]

    def width(self, first: int, last: int) -> float:
        return float(sum(self.widths[first : last + 1]))

    def need(self, row: int, lines: int) -> None:
        self.lines[row] = max(self.lines.get(row, 1), lines)

    def put(self, first: int, last: int, cell: Cell, fmt: Format, rows: int = 1) -> None:
        """One cell of the grid, merged over columns ``first..last`` and ``rows`` rows."""
        row, value = self.row, spreadsheet_figure(cell.text) if cell.value is not None else None
        if value is not None:
            fmt = self.fmt(num_format=number_format(cell.decimals), align="right", valign="vcenter")
        if first != last or rows > 1:
            self.sheet.merge_range(row, first, row + rows - 1, last, "", fmt)
        if value is not None:
            self.sheet.write_number(row, first, value, fmt)
        elif not cell.text:
            self.sheet.write_blank(row, first, None, fmt)
        else:
            self.sheet.write_string(row, first, cell.text, fmt)
        self.need(row, _lines_needed(cell.text, self.width(first, last)))

    def line(self, text: str, **props: Any) -> None:
        for chunk in _chunks(text):
            self.put(1, self.columns, Cell(chunk), self.fmt(**props))
            self.row += 1

    def table(self, table: Table) -> None:
        for r, cells in enumerate(table_rows(table)):
            col = 1
            for i, cell in enumerate(cells):
                last = self.columns if i == len(cells) - 1 else col
                props: dict[str, Any] = {}
                if r == 0:
                    props = {"bold": True, "align": "center", "valign": "vcenter", "bg_color": HEAD}
                self.put(col, last, cell, self.fmt(**props))
                col = last + 1
            self.row += 1

    def section(self, section: Section) -> None:
        start = self.row
        for block in section.blocks:
            if isinstance(block, Table):
                self.table(block)
            else:
                self.line(block)
        if self.row == start:  # an empty section keeps its row, as on paper
            self.line("")
        label = self.fmt(bold=True, valign="vcenter", bg_color=HEAD)
        rows = self.row - start
        if rows > 1:
            self.sheet.merge_range(start, 0, self.row - 1, 0, "", label)
        self.sheet.write_string(start, 0, section.title, label)
        spread = sum(self.lines.get(r, 1) for r in range(start, self.row))
        wanted = _lines_needed(section.title, LABEL_WIDTH)
        if wanted > spread:
            last = self.row - 1
            self.lines[last] = self.lines.get(last, 1) + wanted - spread

    def heading(self, section: Section) -> None:
        title = self.fmt(bold=True, font_size=14, align="center", valign="vcenter", border=0)
        self.sheet.merge_range(self.row, 0, self.row, self.columns, "", title)
        self.sheet.write_string(self.row, 0, section.title, title)
        self.sheet.set_row(self.row, 24)
        self.row += 1
        for text in section.blocks:
            note = self.fmt(align="center", border=0)
            self.sheet.merge_range(self.row, 0, self.row, self.columns, "", note)
            self.sheet.write_string(self.row, 0, str(text), note)
            self.row += 1

    def finish(self) -> None:
        for row, lines in sorted(self.lines.items()):
            self.sheet.set_row(row, max(lines, 1) * LINE_HEIGHT + 4)
        for col, width in enumerate(self.widths):
            self.sheet.set_column(col, col, width)
        sheet = self.sheet
        sheet.set_paper(9)  # A4
        if sum(self.widths) > PORTRAIT_LIMIT:
            sheet.set_landscape()
        else:
            sheet.set_portrait()
        sheet.fit_to_pages(1, 0)
        sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
        sheet.center_horizontally()
        sheet.print_area(0, 0, max(self.row - 1, 0), self.columns)
        sheet.set_footer("&C&P / &N")


def grid_columns(doc: Sequence[Section]) -> int:
    """Content columns: as many as the widest table has, at least :data:`MIN_COLUMNS`."""
    widths = [len(b.header) for s in doc for b in s.blocks if isinstance(b, Table)]
    return max([MIN_COLUMNS, *widths])


def render(doc: Sequence[Section]) -> bytes:
    """The workbook's bytes: the same sections always give the same bytes."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False})
    title = doc[0].title if doc else ""
    book.set_properties({"title": title, "created": FIXED_TIME, "author": "", "comments": ""})
    sheet = book.add_worksheet(SHEET)
    grid = _Grid(book, sheet, grid_columns(doc))
    for i, section in enumerate(doc):
        if i == 0 and section.name == "title":
            grid.heading(section)
        else:
            grid.section(section)
    grid.finish()
    book.close()
    return out.getvalue()
