"""The report as an Excel workbook in the form's frame (XlsxWriter).

One sheet (評価書, or 事前分析表 for the plan), laid out the way ministries build their forms in
Excel: the title and the document number on top, then the form's frame
(:mod:`models.publish.frame`) — every cell of the form a merged range over the frame's grid,
the label column down the left, 評価結果 stacked down the side of its rows, the tables inside
the content sharing the grid — and the ※ notes under it. The grid's columns are as wide as the
PDF's, scaled to the sheet's font.

Figures are numbers with a number format that prints negatives as the form does (``△ 13,745``);
a figure with more digits than Excel keeps stays its printed text. Text is always written with
``write_string`` (never ``write``), so ``=1+1`` is text, not a formula. Row heights are
estimated from the text broken by hyoka's line breaker at each cell's width (Excel does not
fit merged cells itself). The face is the profile's class (``Document.typeface``: ＭＳ 明朝 or
ＭＳ ゴシック). A4 landscape, fitted to one page wide, print area over the form, page numbers
in the footer. The workbook's dates are fixed, so the same report gives the same bytes.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format

from models.printed import Cell, Document
from models.publish.cells import decimals, spreadsheet_value
from models.publish.font_metrics import Advances
from models.publish.frame import (
    EM,
    GROUP_KIND,
    LABEL_KIND,
    NUMBER,
    WIDTH,
    Frame,
    Slot,
    build_frame,
    note_paragraphs,
    span_heights,
)
from models.publish.frame import HEAD as HEAD_KIND
from models.publish.pages import slot_lines

EXTENSION = "xlsx"
FONTS = {"明朝": "ＭＳ 明朝", "ゴシック": "ＭＳ ゴシック"}  # by Document.typeface
FONT = FONTS["明朝"]
FONT_SIZE = 10.5
LINE_HEIGHT = 15.0  # points per wrapped line at FONT_SIZE (Japanese fonts set ~1.4 em)
# the sheet's name, by Document.kind
SHEETS = {
    "report": "評価書",
    "plan": "事前分析表",
    "gist": "要旨",
    "monitoring": "モニタリング結果",
    "plan_changes": "新旧対照表",
}
FIXED_TIME = datetime(2000, 1, 1)  # the workbook's dates: its bytes depend on its content only
HEAD = "#F2F2F2"  # the shade of the form's label cells
XLSX_MAX_TEXT = 32767
SCALE = FONT_SIZE / EM  # the frame is drawn for a 9 pt text

# ＭＳ 明朝 and ＭＳ ゴシック: full-width characters an em, ASCII and half-width kana half of one
_MONO = Advances(
    {chr(c): 0.5 for c in (*range(0x20, 0x7F), *range(0xFF61, 0xFFA0))} | {"\u3000": 1.0}, EM
)


def number_format(places: int) -> str:
    """``#,##0;"△ "#,##0`` with as many decimals as printed."""
    body = "#,##0" + ("." + "0" * places if places else "")
    return f'{body};"△ "{body}'


def column_width(points: float) -> float:
    """Excel's column width (characters of its default font) for a column ``points`` wide."""
    return max(0.3, (points * SCALE * 96 / 72 - 5) / 7)


class _Sheet:
    def __init__(self, book: Any, name: str, font: str, columns: int) -> None:
        self.book, self.font, self.columns = book, font, columns
        self.sheet = book.add_worksheet(name)
        self._formats: dict[tuple[tuple[str, Any], ...], Format] = {}

    def fmt(self, **props: Any) -> Format:
        base = {"font_name": self.font, "font_size": FONT_SIZE, "text_wrap": True, "border": 1}
        key = tuple(sorted((base | {"valign": "top"} | props).items()))
        if key not in self._formats:
            self._formats[key] = self.book.add_format(dict(key))
        return self._formats[key]

    def put(self, r0: int, c0: int, r1: int, c1: int, text: str, fmt: Format) -> None:
        if (r0, c0) != (r1, c1):
            self.sheet.merge_range(r0, c0, r1, c1, "", fmt)
        if text:
            self.sheet.write_string(r0, c0, text, fmt)
        else:
            self.sheet.write_blank(r0, c0, None, fmt)

    def line(self, row: int, text: str, **props: Any) -> None:
        """A line across the sheet without rules (the title, the document number, a note)."""
        self.put(row, 0, row, self.columns - 1, text, self.fmt(border=0, **props))


_KIND: dict[str, dict[str, Any]] = {
    LABEL_KIND: {"bg_color": HEAD, "valign": "vcenter"},
    HEAD_KIND: {"bg_color": HEAD, "align": "center", "valign": "vcenter"},
    GROUP_KIND: {"bg_color": HEAD, "align": "center", "valign": "vcenter", "rotation": 270},
}


def _frame(sheet: _Sheet, frame: Frame, top: int) -> None:
    demands = []
    for slot in frame.slots:
        r0, c0 = top + slot.row, slot.col
        r1, c1 = r0 + slot.rows - 1, c0 + slot.cols - 1
        value = spreadsheet_value(Cell(slot.text, slot.value)) if slot.kind == NUMBER else None
        if value is not None:
            places = decimals(slot.text)
            fmt = sheet.fmt(num_format=number_format(places), align="right", valign="vcenter")
            if (r0, c0) != (r1, c1):
                sheet.sheet.merge_range(r0, c0, r1, c1, "", fmt)
            sheet.sheet.write_number(r0, c0, value, fmt)
        elif slot.kind == GROUP_KIND:  # stacked: Excel turns it, one character a line
            sheet.put(r0, c0, r1, c1, slot.text.replace("\n", ""), sheet.fmt(**_KIND[GROUP_KIND]))
        else:
            sheet.put(r0, c0, r1, c1, slot.text, sheet.fmt(**_KIND.get(slot.kind, {})))
        lines = len(slot_lines(slot, slot.text, _MONO)) if slot.kind != GROUP_KIND else 1
        demands.append((slot.row, slot.rows, max(lines, 1) * LINE_HEIGHT + 4))
    for row, height in enumerate(span_heights(frame.rows, demands, LINE_HEIGHT + 4)):
        sheet.sheet.set_row(top + row, height)


def render(doc: Document) -> bytes:
    """The workbook's bytes: the same document always gives the same bytes."""
    frame = build_frame(doc)
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False})
    book.set_properties({"title": doc.title, "created": FIXED_TIME, "author": "", "comments": ""})
    columns = len(frame.widths)
    sheet = _Sheet(book, SHEETS.get(doc.kind, SHEETS["report"]), FONTS[doc.typeface], columns)
    row = 0
    if frame.title:
        sheet.line(row, frame.title, bold=True, font_size=14, align="center", valign="vcenter")
        sheet.sheet.set_row(row, 2 * LINE_HEIGHT)
        row += 1
    for line in frame.title_lines:
        sheet.line(row, line, align="right")
        row += 1
    _frame(sheet, frame, row)
    row += frame.rows
    for note in frame.notes:
        text = "\n".join(note_paragraphs(note))
        sheet.line(row, text)
        lines = len(slot_lines(Slot(0, 0.0, WIDTH, text=text), text, _MONO))
        sheet.sheet.set_row(row, lines * LINE_HEIGHT + 4)
        row += 1
    for c, width in enumerate(frame.widths):
        sheet.sheet.set_column(c, c, column_width(width))
    ws = sheet.sheet
    ws.set_paper(9)  # A4
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.center_horizontally()
    ws.print_area(0, 0, max(row - 1, 0), columns - 1)
    ws.set_footer("&C&P / &N")
    book.close()
    return out.getvalue()
