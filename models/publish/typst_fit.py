"""Whether a table surely fits on one page of the PDF: an upper bound of its height.

The Typst source (:mod:`models.publish.typst_source`) sets a table that Typst would keep on one
page anyway as one unbreakable block: the same page breaks, less layout work — but only when
the table is shorter than a page, since a taller one is laid out differently inside a block
(its last row cut short instead of running into the margin). The bound is generous: every
character as wide as a full-width one, a character left over per line (line-breaking rules),
figures and Latin words kept whole, lines of 1.4 em (Typst's are 1.28 em), at most 85 % of the
page. A table it rejects is set as before."""

from __future__ import annotations

import re
from collections.abc import Iterator

from models.printed import Cell, Table
from models.publish.figures import split_figures

FONT = 9.0  # pt, the text's size in the preamble
PAGE_WIDTH = 297 / 25.4 * 72 - 2 * 12 / 25.4 * 72  # A4 landscape less 12 mm margins, in pt
PAGE_HEIGHT = 210 / 25.4 * 72 - 2 * 12 / 25.4 * 72
ROW_LABELS = 10.6 * FONT  # the row tables' label columns (1.6em + 9em)
_INSET_X = 2 * 4.0  # pt, a cell's left and right inset
_ROW = 2 * 3.0 + 1.0  # pt, a row's top and bottom inset and its rule
_LINE = 1.4 * FONT  # pt per line, more than Typst's (cap height and 0.55 em of leading)
_SLACK = 1  # character a line may leave unused (no line starts with 、。）…)
_WORDS = re.compile(r"[A-Za-z0-9]+|.", re.DOTALL)
_SHARE = 0.85  # of the page height, the most a table may be estimated at


def _tokens(line: str) -> list[int]:
    """The lengths of the runs a line may not be broken inside: figures, Latin words, and
    every other character alone."""
    out: list[int] = []
    for run, figure in split_figures(line):
        if figure:
            out.append(len(run))
            continue
        out += [len(word) if word.isascii() else 1 for word in _WORDS.findall(run)]
    return out


def _lines(text: str, width: float) -> int:
    """Lines of ``text`` in a cell ``width`` pt wide, filled greedily one run at a time."""
    per_line = max(1, int(width // FONT) - _SLACK)
    count = 0
    for line in text.split("\n"):
        count += 1
        used = 0
        for size in _tokens(line):
            if used and used + size > per_line:
                count += 1
                used = 0
            while size > per_line:  # longer than a line: Typst breaks it anyway
                count += 1
                size -= per_line
            used += size
    return count


def _height(cell: Cell, width: float) -> float:
    return _lines(cell.text, width) * _LINE + _ROW


def row_heights(t: Table, width: float) -> list[float]:
    """An upper bound of each row's height when ``t`` is ``width`` pt wide (see the module).

    Rows are as tall as their tallest single-row cell; a merged cell taller than the rows it
    spans makes the last of them taller, as Typst does."""
    widths = t.widths or tuple(1.0 for _ in range(t.columns))
    unit = width / sum(widths)
    grid = t.cells()
    heights = [0.0] * len(grid)
    spans: list[tuple[int, int, float]] = []  # (last row, first row, height) of merged cells
    taken: set[tuple[int, int]] = set()  # positions covered by merged cells from rows above
    for r, row in enumerate(grid):
        x = 0
        for cell in row:
            while (r, x) in taken:
                x += 1
            taken.update(
                (r + dr, x + dc) for dr in range(1, cell.rowspan) for dc in range(cell.colspan)
            )
            height = _height(cell, sum(widths[x : x + cell.colspan]) * unit - _INSET_X)
            last = min(r + cell.rowspan, len(grid)) - 1
            if last == r:
                heights[r] = max(heights[r], height)
            else:
                spans.append((last, r, height))
            x += cell.colspan
    for last, first, height in sorted(spans):
        heights[last] += max(0.0, height - sum(heights[first : last + 1]))
    return heights


def fits_page(heights: list[float]) -> bool:
    """Whether a table of rows ``heights`` (:func:`row_heights`) is surely shorter than a page."""
    return sum(heights) <= _SHARE * PAGE_HEIGHT


Grid = tuple[tuple[Cell, ...], ...]


def groups(grid: Grid, kept: list[list[bool]], first: int) -> Iterator[tuple[int, int, bool]]:
    """Typst's row groups from row ``first`` on: (first row, last row, whether any cell of it
    is kept whole). A kept cell spanning rows ties them into one group, which Typst never
    breaks across pages; a row with a kept cell is a group of its own at least."""
    r = first
    while r < len(grid):
        reach, y, any_kept = r, r, False
        while y <= reach:
            for cell, keep in zip(grid[y], kept[y], strict=True):
                if keep:
                    any_kept = True
                    reach = max(reach, min(len(grid), y + cell.rowspan) - 1)
            y += 1
        yield r, reach, any_kept
        r = reach + 1


def kept_on_a_page(t: Table, heights: list[float], kept: list[list[bool]]) -> list[list[bool]]:
    """``kept`` (per cell, whether it is kept whole), with cells let go until every row group
    is surely shorter than a page under the repeated header: Typst lays a group taller than a
    page past the bottom margin and off the paper. The cells spanning most rows go first (the
    施策目標 beside every indicator: then each indicator stays whole), then a row's own.
    ``heights`` are the rows' (:func:`row_heights`)."""
    grid = t.cells()
    room = _SHARE * PAGE_HEIGHT - sum(heights[: t.header_rows])
    kept = [list(row) for row in kept]
    tall = True
    while tall:
        tall = False
        for a, b, any_kept in groups(grid, kept, t.header_rows):
            if not any_kept or sum(heights[a : b + 1]) <= room:
                continue
            cells = [(y, i) for y in range(a, b + 1) for i in range(len(grid[y])) if kept[y][i]]
            longest = max(grid[y][i].rowspan for y, i in cells)
            for y, i in cells:
                if grid[y][i].rowspan == longest or a == b:
                    kept[y][i] = False
            tall = True
            break
    return kept
