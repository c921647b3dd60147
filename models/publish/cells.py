"""Cells of the printed form as a renderer lays them out: the text as printed, and the figure.

The printed model holds what the form prints (``△ 13,745``); a spreadsheet wants the figure
(-13745) with a number format that prints it the same way. :func:`figure` gives the figure back
only when printing it again yields exactly the printed text, so a cell that merely looks numeric
(``0123``, ``1,182団体``, ``100%``) stays text, and nothing is re-derived: the figure is the one
the model printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from unicodedata import east_asian_width as _eaw

from models.numbers import Number, parse_number, render_number
from models.printed_blocks import Table

# What render_number prints: 1,182 / △ 13,745 / 12.5 (anything else is not a figure).
_PRINTED_FIGURE = re.compile(r"(?:△ )?\d[\d,]*(?:\.\d+)?")
# Excel keeps 15 significant digits; a figure with more is published as its printed text.
EXCEL_DIGITS = 15


@dataclass(frozen=True)
class Cell:
    """One cell: ``text`` as printed, ``value`` when it is a figure, spans in grid columns/rows."""

    text: str
    value: Number | None = None
    colspan: int = 1
    rowspan: int = 1

    @property
    def decimals(self) -> int:
        """Digits after the decimal point as printed (the number format shows as many)."""
        return len(self.text.rpartition(".")[2]) if "." in self.text else 0


def figure(text: str) -> Number | None:
    """The number a printed figure stands for, or ``None`` when the text is not just a figure."""
    if not _PRINTED_FIGURE.fullmatch(text):
        return None
    try:
        value = parse_number(text)
    except ValueError:
        return None
    if value is None or render_number(value) != text:
        return None
    return value


def spreadsheet_figure(text: str) -> Number | None:
    """:func:`figure`, but ``None`` where a spreadsheet could not hold every digit printed."""
    value = figure(text)
    digits = "".join(c for c in text if c.isdigit()).lstrip("0")
    return None if value is None or len(digits) > EXCEL_DIGITS else value


def table_rows(table: Table) -> list[list[Cell]]:
    """The header row then the body rows, each cell with its figure (if any)."""
    header = [Cell(text) for text in table.header]
    body = [[Cell(text, figure(text)) for text in row] for row in table.rows]
    return [header, *body]


def text_width(text: str) -> int:
    """Width in half-width character units: a full-width character takes two."""
    return len(text) if text.isascii() else sum(2 if _eaw(c) in "WF" else 1 for c in text)
