"""The vocabulary of the printed layout: sections of blocks, tables with merged cells.

A block is a line of text (``str``), a :class:`Table`, a :class:`Heading` inside a section, a
:class:`Field` (a label cell of the form with its text beside it, e.g. 令和５年度予算概算要求への
主な反映内容) or a :class:`Note` (a footnote that hangs under its mark). A section may also carry
fields printed on its own row, right of its content (``Section.beside``: 分野 beside 政策名,
作成責任者名 beside 担当部局課室名). Text is exactly as the form prints it; a required field left
blank prints :data:`BLANK` (「－」), never an empty cell.
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

BLANK = "－"  # what a required field of the form prints when the report leaves it blank


def or_blank(text: str) -> str:
    """``text``, or :data:`BLANK` when it has nothing but spaces."""
    return text if text.strip(" \u3000\n") else BLANK


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
    """A label cell of the form and its text beside it, e.g. 分野 ｜ 電子自治体: inside a section
    a row of its own under the section's text; in ``Section.beside`` on the section's row."""

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
    (評価結果); ``layout`` is one of :data:`LAYOUTS`; ``beside`` are label cells with their text
    on the section's own row, right of its blocks (分野, 作成責任者名).
    """

    name: str
    title: str
    blocks: tuple[Block, ...]
    layout: str = "row"
    group: str = ""
    beside: tuple[Field, ...] = ()

    def strings(self) -> list[str]:
        """Every string of the section, in reading order (the title, lines, header and cells,
        then the fields beside)."""
        out = [self.title]
        for block in (*self.blocks, *self.beside):
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
    is: ``"report"`` (the 評価書, 別紙２), ``"monitoring"`` (the モニタリング結果), ``"plan"``
    (the 事前分析表), ``"plan_changes"`` (its 新旧対照表) or ``"gist"`` (the 要旨).
    ``typeface`` is the profile's class of face (:data:`TYPEFACES`), which every format prints
    in. ``snapshot`` is the report's hyoka/1 snapshot, which a format that can carry a file (the
    PDF) attaches.
    """

    key: str
    title: str
    sections: tuple[Section, ...]
    profile: str = "guideline"
    kind: str = "report"
    lang: str = "ja"
    meta: dict[str, str] = field(default_factory=dict)
    typeface: str = "明朝"
    snapshot: str = ""


TYPEFACES = ("明朝", "ゴシック")  # the classes of face a wording profile may name
