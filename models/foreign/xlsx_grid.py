"""An Excel workbook's form as a :class:`~models.foreign.grid.Grid` (openpyxl).

The sheet holding the form is the one with the most text among the workbook's sheets (a
ministry's file often has a cover or a list sheet beside it). A merged range is one cell over
its rows and columns, with the value of its top-left cell; a blank merged range is kept (it is
a cell of the form, e.g. an empty line of a paragraph hyoka wrote a row at a time). Figures
stay figures: a number formatted as a percentage is read as the percentage it shows (0.5 →
50), a date-formatted cell as its date's text. The source of a cell is ``SHEET!C14`` (the
first cell of a merged range).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.foreign.grid import Grid, GridCell, Number, column_name
from models.report.numbers import render_number


def _text_amount(sheet: Any) -> int:
    return sum(
        len(str(v)) for row in sheet.iter_rows(values_only=True) for v in row if v is not None
    )


def _figure(value: Any, number_format: str) -> tuple[str, Number | None]:
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), None
    if isinstance(value, datetime | date):
        d = value.date() if isinstance(value, datetime) else value
        return d.isoformat(), None
    if isinstance(value, int | float):
        number: Number = value
        if "%" in number_format:
            number = round(value * 100, 10)
        if isinstance(number, float) and number.is_integer():
            number = int(number)
        text = render_number(number) + ("%" if "%" in number_format else "")
        return text, number
    return str(value), None


def read_xlsx(path: str | Path) -> Grid:
    """The form's sheet of the workbook at ``path`` as a grid."""
    from openpyxl import load_workbook

    book = load_workbook(path, data_only=True)
    try:
        sheet = max(book.worksheets, key=_text_amount)
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        covered: set[tuple[int, int]] = set()
        for rng in sheet.merged_cells.ranges:
            top = (rng.min_row, rng.min_col)
            if top in spans:  # two ranges from one corner: keep the larger
                old = spans[top]
                if (old[0] - top[0]) * (old[1] - top[1]) >= (rng.max_row - top[0]) * (
                    rng.max_col - top[1]
                ):
                    continue
            spans[top] = (rng.max_row, rng.max_col)
        for (r, c), (r2, c2) in spans.items():
            covered.update(
                (rr, cc) for rr in range(r, r2 + 1) for cc in range(c, c2 + 1) if (rr, cc) != (r, c)
            )
        cells: list[GridCell] = []
        seen: set[tuple[int, int]] = set()
        for row in sheet.iter_rows():
            for cell in row:
                at = (cell.row, cell.column)
                if at in covered or (cell.value is None and at not in spans):
                    continue
                seen.add(at)
                cells.append(_cell(sheet.title, at, spans.get(at, at), cell))
        for at, end in spans.items():  # a merged range whose corner openpyxl did not list
            if at not in seen and at not in covered:
                cells.append(
                    GridCell(
                        at[0] - 1, at[1] - 1, end[0] - 1, end[1] - 1, "", _ref(sheet.title, at)
                    )
                )
        return Grid("xlsx", cells)
    finally:
        book.close()


def _ref(sheet: str, at: tuple[int, int]) -> str:
    return f"{sheet}!{column_name(at[1] - 1)}{at[0]}"


def _cell(sheet: str, at: tuple[int, int], end: tuple[int, int], cell: Any) -> GridCell:
    value = cell.value
    text, number = ("", None) if value is None else _figure(value, cell.number_format or "")
    return GridCell(
        at[0] - 1, at[1] - 1, end[0] - 1, end[1] - 1, text, _ref(sheet, at), number=number
    )
