"""The form's frame: the whole printed document as one grid of merged cells (別紙２).

The seed, and the Excel forms ministries keep, draw the form as one frame: a label column down
the left (政策（※１）名, 政策の予算額・執行額等（百万円）…, with 評価結果 down the side of its
rows), the content beside it, tables inside the content sharing the frame's rules. This module
lays a :class:`~models.printed.Document` out that way once, for every renderer that draws the
frame (PDF, Excel, Word): each cell of the form is a :class:`Slot` on a frame row, spanning
columns of one common grid — the union of every table's column edges — so one table holds it
all (Word: one table with merged cells; Excel: merged ranges; PDF: one table per page).

Geometry is in points for a frame :data:`WIDTH` wide at a 9 pt text (the PDF's A4 landscape
page); other formats scale the grid. What a slot is for (``kind``) decides how it is drawn:
``label`` (a label cell of the form, shaded), ``head`` (a table's heading, shaded and centred),
``group`` (評価結果, one character a line), ``text``, ``number`` (right-aligned, with its
figure in ``value``). A slot that names the rows it spans (a section's label, the group, a
table's side heading such as 施策目標 or 予算の状況) has ``repeat`` set: printed again, with
（続き）, where its rows continue on another page; the cell a table row starts with (the
policy's name in the cabinet table, an indicator's number) has ``key`` set, printed again with
（続き） where the rest of its row continues. Rows of one table know their header rows
(``Frame.heads``), repeated there too. The title lines and the ※ notes sit outside the grid.
Nothing here re-derives a label or a figure: every text is the model's.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from models.printed import Cell, Document, Field, Heading, Note, Section, Table
from models.publish.cells import placed, relative_widths, table_size
from models.report.numbers import Number

EM = 9.0  # pt, the text's size the geometry is drawn for
WIDTH = 297 / 25.4 * 72 - 2 * 12 / 25.4 * 72  # A4 landscape less 12 mm margins, in pt
GROUP = 1.6 * EM  # 評価結果, one character a line
LABEL = 10.6 * EM  # a section's label, the group's column included
FIELD = 11.5 * EM  # a label cell inside a section (令和５年度予算概算要求への主な反映内容)
BESIDE = 7.2 * EM  # a label on a section's row (分野, 作成責任者名)
BESIDE_SHARE = (0.16, 0.45)  # of the content's width: the least and most a value beside takes
SNAP = 1.0  # pt: column edges this close are one edge of the grid
MAX_CELL_TEXT = 32767  # characters, the most an Excel cell holds: longer text takes more rows

LABEL_KIND, HEAD, GROUP_KIND, TEXT, NUMBER = "label", "head", "group", "text", "number"


@dataclass
class Slot:
    """One cell of the frame: its first row, its edges in pt, the rows it spans."""

    row: int
    x0: float
    x1: float
    rows: int = 1
    text: str = ""
    kind: str = TEXT
    value: Number | None = None
    repeat: bool = False
    key: bool = False  # names its table row: printed again, with （続き）, beside its rest
    col: int = 0  # grid column and columns spanned, set once the grid is known
    cols: int = 1

    @property
    def last(self) -> int:
        return self.row + self.rows - 1


@dataclass
class Frame:
    """The document as a frame: ``slots`` over ``rows`` rows and the grid's ``edges``."""

    title: str = ""
    title_lines: tuple[str, ...] = ()
    slots: list[Slot] = field(default_factory=list)
    rows: int = 0
    edges: list[float] = field(default_factory=list)
    heads: dict[int, tuple[int, ...]] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()

    @property
    def widths(self) -> list[float]:
        return [b - a for a, b in zip(self.edges, self.edges[1:], strict=False)]


