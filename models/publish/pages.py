"""The frame broken into lines and pages for the PDF, before Typst sees it.

Every cell's text is broken into lines here, by hyoka's line breaker
(:mod:`models.text.linebreak`) at the cell's width in the font's own advances
(:mod:`models.publish.font_metrics`): Typst sets each line as given, so the PDF follows the
same rules as the preview (no line starts with 、 or ＞, figures and units whole, a label
breaks between its words). Knowing every line, every row's height is known too (a line is one
em, lines are :data:`LEADING` apart, cells have :data:`INSET_Y` above and below), and the
pages are made here:

* rows fill a page in order; a row, or rows tied by a cell spanning them (an indicator's two
  rows), that does not fit is broken between its lines — at least :data:`MIN_LINES` of a cell
  on either side — so that no page is left more than half empty;
* a label spanning rows (the section's, 評価結果, 施策目標, 予算の状況) is printed on every page
  its rows reach, with （続き） after the first; so is the cell a continued row starts with;
* a table continued on a new page repeats its header rows (a table without a label beside it
  says （続き） in its first heading); a table's header never ends a page.

The result is a list of :class:`Page`: the rows of the page and the cells on them, with their
lines, which :mod:`models.publish.typst_source` writes out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from models.printed import Note
from models.publish.font_metrics import Advances
from models.publish.frame import (
    EM,
    GROUP_KIND,
    HEAD,
    LABEL_KIND,
    NUMBER,
    WIDTH,
    Frame,
    Slot,
    note_paragraphs,
    span_heights,
)
from models.text.linebreak import break_paragraph, hang_prefix, label_lines

EM_SIZE = EM  # pt, the text's size
PAGE_HEIGHT = 210 / 25.4 * 72 - 2 * 12 / 25.4 * 72  # A4 landscape less 12 mm margins, in pt
INSET_X = 4.0  # pt, a cell's left and right inset
INSET_Y = 3.0  # pt, its top and bottom inset
LEADING = 0.5 * EM  # between two lines
LINE = EM  # a line's height (Typst's text edges are set to one em)
SAFETY = 0.6  # pt a line keeps free at its end (kerning, rounding)
TITLE_SIZE = 14.0
TITLE_GAP = 6.0  # pt between the title lines and the frame
NOTES_GAP = 6.0  # pt between the frame and the notes
MIN_LINES = 2  # a cell broken across pages keeps this many lines on either side
CONTINUED = "（続き）"

Line = tuple[str, float]  # a line's text and its indent in pt (a hanging bullet's)


def text_height(lines: int) -> float:
    return lines * LINE + max(lines - 1, 0) * LEADING if lines else 0.0


def cell_height(lines: int) -> float:
    return text_height(lines) + 2 * INSET_Y


def paragraph_lines(text: str, width: float, adv: Advances) -> list[Line]:
    """Text lines: each paragraph broken at ``width``, a bullet's or note's continuation lines
    hanging under its first character."""
    out: list[Line] = []
    get = adv.__getitem__
    for paragraph in text.split("\n"):
        indent = sum(map(get, hang_prefix(paragraph)))
        if indent * 2 > width:
            indent = 0.0
        lines = break_paragraph(paragraph, width, width - indent, get)
        out.append((lines[0], 0.0))
        out += [(line, indent) for line in lines[1:]]
    return out


def slot_lines(slot: Slot, text: str, adv: Advances) -> list[Line]:
    """The lines a slot prints ``text`` in (its own, or with （続き）)."""
    if not text:
        return []
    width = slot.x1 - slot.x0 - 2 * INSET_X - SAFETY
    if slot.kind in (LABEL_KIND, HEAD, GROUP_KIND):
        key = (text, round(width, 2))
        found = adv.labels.get(key)
        if found is None:
            found = adv.labels[key] = label_lines(text, width, adv.__getitem__)
        return [(line, 0.0) for line in found]
    if slot.kind == NUMBER:
        return [(text, 0.0)]
    return paragraph_lines(text, width, adv)


def continued(slot: Slot) -> str:
    """A slot's text where it continues on another page: with （続き） where the cell is wide
    enough to hold it on a line (the circled number of an indicator is not)."""
    wide = slot.x1 - slot.x0 - 2 * INSET_X - SAFETY >= len(CONTINUED) * EM
    return slot.text + CONTINUED if wide and slot.kind != GROUP_KIND else slot.text


@dataclass
class Part:
    """A slot on one page: the rows of the page it spans, the lines it prints there."""

    slot: Slot
    row: int  # index into the page's rows
    rows: int
    lines: list[Line]


@dataclass
class Piece:
    """Consecutive frame rows, or part of them, set together on a page."""

    rows: list[int]  # frame rows
    parts: list[Part]  # rows relative to the piece
    head: bool = False  # a table's header rows repeated on a continuation page
    _heights: list[float] | None = None

    @property
    def heights(self) -> list[float]:
        """Its rows' heights from its own cells (the labels beside it not counted)."""
        if self._heights is None:
            self._heights = row_heights(len(self.rows), self.parts)
        return self._heights


