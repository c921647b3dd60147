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
from pathlib import Path
from typing import Any

from models.foreign.grid import Grid, GridCell

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
    row: int = 0
    last_row: int = 0
    local_row: int = 0
    local_col: int = 0


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


def _line_text(line: list[dict[str, Any]], left: float) -> str:
    size = max(c["size"] for c in line)
    indent = int((line[0]["x0"] - left) / size + 0.25)
    out = ["\u3000" * max(indent, 0)]
    for prev, ch in zip([None, *line], line, strict=False):
        if prev is not None:
            gap = ch["x0"] - prev["x1"]
            if gap > size * 0.75 and (_wide(prev["text"]) or _wide(ch["text"])):
                out.append("\u3000" * int(gap / size + 0.25))
            elif gap > size * 0.2:
                out.append(" " * max(1, int(gap / (size * 0.5) + 0.25)))
        out.append(ch["text"])
    return "".join(out)


def cell_text(chars: list[dict[str, Any]], x0: float, x1: float) -> tuple[str, bool]:
    """The text of a cell between ``x0`` and ``x1`` from its characters, and whether a line
    break had to be guessed."""
    lines = _lines(chars)
    if not lines:
        return "", False
    left = min(line[0]["x0"] for line in lines)
    pad = max(left - x0, 0.5)
    right = x1 - pad
    texts: list[str] = []
    joined = False
    wrapped_last = False
    for line in lines:
        text = _line_text(line, left)
        if wrapped_last and texts:
            texts[-1] += text.lstrip("\u3000") if not text.startswith("\u3000\u3000") else text
        else:
            texts.append(text)
        size = max(c["size"] for c in line)
        reaches = right - line[-1]["x1"] < size * 1.6
        wrapped_last = reaches and line is not lines[-1]
        if wrapped_last and line[-1]["text"] in _ENDS:
            joined = True
    return "\n".join(t.rstrip() for t in texts), joined


def _inside(ch: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def read_pdf(path: str | Path) -> Grid:
    """Every page's tables and lines of the PDF at ``path`` as one grid."""
    import pdfplumber

    boxes: list[_Box] = []
    loose: list[tuple[int, float, str, int]] = []  # page, top, text, line number
    x_edges: list[float] = []
    with pdfplumber.open(str(path)) as pdf:
        for pno, page in enumerate(pdf.pages, 1):
            chars = page.chars
            tables = page.find_tables()
            taken: set[int] = set()
            for tno, table in enumerate(tables, 1):
                for cell in table.cells:
                    inside = [c for c in chars if _inside(c, cell)]
                    taken.update(id(c) for c in inside)
                    text, joined = cell_text(inside, cell[0], cell[2])
                    boxes.append(_Box(pno, tno, *cell, text=text, joined=joined))
                    x_edges += [cell[0], cell[2]]
            rest = [c for c in chars if id(c) not in taken]
            for n, line in enumerate(_lines(rest), 1):
                text = "".join(c["text"] for c in line).strip()
                if text:
                    loose.append((pno, line[0]["top"], text, n))
    return _grid(boxes, loose, _cluster(x_edges))


def _grid(boxes: list[_Box], loose: list[tuple[int, float, str, int]], xs: list[float]) -> Grid:
    """Rows in page order: each table's rows (by its own y edges) and each loose line, by
    where they stand on the page; then continuations across pages merged."""
    items: list[tuple[int, float, str, Any]] = []
    tables: dict[tuple[int, int], list[_Box]] = {}
    for box in boxes:
        tables.setdefault((box.page, box.table), []).append(box)
    for (page, _), members in tables.items():
        items.append((page, min(b.top for b in members), "table", members))
    for page, top, text, n in loose:
        items.append((page, top, "line", (text, n)))
    items.sort(key=lambda i: (i[0], i[1]))
    cells: list[GridCell] = []
    row = 0
    previous: list[GridCell] = []  # the last table's cells, for continuations
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
        placed: list[GridCell] = []
        for box in members:
            r0, r1 = _index(ys, box.top), _index(ys, box.bottom) - 1
            c0, c1 = _index(xs, box.x0), _index(xs, box.x1) - 1
            source = f"page {page} table {box.table} row {r0 + 1} col {c0 + 1}"
            placed.append(
                GridCell(
                    row + r0,
                    c0,
                    row + max(r1, r0),
                    max(c1, c0),
                    box.text,
                    source,
                    joined=box.joined,
                )
            )
        height = len(ys) - 1
        if page > previous_page:
            cells, placed = _stitch(cells, previous, placed, row)
        cells += placed
        previous, previous_page = placed, page
        row += max(height, 1)
    return Grid("pdf", cells)


def _stitch(
    cells: list[GridCell], previous: list[GridCell], placed: list[GridCell], top: int
) -> tuple[list[GridCell], list[GridCell]]:
    """A cell at the top of a page's table under the same columns as a cell reaching the
    foot of the previous page's table, repeating its text or empty, continues it."""
    if not previous:
        return cells, placed
    bottom = max(c.last_row for c in previous)
    ending = {(c.col, c.last_col): c for c in previous if c.last_row == bottom}
    keep: list[GridCell] = []
    for cell in placed:
        above = ending.get((cell.col, cell.last_col)) if cell.row == top else None
        if above is not None and (cell.blank or cell.text == above.text) and above.text:
            grown = GridCell(
                above.row,
                above.col,
                cell.last_row,
                above.last_col,
                above.text,
                above.source,
                above.number,
                above.joined,
            )
            cells = [grown if c is above else c for c in cells]
            ending[(cell.col, cell.last_col)] = grown
            continue
        keep.append(cell)
    return cells, keep
