"""A PDF's form as a :class:`~models.foreign.grid.Grid` (pdfplumber), for a 別紙２ printed from
Excel or Word (a text layer, ruled tables; no hyoka attachment).

Each page's ruled tables (pdfplumber's line strategy) give cells by their boxes; the columns of
every table of the file are one set of x positions (a form printed page by page keeps its
columns), so a cell spans the columns between its edges. Text outside tables (a title, the
footnotes) is a row of one cell per line. Sources: ``page 2 table 1 row 7 col 3`` and
``page 1 line 2``.

A cell's text is put together from its characters: a line that reaches the cell's right edge
was wrapped by the printer and is joined to the next; a gap of a character's width is a
全角スペース; an indent of n characters is n 全角スペース. Where a line ending in 。 reaches the
edge, wrapped or not cannot be told: the cell is marked ``joined`` (its values are guesses).
A label merged down to the foot of a page is printed again at the top of the next: such a
repeat (or an empty continuation) is merged into the cell above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from models.foreign.grid import Grid, GridCell
from models.i18n import tr

EDGE = 2.0  # points within which two edges are one
_PAGE_NUMBER = re.compile(r"^[-－‐ ]*\d+\s*(?:[/／]\s*\d+)?[-－‐ ]*$")  # 「1 / 4」「- 2 -」
_ENDS = ("。", "．")


@dataclass
class _Box:
    page: int
    table: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    joined: bool
    open_top: bool = False  # no rule above it: a page break cut it
    open_bottom: bool = False
    tail: str = "\n"  # what stands after its last line: "" (a full line), "\n\n" (an empty one)


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > EDGE:
            out.append(v)
    return out


def _index(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def _lines(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Characters grouped into printed lines, top to bottom, each left to right."""
    lines: list[list[dict[str, Any]]] = []
    for ch in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        if not ch.get("upright", True):
            lines.append([ch])
            continue
        if lines and abs(lines[-1][0]["top"] - ch["top"]) < ch["size"] * 0.5:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def _wide(ch: str) -> bool:
    return ord(ch) > 0x2E7F


def _space(prev: str, ch: str, gap: float, size: float) -> str:
    """What a gap between two printed characters stands for. Word processors leave a quarter
    of a character between Japanese and Latin text (no space was typed); a full character's
    gap beside Japanese text is a 全角スペース."""
    if prev.isspace() or ch.isspace() or gap <= size * 0.15:
        return ""
    ratio = gap / size
    if _wide(prev) or _wide(ch):
        if ratio >= 0.8:
            return "\u3000" * max(1, round(ratio))
        return " " * round(ratio / 0.3) if ratio >= 0.45 else ""
    return " " * max(1, round(ratio / 0.3))


def _line_text(line: list[dict[str, Any]], left: float) -> str:
    size = max(c["size"] for c in line)
    indent = int((line[0]["x0"] - left) / size + 0.25)
    out = ["\u3000" * max(indent, 0)]
    for i, ch in enumerate(line):
        prev = line[i - 1] if i else None
        if prev is not None:
            out.append(_space(prev["text"], ch["text"], ch["x0"] - prev["x1"], size))
        text = ch["text"]
        if text.isspace():
            text = _which_space(ch, prev, line[i + 1] if i + 1 < len(line) else None, size)
        out.append(text)
    return "".join(out)


def _which_space(
    ch: dict[str, Any], prev: dict[str, Any] | None, nxt: dict[str, Any] | None, size: float
) -> str:
    """A printed space: fonts map ASCII and 全角 spaces to one glyph (LibreOffice's Word
    export writes both as U+3000 in a Latin font, its box as narrow as an ASCII space's), so it
    is told by how far it moves the pen — to the next character on the line, else its own
    width: a character's width is a 全角スペース."""
    if nxt is None:  # at the end of a line: beside Japanese, a 全角スペース
        wide = prev is None or _wide(prev["text"])
        return "\u3000" if wide or ch["x1"] - ch["x0"] >= size * 0.75 else " "
    if prev is None and _wide(nxt["text"]):
        return "\u3000"
    advance = nxt["x0"] - ch["x0"] if nxt["x0"] > ch["x0"] else ch["x1"] - ch["x0"]
    return "\u3000" if advance >= size * 0.75 else " "


_NO_START = frozenset(
    "、。，．）)」』】〕〉》・：；？！ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％%"
)
_OPENING = frozenset("（(「『【〔〈《［[")


