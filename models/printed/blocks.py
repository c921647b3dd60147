"""The vocabulary of the printed layout: sections of blocks, tables with merged cells.

A block is a line of text (``str``), a :class:`Table`, a :class:`Heading` inside a section, a
:class:`Field` (a small label and its value, e.g. 分野) or a :class:`Note` (a footnote that hangs
under its mark). Text is exactly as the form prints it; an empty string is a blank cell.
Nothing here knows how to draw itself: the TUI's preview and the renderers of
:mod:`models.publish` turn blocks into widgets, PDF, HTML, Excel or Word.

Tables keep two views: ``header``/``rows`` (plain strings, one per column; a merged cell's text
sits in its first position, the positions it covers are blank) for simple readers, and
``grid`` (rows of :class:`Cell` with ``rowspan``/``colspan``, covered positions omitted as in
HTML) for renderers that merge cells. A cell holding a figure carries its ``value`` (int or
float, in the report's unit) beside the ``text`` printed, so a spreadsheet can write a number.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Number = int | float


@dataclass(frozen=True)
class Cell:
    """One cell of a table's grid: the text printed, and the figure when it is a number."""

    text: str = ""
    value: Number | None = None
    rowspan: int = 1
    colspan: int = 1
    header: bool = False

    @property
    def numeric(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Table:
    """A table of the form. ``header``/``rows``: the plain view (``rows`` of ``header``'s
    width); ``grid``: every row with merged cells (the first ``header_rows`` are headings);
    ``widths``: relative column widths (empty = equal)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    grid: tuple[tuple[Cell, ...], ...] = ()
    header_rows: int = 1
    widths: tuple[float, ...] = ()

    @property
    def columns(self) -> int:
        return len(self.header)

    def cells(self) -> tuple[tuple[Cell, ...], ...]:
        """The grid, or one made from ``header``/``rows`` when the table has no merged cells."""
        if self.grid:
            return self.grid
        head = tuple(Cell(text, header=True) for text in self.header)
        return (head, *(tuple(Cell(text) for text in row) for row in self.rows))

    @classmethod
    def from_grid(
        cls,
        grid: list[list[Cell]],
        header_rows: int = 1,
        widths: tuple[float, ...] = (),
    ) -> Table:
        """A table from its grid; the plain view is derived (merged text in its first cell)."""
        plain = _flatten(grid)
        return cls(
            header=plain[0] if plain else (),
            rows=tuple(plain[1:]),
            grid=tuple(tuple(row) for row in grid),
            header_rows=header_rows,
            widths=widths,
        )


def _flatten(grid: list[list[Cell]]) -> list[tuple[str, ...]]:
    """Place each cell at its position, honouring spans; covered positions are blank."""
    taken: dict[tuple[int, int], str] = {}
    width = 0
    for r, row in enumerate(grid):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken[(r + dr, c + dc)] = cell.text if (dr, dc) == (0, 0) else ""
            c += cell.colspan
            width = max(width, c)
    return [tuple(taken.get((r, c), "") for c in range(width)) for r in range(len(grid))]


@dataclass(frozen=True)
class Heading:
    """A heading inside a section, e.g. （判断根拠） or, where the form has them, 【施策】."""

    text: str


@dataclass(frozen=True)
class Field:
    """A label and its value side by side, e.g. 分野 ｜ 電子自治体."""

    label: str
    text: str


@dataclass(frozen=True)
class Note:
    """A note hanging under its mark: ※１ …, （注） …; ``text`` may hold several lines."""

    mark: str
    text: str


Block = str | Table | Heading | Field | Note

# How a renderer lays a section out:
#   "title"  the document's title line(s), centred
#   "row"    a row of the form: the title in the label column, the blocks beside it
#   "bare"   the blocks across the full width, the title not printed (a table with its own
#            headings, the footnotes); the title names the section for navigation only
LAYOUTS = ("title", "row", "bare")


@dataclass(frozen=True)
class Section:
    """One part of the form: ``name`` is stable (for jumping), ``title`` is the form's heading.

    ``group`` is the label the form prints down the side of several consecutive rows
    (評価結果); ``layout`` is one of :data:`LAYOUTS`.
    """

    name: str
    title: str
    blocks: tuple[Block, ...]
    layout: str = "row"
    group: str = ""

    def strings(self) -> list[str]:
        """Every string of the section, in reading order (the title, lines, header and cells)."""
        out = [self.title]
        for block in self.blocks:
            if isinstance(block, Table):
                out += [*block.header, *(cell for row in block.rows for cell in row)]
            else:
                out.append(block_text(block))
        return out


def block_text(block: Block) -> str:
    """A block as one string of plain text (a table's cells joined by tabs and lines)."""
    if isinstance(block, str):
        return block
    if isinstance(block, Heading):
        return block.text
    if isinstance(block, Field):
        return f"{block.label}　{block.text}"
    if isinstance(block, Note):
        return f"{block.mark}　{block.text}" if block.mark else block.text
    return "\n".join("\t".join(row) for row in (block.header, *block.rows))


@dataclass(frozen=True)
class Document:
    """The printed form of one report: what every renderer receives.

    ``title`` is the document's title (PDF metadata, HTML ``<title>``), ``lang`` its language,
    ``profile`` the name of the wording profile used, ``kind`` which document of the report it
    is: ``"report"`` (the 評価書, 別紙２) or ``"plan"`` (the 事前分析表).
    """

    key: str
    title: str
    sections: tuple[Section, ...]
    profile: str = "guideline"
    kind: str = "report"
    lang: str = "ja"
    meta: dict[str, str] = field(default_factory=dict)
