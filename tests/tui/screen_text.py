"""The screen as text, read from an exported screenshot: what a terminal would show, cell by
cell (a wide character takes two cells; the cell after it holds ``""``)."""

from __future__ import annotations

import html
import re

from rich.cells import get_character_cell_size
from textual.app import App
from textual.geometry import Region

_TEXT = re.compile(r'<text[^>]*?x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>')
CELL, LINE, TOP = 12.2, 24.4, 20.0  # a cell's width, a line's height, the first baseline


def screen_cells(app: App[object]) -> list[list[str]]:
    """Each row of the screen as a list of cells."""
    width, height = app.size
    svg = app.export_screenshot()
    rows = [[" "] * width for _ in range(height)]
    for x, y, text in _TEXT.findall(svg):
        line = round((float(y) - TOP) / LINE)
        if not 0 <= line < height:
            continue
        row = rows[line]
        column = round(float(x) / CELL)
        for ch in html.unescape(re.sub("<[^>]+>", "", text)).replace("\xa0", " "):
            size = get_character_cell_size(ch)
            if column + size <= width:
                row[column] = ch
                if size == 2:
                    row[column + 1] = ""
            column += size
    return rows


def screen_lines(app: App[object]) -> list[str]:
    """The terminal's lines as the screenshot shows them."""
    return ["".join(row) for row in screen_cells(app)]


def region_text(app: App[object], region: Region) -> list[str]:
    """The text on screen inside ``region``, row by row; a wide character half inside it is
    left out."""
    rows = screen_cells(app)
    out = []
    for y in range(region.y, region.bottom):
        row = rows[y]
        cut = row[region.x : region.right]
        if cut and cut[0] == "":  # the right half of a wide character
            cut = cut[1:]
        if region.right < len(row) and row[region.right] == "":
            cut = cut[:-1]  # a wide character's left half at the edge
        out.append("".join(cut))
    return out