def _first_word(line: list[dict[str, Any]]) -> float:
    """The width of what begins a line and could not be split from it: a run of Latin letters
    and figures (「100%（46」), a character with the punctuation that may not start a line
    (「度】」「し、」). A printer moves it to the next line whole, so the line before may end
    that far short of the edge."""
    end = line[0]["x1"]
    for i in range(1, len(line)):
        t, prev = line[i]["text"], line[i - 1]["text"]
        if t.isspace():
            break
        narrow = not _wide(t) and not _wide(prev)
        opens = t in _OPENING and i + 1 < len(line) and not _wide(line[i + 1]["text"])
        if t in _NO_START or narrow or opens or prev in _OPENING:
            end = line[i]["x1"]
        else:
            break
    return end - line[0]["x0"]


# an item's number at the start of a line: （１） (ⅰ) ① ５． 第２章 Ⅲ．
_ITEM = re.compile(
    r"^(?:[（(][0-9０-９ⅰ-ⅻ一二三四五六七八九十]{1,3}[)）]|[①-⑳]|[0-9０-９Ⅰ-Ⅻ]{1,2}[．.]"
    r"|第[0-9０-９一二三四五六七八九十]{1,3}[章部節])"
)
_STARTS = ("・", "※", "（", "(", "［", "【", "＜", "<", "○", "●", "◆", "■", "－", "-")


def cell_text(
    chars: list[dict[str, Any]], x0: float, x1: float, *, writer: bool = False
) -> tuple[str, bool]:
    """The text of a cell between ``x0`` and ``x1`` from its characters, and whether a line
    break had to be guessed. ``writer``: the PDF came from a word processor, which drops the
    space it breaks a line at (a line that starts with a space was indented by hand); a
    spreadsheet prints that space at the start of the next line."""
    lines = _lines(chars)
    if not lines:
        return "", False
    left = min(line[0]["x0"] for line in lines)
    pad = max(left - x0, 0.5)
    right = x1 - pad
    texts: list[str] = []
    guessed = False
    pitch = _pitch(lines)
    for i, line in enumerate(lines):
        text = _line_text(line, left)
        gap = bool(i and pitch and line[0]["top"] - lines[i - 1][0]["top"] > pitch * 1.6)
        if i and not gap and _wrapped(lines[i - 1], line, right):
            spaced = line[0]["text"].isspace()
            indented = text.startswith("\u3000") and not spaced
            if indented or (spaced and writer) or _ITEM.match(text):
                texts.append(text)  # an indent or an item's number starts a typed line
                guessed = True
                continue
            texts[-1] += text
            guessed = guessed or spaced or _doubtful_join(lines[i - 1], text, right)
            continue
        if gap:
            texts += [""] * max(1, round((line[0]["top"] - lines[i - 1][0]["top"]) / pitch) - 1)
        texts.append(text)
    return "\n".join(t.rstrip() for t in texts), guessed


def _pitch(lines: list[list[dict[str, Any]]]) -> float:
    """The distance from one line to the next (an empty line leaves twice that): the
    smallest step between lines, and no more than one and a half characters."""
    size = max(c["size"] for line in lines for c in line)
    steps = [b[0]["top"] - a[0]["top"] for a, b in pairwise(lines)]
    return min([s for s in steps if s > 0] + [size * 1.5])


def _wrapped(before: list[dict[str, Any]], line: list[dict[str, Any]], right: float) -> bool:
    """Whether the printer broke ``before`` because it was full (not a typed line break). A
    line that ends in a printed space was broken at that space when what follows up to the
    next space (a word: LibreOffice keeps short Japanese words whole too) would not have
    fitted; so was a line before one that starts with a space (a spreadsheet prints the
    space it breaks at on the next line)."""
    if not before[-1].get("upright", True) or not line[0].get("upright", True):
        return False
    size = max(c["size"] for c in before)
    room = right - before[-1]["x1"]
    if before[-1]["text"].isspace() or line[0]["text"].isspace():
        return room < min(_word(line), size * 3) + size * 0.6
    return room < max(size * 1.6, _first_word(line) + size * 0.6)


def _word(line: list[dict[str, Any]]) -> float:
    """The width of a line's first word: its characters up to a space (a space it starts
    with counted in)."""
    end = line[0]["x1"]
    for i, ch in enumerate(line[1:], 1):
        if ch["text"].isspace() and not all(c["text"].isspace() for c in line[:i]):
            break
        end = ch["x1"]
    return end - line[0]["x0"]