class _Builder:
    def __init__(self) -> None:
        self.frame = Frame()

    def row(self) -> int:
        self.frame.rows += 1
        return self.frame.rows - 1

    def add(self, slot: Slot) -> Slot:
        self.frame.slots.append(slot)
        return slot

    def text_row(self, paragraphs: list[str], x0: float, x1: float) -> None:
        text = "\n".join(paragraphs)
        while len(text) > MAX_CELL_TEXT:  # a cell no office program would hold: more rows
            cut = text.rfind("\n", 0, MAX_CELL_TEXT)
            cut = cut if cut > 0 else MAX_CELL_TEXT
            self.add(Slot(self.row(), x0, x1, text=text[:cut]))
            text = text[cut:].removeprefix("\n")
        self.add(Slot(self.row(), x0, x1, text=text))

    def field_row(self, f: Field, x0: float, x1: float) -> None:
        row = self.row()
        self.add(Slot(row, x0, x0 + FIELD, text=f.label, kind=LABEL_KIND))
        self.add(Slot(row, x0 + FIELD, x1, text=f.text))

    def table(self, t: Table, x0: float, x1: float) -> None:
        cells = placed(t)
        rows, cols = table_size(t, cells)
        weights = relative_widths(t, cols)
        total = sum(weights) or 1.0
        edges = [x0]
        for w in weights:
            edges.append(edges[-1] + (x1 - x0) * w / total)
        edges[-1] = x1
        first = self.frame.rows
        for _ in range(rows):
            self.row()
        heads = tuple(range(first, first + min(t.header_rows, rows)))
        for r in range(first + len(heads), first + rows):
            if heads:
                self.frame.heads[r] = heads
        keyed: set[int] = set()
        for p in cells:
            slot = self.add(_table_slot(p.cell, first + p.row, p.row < t.header_rows, p.col == 0))
            slot.x0, slot.x1 = edges[p.col], edges[p.last_col + 1]
            slot.rows = p.last_row - p.row + 1
            if p.row >= t.header_rows and not slot.repeat and p.row not in keyed:
                slot.key = True  # the leftmost cell a body row starts with
                keyed.add(p.row)

    def blocks(self, blocks: tuple[object, ...], x0: float, x1: float) -> None:
        pending: list[str] = []

        def flush() -> None:
            if pending:
                self.text_row(pending[:], x0, x1)
                pending.clear()

        for block in blocks:
            if isinstance(block, Table):
                flush()
                self.table(block, x0, x1)
            elif isinstance(block, Field):
                flush()
                self.field_row(block, x0, x1)
            elif isinstance(block, Note):
                pending += note_paragraphs(block)
            elif isinstance(block, Heading):
                pending.append(block.text)
            else:
                pending.append(str(block))
        flush()

    def section(self, s: Section, x0: float) -> None:
        start = self.frame.rows
        shares = [_beside_width(f.text) for f in s.beside]
        x1 = WIDTH - sum(BESIDE + share for share in shares)
        self.blocks(s.blocks, LABEL, x1)
        if self.frame.rows == start:  # an empty section keeps its row, as on paper
            self.text_row([""], LABEL, x1)
        rows = self.frame.rows - start
        self.add(Slot(start, x0, LABEL, rows, s.title, LABEL_KIND, repeat=True))
        at = x1
        for f, share in zip(s.beside, shares, strict=True):
            self.add(Slot(start, at, at + BESIDE, rows, f.label, LABEL_KIND))
            self.add(Slot(start, at + BESIDE, at + BESIDE + share, rows, f.text))
            at += BESIDE + share

    def run(self, run: list[Section]) -> None:
        i = 0
        while i < len(run):
            s = run[i]
            if not s.group:
                self.section(s, 0.0)
                i += 1
                continue
            start = self.frame.rows
            while i < len(run) and run[i].group == s.group:
                self.section(run[i], GROUP)
                i += 1
            rows = self.frame.rows - start
            text = "\n".join(s.group)  # one character a line, as the seed prints 評/価/結/果
            self.add(Slot(start, 0.0, GROUP, rows, text, GROUP_KIND, repeat=True))


def _beside_width(text: str) -> float:
    """A value beside a section's content: as wide as its longest line (a full-width character
    an em, others about half), within :data:`BESIDE_SHARE` of the content's width."""
    longest = max(sum(1.0 if ord(c) > 0x2E80 else 0.6 for c in line) for line in text.split("\n"))
    least, most = ((WIDTH - LABEL) * share for share in BESIDE_SHARE)
    return min(max(longest * EM + 3 * EM, least), most)


def _table_slot(cell: Cell, row: int, in_head: bool, first_column: bool) -> Slot:
    if in_head:
        kind = HEAD
    elif cell.header:
        kind = LABEL_KIND
    elif cell.numeric:
        kind = NUMBER
    else:
        kind = TEXT
    repeat = not in_head and cell.rowspan > 1 and (cell.header or first_column)
    return Slot(row, 0.0, 0.0, text=cell.text, kind=kind, value=cell.value, repeat=repeat)


def note_paragraphs(note: Note) -> list[str]:
    """A note as paragraphs: its mark before the first line, full-width spaces as wide as the
    mark before the others (as the seed indents 「計数は、…」 under 「（注）」)."""
    lines = note.text.split("\n")
    if not note.mark:
        return lines
    pad = "　" * (len(note.mark) + 1)
    return [f"{note.mark}　{lines[0]}", *(pad + line for line in lines[1:])]


def _grid(frame: Frame) -> None:
    """The common grid: every slot's edges, those closer than :data:`SNAP` made one."""
    edges: list[float] = []
    for x in sorted({round(x, 3) for s in frame.slots for x in (s.x0, s.x1)}):
        if not edges or x - edges[-1] > SNAP:
            edges.append(x)
    if edges:
        edges[0], edges[-1] = 0.0, WIDTH

    def column(x: float) -> int:
        i = bisect_left(edges, x)
        if i == len(edges) or (i and x - edges[i - 1] < edges[i] - x):
            i -= 1
        return i

    for s in frame.slots:
        s.col = column(s.x0)
        s.cols = max(1, column(s.x1) - s.col)
    frame.edges = edges


def build_frame(doc: Document) -> Frame:
    """``doc`` as the form's frame (see the module)."""
    b = _Builder()
    run: list[Section] = []
    for s in doc.sections:
        if s.layout == "row":
            run.append(s)
            continue
        b.run(run)
        run = []
        if s.layout == "title":
            b.frame.title = s.title
            b.frame.title_lines = tuple(str(x) for x in s.blocks)
        elif s.name == "notes" and all(isinstance(x, Note) for x in s.blocks):
            b.frame.notes = tuple(x for x in s.blocks if isinstance(x, Note))
        else:
            b.blocks(s.blocks, 0.0, WIDTH)
    b.run(run)
    b.frame.slots.sort(key=lambda s: (s.row, s.x0))
    _grid(b.frame)
    return b.frame


def span_heights(rows: int, demands: list[tuple[int, int, float]], least: float) -> list[float]:
    """Row heights meeting every cell's height (``demands``: first row, rows spanned, height):
    a row is as tall as its tallest one-row cell (at least ``least``); a cell spanning rows
    that are not tall enough together makes the last of them taller, as Typst and Word do."""
    heights = [least] * rows
    for row, span, height in demands:
        if span == 1:
            heights[row] = max(heights[row], height)
    for row, span, height in sorted(
        (d for d in demands if d[1] > 1), key=lambda d: (d[0] + d[1], -d[0])
    ):
        last = row + span - 1
        lack = height - sum(heights[row : last + 1])
        if lack > 0:
            heights[last] += lack
    return heights
