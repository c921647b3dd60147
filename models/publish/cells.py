"""What the office renderers (Excel, Word) share: where a table's cells fall, widths, figures.

The printed model's tables hold rows of :class:`~models.printed.Cell` with ``rowspan`` and
``colspan``, covered positions omitted (as in HTML); :func:`placed` gives each cell its row and
column. A cell holding a figure carries its ``value`` beside the printed text (``△ 13,745`` and
-13745); :func:`spreadsheet_value` keeps it only where a spreadsheet can hold every digit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from unicodedata import east_asian_width as _eaw

from models.printed import Cell, Table
from models.report.numbers import Number

# Excel keeps 15 significant digits; a figure with more is published as its printed text.
EXCEL_DIGITS = 15


@dataclass(frozen=True)
class Placed:
    """A cell of a table at its row and column (in the table's own columns)."""

    row: int
    col: int
    cell: Cell

    @property
    def last_row(self) -> int:
        return self.row + max(self.cell.rowspan, 1) - 1

    @property
    def last_col(self) -> int:
        return self.col + max(self.cell.colspan, 1) - 1


def placed(table: Table) -> list[Placed]:
    """Every cell of the table's grid in reading order, at the position its spans leave it."""
    taken: dict[int, set[int]] = {}  # row -> columns covered by cells from rows above
    out: list[Placed] = []
    for r, row in enumerate(table.cells()):
        covered = taken.get(r, set())
        c = 0
        for cell in row:
            while c in covered:
                c += 1
            out.append(Placed(r, c, cell))
            span = range(c, c + max(cell.colspan, 1))
            for rr in range(r + 1, r + max(cell.rowspan, 1)):
                taken.setdefault(rr, set()).update(span)
            c += max(cell.colspan, 1)
    return out


def table_size(table: Table, cells: list[Placed] | None = None) -> tuple[int, int]:
    """Rows and columns the grid covers (``cells``: its :func:`placed` cells, if known)."""
    cells = placed(table) if cells is None else cells
    rows = max((p.last_row for p in cells), default=-1) + 1
    cols = max([table.columns - 1, *(p.last_col for p in cells)]) + 1
    return rows, cols


def relative_widths(table: Table, columns: int) -> list[float]:
    """The table's relative column widths, or equal ones where it has none."""
    widths = list(table.widths)
    if len(widths) != columns:
        widths = [1.0] * columns
    return widths


def spreadsheet_value(cell: Cell) -> Number | None:
    """The figure, or ``None`` where a spreadsheet could not hold every digit printed."""
    digits = "".join(c for c in cell.text if c.isdigit()).lstrip("0")
    return None if cell.value is None or len(digits) > EXCEL_DIGITS else cell.value


def decimals(text: str) -> int:
    """Digits after the decimal point as printed (a number format shows as many)."""
    return len(text.rpartition(".")[2]) if "." in text else 0


def text_width(text: str) -> int:
    """Width in half-width character units: a full-width character takes two."""
    return len(text) if text.isascii() else sum(2 if _eaw(c) in "WF" else 1 for c in text)


# What XML 1.0 cannot hold at all (no escape exists in WordprocessingML): control characters
# other than tab and line ends, lone surrogates, and the noncharacters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` with each character XML cannot hold replaced by U+FFFD (�), visibly."""
    return _NOT_XML.sub("\ufffd", text)