@dataclass
class Page:
    rows: list[int] = field(default_factory=list)  # frame rows, in order (a row may repeat)
    parts: list[Part] = field(default_factory=list)
    top: float = 0.0  # pt used above the frame (the title)
    notes: list[Line] = field(default_factory=list)  # the ※ notes' lines under the frame


def row_heights(rows: int, parts: list[Part]) -> list[float]:
    """Each row's height: its tallest single-row cell; a spanning cell taller than its rows
    makes the last of them taller, as Typst does."""
    demands = [(p.row, p.rows, cell_height(len(p.lines))) for p in parts]
    return span_heights(rows, demands, cell_height(0))


class _Paginator:
    def __init__(self, frame: Frame, adv: Advances) -> None:
        self.frame, self.adv = frame, adv
        self.lines = {id(s): slot_lines(s, s.text, adv) for s in frame.slots}
        self.sides = [s for s in frame.slots if s.repeat]
        self.done: set[int] = set()  # labels printed on a page already
        self.side_rows: dict[int, list[Slot]] = {}
        for s in self.sides:
            for r in range(s.row, s.last + 1):
                self.side_rows.setdefault(r, []).append(s)
        self._side_lines: dict[tuple[int, bool], list[Line]] = {}
        self.by_row: dict[int, list[Slot]] = {}
        for s in frame.slots:
            if not s.repeat:
                self.by_row.setdefault(s.row, []).append(s)

    # ---- groups: rows tied by the cells spanning them
    def groups(self) -> list[list[int]]:
        out: list[list[int]] = []
        r = 0
        while r < self.frame.rows:
            last = r
            y = r
            while y <= last:
                for s in self.by_row.get(y, []):
                    last = max(last, s.last)
                y += 1
            out.append(list(range(r, last + 1)))
            r = last + 1
        # a table's header rows never end a page: they go with the rows after them
        merged: list[list[int]] = []
        for g in out:
            if merged and self._all_heads(merged[-1]) and self._heads_of(g):
                merged[-1] = merged[-1] + g
            else:
                merged.append(g)
        return merged

    def _all_heads(self, rows: list[int]) -> bool:
        heads = {h for hs in self.frame.heads.values() for h in hs}
        return all(r in heads for r in rows)

    def _heads_of(self, rows: list[int]) -> tuple[int, ...]:
        return self.frame.heads.get(rows[0], ())

    def piece(self, rows: list[int]) -> Piece:
        at = {r: i for i, r in enumerate(rows)}
        parts = [
            Part(s, at[s.row], s.rows, self.lines[id(s)])
            for r in rows
            for s in self.by_row.get(r, [])
        ]
        return Piece(rows, parts)

    # ---- pages
    def page_parts(self, page: Page, pieces: list[Piece]) -> tuple[list[int], list[Part]]:
        rows: list[int] = []
        parts: list[Part] = []
        for piece in pieces:
            base = len(rows)
            rows += piece.rows
            parts += [Part(p.slot, p.row + base, p.rows, p.lines) for p in piece.parts]
        parts += self.side_parts(rows, page)
        return rows, parts

    def side_lines(self, s: Slot) -> list[Line]:
        """A label's lines: whole where it starts, with （続き） on a page after one it was
        printed on (評価結果 only repeated)."""
        again = id(s) in self.done
        key = (id(s), again)
        if key not in self._side_lines:
            text = continued(s) if again else s.text
            self._side_lines[key] = slot_lines(s, text, self.adv)
        return self._side_lines[key]

    def side_spans(self, rows: list[int]) -> list[tuple[int, int, Slot]]:
        """The labels spanning the page's ``rows``: (first, last index on the page, label)."""
        spans: dict[int, list] = {}
        for i, r in enumerate(rows):
            for s in self.side_rows.get(r, ()):
                span = spans.get(id(s))
                if span is None:
                    spans[id(s)] = [i, i, s]
                else:
                    span[1] = i
        return sorted(((a, b, s) for a, b, s in spans.values()), key=lambda x: (x[1], -x[0]))

    def side_parts(self, rows: list[int], page: Page) -> list[Part]:
        return [Part(s, a, b - a + 1, self.side_lines(s)) for a, b, s in self.side_spans(rows)]

    def height(self, page: Page, pieces: list[Piece]) -> float:
        rows: list[int] = []
        heights: list[float] = []
        for piece in pieces:
            rows += piece.rows
            heights += piece.heights
        for a, b, s in self.side_spans(rows):
            lack = cell_height(len(self.side_lines(s))) - sum(heights[a : b + 1])
            if lack > 0:
                heights[b] += lack
        return sum(heights)

    def head_piece(self, rows: tuple[int, ...]) -> Piece:
        piece = self.piece(list(rows))
        piece.head = True
        labelled = any(s.kind == LABEL_KIND and s.row <= rows[0] <= s.last for s in self.sides)
        if not labelled:  # a bare table says （続き） in its first heading
            for p in piece.parts:
                if p.slot.kind == HEAD:
                    p.lines = slot_lines(p.slot, continued(p.slot), self.adv)
                    break
        return piece

    def split(self, piece: Piece, room: float) -> tuple[Piece, Piece] | None:
        """``piece`` cut between lines so that its first part is at most ``room`` tall, at
        least :data:`MIN_LINES` of a cut cell on either side; None when it cannot be."""
        heights = row_heights(len(piece.rows), piece.parts)
        tops = [sum(heights[:i]) for i in range(len(heights) + 1)]
        cut = room
        while cut > cell_height(1):
            halves = self._cut(piece, tops, cut)
            if halves and sum(row_heights(len(halves[0].rows), halves[0].parts)) <= room:
                return halves
            cut -= LINE + LEADING
        return None

    def _cut(self, piece: Piece, tops: list[float], cut: float) -> tuple[Piece, Piece] | None:
        above_rows = [i for i in range(len(piece.rows)) if tops[i] < cut]
        below_rows = [i for i in range(len(piece.rows)) if tops[i + 1] > cut]
        if not above_rows or not below_rows:
            return None
        first_below = below_rows[0]
        above: list[Part] = []
        below: list[Part] = []
        for p in piece.parts:
            top = tops[p.row] + INSET_Y
            keep = len(
                [i for i in range(len(p.lines)) if top + text_height(i + 1) <= cut - INSET_Y]
            )
            last = p.row + p.rows - 1
            if last < first_below:  # wholly above the cut
                above.append(p)
                continue
            if p.row >= first_below and tops[p.row] >= cut:  # wholly below
                below.append(replace(p, row=p.row - first_below))
                continue
            if 0 < keep < len(p.lines) and (keep < MIN_LINES or len(p.lines) - keep < MIN_LINES):
                return None
            rows_above = min(last, above_rows[-1]) - p.row + 1
            above.append(replace(p, rows=rows_above, lines=p.lines[:keep]))
            rest = p.lines[keep:]
            if not rest and p.slot.key:
                rest = slot_lines(p.slot, continued(p.slot), self.adv)
            start = max(p.row, first_below)
            below.append(replace(p, row=start - first_below, rows=last - start + 1, lines=rest))
        if not any(p.lines for p in above):
            return None
        top_rows = [piece.rows[i] for i in above_rows]
        bottom_rows = [piece.rows[i] for i in below_rows]
        return Piece(top_rows, above), Piece(bottom_rows, below)

    def paginate(self, top: float, notes: list[Line]) -> list[Page]:
        pages = [Page(top=top)]
        pieces: list[Piece] = []

        def room() -> float:
            return PAGE_HEIGHT - pages[-1].top

        def close() -> None:
            page = pages[-1]
            page.rows, page.parts = self.page_parts(page, pieces)
            self.done.update(id(p.slot) for p in page.parts if p.slot.repeat)
            pages.append(Page())
            pieces.clear()

        for rows in self.groups():
            piece: Piece | None = self.piece(rows)
            while piece is not None:
                heads = self._heads_of(piece.rows)
                lead = []
                if heads and heads[0] not in piece.rows:
                    if not any(set(heads) & set(p.rows) for p in pieces):
                        lead = [self.head_piece(heads)]
                trial = [*pieces, *lead, piece]
                if self.height(pages[-1], trial) <= room():
                    pieces[:] = trial
                    piece = None
                    continue
                used = self.height(pages[-1], [*pieces, *lead]) if pieces or lead else 0.0
                whole = self.height(Page(), [*lead, piece]) <= PAGE_HEIGHT
                # half full: its text, not only its rules, past the middle of the page
                half_full = used >= room() / 2 + LINE
                halves = None
                if not (whole and half_full) and room() - used > cell_height(MIN_LINES):
                    halves = self.split(piece, room() - used)
                if halves and self.height(pages[-1], [*pieces, *lead, halves[0]]) <= room():
                    pieces[:] = [*pieces, *lead, halves[0]]
                    piece = halves[1]
                    close()
                    continue
                if not pieces:  # taller than a page and unbreakable: as it is
                    pieces[:] = [*lead, piece]
                    piece = None
                    continue
                close()
        used = self.height(pages[-1], pieces) if pieces else 0.0
        while notes:
            free = room() - used - NOTES_GAP
            fit = max(0, int((free + LEADING) // (LINE + LEADING)))
            if fit >= len(notes) or (fit >= MIN_LINES and len(notes) - fit >= MIN_LINES):
                pages[-1].notes = notes[:fit]
                notes = notes[fit:]
            if notes:
                close()
                used = 0.0
        page = pages[-1]
        page.rows, page.parts = self.page_parts(page, pieces)
        return [p for p in pages if p.rows or p.notes]


def title_lines(frame: Frame, title_adv: Advances) -> tuple[list[str], list[str]]:
    """The title broken at the page's width (at its own size), and the lines under it."""
    title = break_paragraph(frame.title, WIDTH, WIDTH, title_adv.__getitem__) if frame.title else []
    under = [line for text in frame.title_lines for line in text.split("\n")]
    return title, under


def title_height(title: list[str], under: list[str]) -> float:
    if not title and not under:
        return 0.0
    size = len(title) * TITLE_SIZE * 1.2 + len(under) * (LINE + LEADING)
    return size + TITLE_GAP


def notes_lines(notes: tuple[Note, ...], adv: Advances) -> list[Line]:
    return [
        line
        for note in notes
        for line in paragraph_lines("\n".join(note_paragraphs(note)), WIDTH, adv)
    ]


def paginate(frame: Frame, top: float, adv: Advances) -> list[Page]:
    """The frame's rows on pages (see the module), the notes under them; ``top``: pt the
    title takes on page 1."""
    return _Paginator(frame, adv).paginate(top, notes_lines(frame.notes, adv))
