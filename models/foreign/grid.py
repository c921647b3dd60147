"""The cell grid every foreign form is read from, whatever file it came in.

An Excel sheet, the tables and paragraphs of a Word document and the tables and lines of a PDF
all become one :class:`Grid`: cells placed on rows and columns, each spanning the rows and
columns it covers (merged cells merged), with its text, its figure when the file stored a
number, and where it came from (``別紙２!C14``, ``table 1 row 7 col 3``, ``page 2 table 1 row 7
col 3``). The form reader (:mod:`models.foreign.form`) asks the grid for what lies to the right
of a label or below it; it never asks for a position.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

Number = int | float


@dataclass(frozen=True)
class GridCell:
    """One cell: rows ``row..last_row`` and columns ``col..last_col`` (inclusive).

    ``number`` is the figure a spreadsheet stored (``None`` for text); ``text`` is what the
    cell says (for a figure, the figure as written). ``joined`` is set when the text's lines
    were put back together from a PDF's visual line breaks: the joins are a guess.
    """

    row: int
    col: int
    last_row: int
    last_col: int
    text: str
    source: str
    number: Number | None = None
    joined: bool = False
    index: int = 0  # position in the grid's reading order (set by Grid)

    @property
    def blank(self) -> bool:
        return self.number is None and not self.text.strip()

    def overlaps_rows(self, first: int, last: int) -> bool:
        return self.row <= last and self.last_row >= first


@dataclass
class Grid:
    """The cells of one form, in reading order (by row, then column)."""

    kind: str  # "xlsx", "docx" or "pdf"
    cells: list[GridCell] = field(default_factory=list)

    def __post_init__(self) -> None:
        ordered = sorted(self.cells, key=lambda c: (c.row, c.col))
        self.cells = [_with_index(c, i) for i, c in enumerate(ordered)]
        self._by_row: dict[int, list[GridCell]] = {}
        for cell in self.cells:
            self._by_row.setdefault(cell.row, []).append(cell)

    def __iter__(self) -> Iterator[GridCell]:
        return iter(self.cells)

    @property
    def last_row(self) -> int:
        return max((c.last_row for c in self.cells), default=-1)

    def starting_in(self, first: int, last: int) -> Iterator[GridCell]:
        """Cells whose first row lies in ``first..last``, in reading order."""
        for row in range(first, last + 1):
            yield from self._by_row.get(row, ())

    def band(self, first: int, last: int) -> list[GridCell]:
        """Cells overlapping rows ``first..last``, in reading order."""
        return [c for c in self.cells if c.overlaps_rows(first, last)]

    def right_of(self, cell: GridCell, stop: Iterable[GridCell] = ()) -> list[GridCell]:
        """Cells beside ``cell`` on its rows, to its right, each before the first of ``stop``
        on its own rows (the next label on the row), in reading order."""
        beside = [
            c
            for c in self.band(cell.row, cell.last_row)
            if c.col > cell.last_col and c.row >= cell.row
        ]
        stops = [s for s in stop if s in beside]
        return [
            c
            for c in beside
            if not any(s.col <= c.col and s.overlaps_rows(c.row, c.last_row) for s in stops)
        ]


def _with_index(cell: GridCell, index: int) -> GridCell:
    return GridCell(
        cell.row,
        cell.col,
        cell.last_row,
        cell.last_col,
        cell.text,
        cell.source,
        cell.number,
        cell.joined,
        index,
    )


def column_name(col: int) -> str:
    """0 → A, 25 → Z, 26 → AA (a spreadsheet's column letters)."""
    name = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        name = chr(65 + rest) + name
    return name
