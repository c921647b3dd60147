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
    """The form's sheet of the workbook at ``path`` as a grid.

    openpyxl reads the values (read-only: a normal load styles every merged range, a second
    for a form); the merged ranges are read from the sheet's XML beside it."""
    from openpyxl import load_workbook

    book = load_workbook(path, data_only=True, read_only=True)
    try:
        sheet = max(book.worksheets, key=_text_amount)
        merged = merged_ranges(path, sheet.title)
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        for (r, c), (r2, c2) in merged:
            old = spans.get((r, c))
            if old is None or (old[0] - r) * (old[1] - c) < (r2 - r) * (c2 - c):
                spans[(r, c)] = (r2, c2)  # two ranges from one corner: the larger
        covered: set[tuple[int, int]] = set()
        for (r, c), (r2, c2) in spans.items():
            covered.update(
                (rr, cc) for rr in range(r, r2 + 1) for cc in range(c, c2 + 1) if (rr, cc) != (r, c)
            )
        cells: list[GridCell] = []
        seen: set[tuple[int, int]] = set()
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None or not hasattr(cell, "column"):
                    continue
                at = (cell.row, cell.column)
                if at in covered:
                    continue
                seen.add(at)
                cells.append(_cell(sheet.title, at, spans.get(at, at), cell))
        for at, end in spans.items():  # a blank merged range is a cell of the form too
            if at not in seen and at not in covered:
                place = (at[0] - 1, at[1] - 1, end[0] - 1, end[1] - 1)
                cells.append(GridCell(*place, "", _ref(sheet.title, at)))
        return Grid("xlsx", cells)
    finally:
        book.close()


_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "p": "http://schemas.openxmlformats.org/package/2006/relationships",
}


def merged_ranges(path: str | Path, title: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The merged ranges of sheet ``title``: ((first row, col), (last row, col)), from 1."""
    import posixpath
    import zipfile
    from xml.etree import ElementTree

    from openpyxl.utils.cell import range_boundaries

    with zipfile.ZipFile(path) as z:
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        rid = next(
            (
                s.get(f"{{{_NS['r']}}}id")
                for s in book.iterfind("m:sheets/m:sheet", _NS)
                if s.get("name") == title
            ),
            None,
        )
        target = next(
            (
                r.get("Target", "")
                for r in rels.iterfind("p:Relationship", _NS)
                if r.get("Id") == rid
            ),
            "",
        )
        if not target:
            return []
        part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        sheet = ElementTree.fromstring(z.read(posixpath.normpath(part)))
    out = []
    for merge in sheet.iterfind("m:mergeCells/m:mergeCell", _NS):
        c0, r0, c1, r1 = range_boundaries(merge.get("ref", ""))
        if None not in (c0, r0, c1, r1):
            out.append(((int(r0), int(c0)), (int(r1), int(c1))))  # type: ignore[arg-type]
    return out


def _ref(sheet: str, at: tuple[int, int]) -> str:
    return f"{sheet}!{column_name(at[1] - 1)}{at[0]}"


def _cell(sheet: str, at: tuple[int, int], end: tuple[int, int], cell: Any) -> GridCell:
    value = cell.value
    text, number = ("", None) if value is None else _figure(value, cell.number_format or "")
    return GridCell(
        at[0] - 1, at[1] - 1, end[0] - 1, end[1] - 1, text, _ref(sheet, at), number=number
    )