def _doubtful_join(before: list[dict[str, Any]], text: str, right: float) -> bool:
    """A full line that ends a sentence, or a next line that starts like a new item, may have
    been a typed line break after all; a line that stops short of the edge may have lost a
    space at the break (a printer does not print the space it breaks at)."""
    size = max(c["size"] for c in before)
    short = right - before[-1]["x1"] > size * 0.3 or before[-1]["text"].isspace()
    return short or before[-1]["text"] in _ENDS or text.lstrip("\u3000 ").startswith(_STARTS)


def _inside(ch: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _clip_box(obj: Any, height: float) -> tuple[float, float, float, float] | None:
    """The box a text object is clipped to (x0, top, x1, bottom), or None."""
    import ctypes

    import pypdfium2.raw as raw

    clip = raw.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return None
    xs: list[float] = []
    ys: list[float] = []
    for path in range(raw.FPDFClipPath_CountPaths(clip)):
        for n in range(raw.FPDFClipPath_CountPathSegments(clip, path)):
            segment = raw.FPDFClipPath_GetPathSegment(clip, path, n)
            x, y = ctypes.c_float(), ctypes.c_float()
            raw.FPDFPathSegment_GetPoint(segment, x, y)
            xs.append(x.value)
            ys.append(y.value)
    if not xs:
        return None
    return min(xs), height - max(ys), max(xs), height - min(ys)


def hidden_chars(path: str | Path) -> list[set[tuple[str, int, int]]]:
    """Per page, the characters drawn outside their clipping path (text, x, y in half points):
    Excel prints a merged cell cut by a page break whole on each page, clipped to the part of
    the cell on that page; pdfplumber sees the clipped-away text too."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    out: list[set[tuple[str, int, int]]] = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        for page in pdf:
            height = page.get_height()
            text_page = page.get_textpage()
            hidden: set[tuple[str, int, int]] = set()
            clips: dict[int, tuple[float, float, float, float] | None] = {}
            for i in range(text_page.count_chars()):
                obj = raw.FPDFText_GetTextObject(text_page.raw, i)
                if not obj:
                    continue
                key = ctypes.cast(obj, ctypes.c_void_p).value or 0
                if key not in clips:
                    clips[key] = _clip_box(obj, height)
                clip = clips[key]
                if clip is None:
                    continue
                box = raw.FS_RECTF()
                raw.FPDFText_GetLooseCharBox(text_page.raw, i, box)
                cx, cy = (box.left + box.right) / 2, height - (box.top + box.bottom) / 2
                if not (clip[0] - 1 <= cx <= clip[2] + 1 and clip[1] - 1 <= cy <= clip[3] + 1):
                    ch = chr(raw.FPDFText_GetUnicode(text_page.raw, i))
                    hidden.add((ch, round(cx / 2), round(cy / 2)))
            out.append(hidden)
            text_page.close()
            page.close()
    finally:
        pdf.close()
    return out


def _is_hidden(ch: dict[str, Any], hidden: set[tuple[str, int, int]]) -> bool:
    if not hidden:
        return False
    cx, cy = round((ch["x0"] + ch["x1"]) / 4), round((ch["top"] + ch["bottom"]) / 4)
    return any((ch["text"], cx + dx, cy + dy) in hidden for dx in (-1, 0, 1) for dy in (-1, 0, 1))


def _ruled(edges: list[dict[str, Any]], y: float, x0: float, x1: float) -> bool:
    """Whether a printed rule runs along ``y`` under most of ``x0..x1``."""
    covered = sum(
        max(0.0, min(e["x1"], x1) - max(e["x0"], x0)) for e in edges if abs(e["top"] - y) <= EDGE
    )
    return covered >= (x1 - x0) * 0.8


def read_pdf(path: str | Path) -> Grid:
    """Every page's tables and lines of the PDF at ``path`` as one grid."""
    import pdfplumber

    _quiet()
    boxes: list[_Box] = []
    loose: list[tuple[int, float, str, int]] = []  # page, top, text, line number
    x_edges: list[float] = []
    hidden = hidden_chars(path)
    with pdfplumber.open(str(path)) as pdf:
        creator = str((pdf.metadata or {}).get("Creator", ""))
        writer = any(name in creator for name in ("Writer", "Word"))
        seen_text = False
        for pno, page in enumerate(pdf.pages, 1):
            unseen = hidden[pno - 1] if pno <= len(hidden) else set()
            seen_text = seen_text or bool(page.chars)
            chars = [c for c in page.chars if not _is_hidden(c, unseen)]
            rules = [e for e in page.edges if e["orientation"] == "h"]
            uprights = [e for e in page.edges if e["orientation"] == "v"]
            settings: dict[str, Any] = {}
            if uprights:  # close the cells a page break cut open
                top = min(e["top"] for e in uprights)
                bottom = max(e["bottom"] for e in uprights)
                settings["explicit_horizontal_lines"] = [top, bottom]
            taken: set[int] = set()
            for tno, table in enumerate(page.find_tables(settings), 1):
                for cell in table.cells:
                    inside = [c for c in chars if _inside(c, cell)]
                    taken.update(id(c) for c in inside)
                    text, joined = cell_text(inside, cell[0], cell[2], writer=writer)
                    box = _Box(pno, tno, *cell, text=text, joined=joined, tail=_tail(inside, cell))
                    box.open_top = not _ruled(rules, cell[1], cell[0], cell[2])
                    box.open_bottom = not _ruled(rules, cell[3], cell[0], cell[2])
                    boxes.append(box)
                    x_edges += [cell[0], cell[2]]
            rest = [c for c in chars if id(c) not in taken]
            for n, line in enumerate(_lines(rest), 1):
                text = "".join(c["text"] for c in line).strip()
                if text:
                    loose.append((pno, line[0]["top"], text, n))
    if not seen_text:
        from models.foreign.form import NotAForm

        raise NotAForm(
            tr(
                "PDF に文字がありません（画像だけの PDF、スキャンした PDF は読めません）",
                "the PDF has no text (a PDF of images only, a scan, cannot be read)",
            )
        )
    return _grid(boxes, loose, _cluster(x_edges))


def _quiet() -> None:
    """The PDF libraries' complaints about a damaged file go to their loggers; the refusal
    says what went wrong, so they are not printed beside it."""
    import logging

    for name in ("pdfminer", "pypdf"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def _grid(boxes: list[_Box], loose: list[tuple[int, float, str, int]], xs: list[float]) -> Grid:
    """Rows in page order: each table's rows (by its own y edges) and each loose line, by
    where they stand on the page; then cells cut by a page break joined again."""
    items: list[tuple[int, float, str, Any]] = []
    tables: dict[tuple[int, int], list[_Box]] = {}
    for box in boxes:
        tables.setdefault((box.page, box.table), []).append(box)
    for (page, _), group in tables.items():
        items.append((page, min(b.top for b in group), "table", group))
    for page, top, text, n in loose:
        items.append((page, top, "line", (text, n)))
    items.sort(key=lambda i: (i[0], i[1]))
    cells: list[GridCell] = []
    row = 0
    previous: list[tuple[GridCell, _Box]] = []  # the last table's cells, for continuations
    previous_page = 0
    for page, _top, kind, payload in items:
        if kind == "line":
            text, n = payload
            if not _PAGE_NUMBER.match(text):
                cells.append(GridCell(row, 0, row, 0, text, f"page {page} line {n}"))
                row += 1
            continue
        members: list[_Box] = payload
        ys = _cluster([b.top for b in members] + [b.bottom for b in members])
        placed: list[tuple[GridCell, _Box]] = []
        for box in members:
            r0, r1 = _index(ys, box.top), _index(ys, box.bottom) - 1
            c0, c1 = _index(xs, box.x0), _index(xs, box.x1) - 1
            source = f"page {page} table {box.table} row {r0 + 1} col {c0 + 1}"
            cell = GridCell(
                row + r0, c0, row + max(r1, r0), max(c1, c0), box.text, source, joined=box.joined
            )
            placed.append((cell, box))
        carried: list[tuple[GridCell, _Box]] = []
        if page > previous_page and previous:
            cells, placed, carried = _stitch(cells, previous, placed)
            cells, placed, split = _split_row(cells, previous, placed)
            carried += split
            cells, placed = _at_page_break(cells, previous, placed)
        cells += [cell for cell, _ in placed]
        previous, previous_page = placed + carried, page
        row += max(len(ys) - 1, 1)
    return Grid("pdf", cells)


def _stitch(
    cells: list[GridCell],
    previous: list[tuple[GridCell, _Box]],
    placed: list[tuple[GridCell, _Box]],
) -> tuple[list[GridCell], list[tuple[GridCell, _Box]], list[tuple[GridCell, _Box]]]:
    """A cell a page break cut (open at the foot of one page, open at the head of the next,
    under the same columns) is one cell: its text is joined, its rows run on. Returns the
    cells, the new page's cells left, and the cells grown (which may run on further)."""
    if not previous:
        return cells, placed, []
    ending = {(c.col, c.last_col): c for c, box in previous if box.open_bottom}
    keep: list[tuple[GridCell, _Box]] = []
    grown_now: list[tuple[GridCell, _Box]] = []
    for cell, box in placed:
        above = ending.get((cell.col, cell.last_col)) if box.open_top else None
        if above is None:
            keep.append((cell, box))
            continue
        text = above.text
        if cell.text and cell.text != above.text:
            text = f"{above.text}{cell.text}" if above.text else cell.text
        grown = GridCell(
            above.row,
            above.col,
            cell.last_row,
            above.last_col,
            text,
            above.source,
            above.number,
            above.joined or bool(cell.text and above.text and cell.text != above.text),
        )
        cells = [grown if c is above else c for c in cells]
        ending[(cell.col, cell.last_col)] = grown
        grown_now.append((grown, box))
    return cells, keep, grown_now


def _tail(chars: list[dict[str, Any]], cell: tuple[float, float, float, float]) -> str:
    """How a cell's text would go on in the part of it after a page break: straight on after
    a line that fills the cell, after an empty line when one stands under the last line."""
    lines = _lines(chars)
    if not lines:
        return "\n"
    last = lines[-1]
    size = max(c["size"] for c in last)
    if cell[3] - max(c["bottom"] for c in last) >= size:
        return "\n\n"
    left = min(line[0]["x0"] for line in lines)
    return "" if cell[2] - max(left - cell[0], 0.5) - last[-1]["x1"] < size * 1.6 else "\n"


def _split_row(
    cells: list[GridCell],
    previous: list[tuple[GridCell, _Box]],
    placed: list[tuple[GridCell, _Box]],
) -> tuple[list[GridCell], list[tuple[GridCell, _Box]], list[tuple[GridCell, _Box]]]:
    """A row a word processor split over a page break, each part ruled: the first row of the
    new page has the columns of the last one before it, and its heading cell (the first of
    that row with text before the break) is empty after it. Its cells are joined to those
    above (the text run on, as a guess); the cells grown are returned to run on further."""
    bottom = max((c.last_row for c, _ in previous), default=-1)
    top = min((c.row for c, _ in placed), default=-1)
    above = {(c.col, c.last_col): c for c, _ in previous if c.last_row == bottom}
    below = [(c, box) for c, box in placed if c.row == top]
    if not below or set(above) != {(c.col, c.last_col) for c, _ in below}:
        return cells, placed, []
    heading = next(
        (c for c in sorted(above.values(), key=lambda c: c.col) if c.row == bottom and not c.blank),
        None,
    )
    by_span = {(c.col, c.last_col): c for c, _ in below}
    if heading is None or not by_span[(heading.col, heading.last_col)].blank:
        return cells, placed, []
    if all(c.blank for c, _ in below):
        return cells, placed, []
    tails = {id(c): box.tail for c, box in previous}
    grown: list[tuple[GridCell, _Box]] = []
    replaced: dict[int, GridCell] = {}
    for cell, box in below:
        up = above[(cell.col, cell.last_col)]
        tail = tails.get(id(up), "\n")
        text = up.text + tail + cell.text if up.text and cell.text else up.text or cell.text
        new = GridCell(up.row, up.col, cell.last_row, up.last_col, text, up.source, up.number, True)
        replaced[id(up)] = new
        grown.append((new, box))
    cells = [replaced.get(id(c), c) for c in cells]
    taken = {id(c) for c, _ in below}
    return cells, [(c, box) for c, box in placed if id(c) not in taken], grown


def _at_page_break(
    cells: list[GridCell],
    previous: list[tuple[GridCell, _Box]],
    placed: list[tuple[GridCell, _Box]],
) -> tuple[list[GridCell], list[tuple[GridCell, _Box]]]:
    """The last row before a page break and the first after it may be one row of the form
    that the printer split (Word splits a tall row): their text is marked as a guess."""
    bottom = max((c.last_row for c, _ in previous), default=-1)
    last = {id(c) for c, _ in previous if c.last_row == bottom and c.text}
    cells = [_guessed(c) if id(c) in last else c for c in cells]
    top = min((c.row for c, _ in placed), default=-1)
    return cells, [(_guessed(c) if c.row == top and c.text else c, box) for c, box in placed]


def _guessed(cell: GridCell) -> GridCell:
    return GridCell(
        cell.row,
        cell.col,
        cell.last_row,
        cell.last_col,
        cell.text,
        cell.source,
        cell.number,
        True,
    )
