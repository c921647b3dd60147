"""A published PDF read back as a reader sees it: its lines of text cell by cell, where they sit
on the page, and the table's ruled lines — for the tests of line and page breaking and of the
form's order.

Words and their boxes come from poppler's ``pdftotext -bbox-layout``; the rules from the page's
content stream (Typst draws each as ``q 1 0 0 -1 x y cm … 0 0 m w 0 l S``, a vertical one as
``… 0 0 m 0 h l S``). A word belongs to the cell of the rules around it; a cell's words on one
baseline make a line. Text outside the table (the title, the notes) keeps poppler's blocks.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

from models.publish.frame import GROUP, LABEL
from models.text.line_check import violations

MARGIN = 12 / 25.4 * 72  # the page's margins (models/publish/typst_source.py)
_NS = "{http://www.w3.org/1999/xhtml}"
_H = re.compile(r"q 1 0 0 -1 ([\d.]+) ([\d.]+) cm[^Q]*?0 0 m ([\d.]+) 0 l\s*S")
_V = re.compile(r"q 1 0 0 -1 ([\d.]+) ([\d.]+) cm[^Q]*?0 0 m 0 ([\d.]+) l\s*S")


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float  # top, from the page's top edge
    x1: float
    y1: float


@dataclass
class Line:
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        out, last = "", None
        for word in self.words:
            if last is not None and word.x0 - last > 0.5:
                out += " "
            out += word.text
            last = word.x1
        return out

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)


@dataclass
class Cell:
    top: float
    left: float
    lines: list[Line]


@dataclass
class PdfPage:
    width: float
    height: float
    cells: list[Cell]  # in reading order: by the cell's top rule, then its left rule
    rules: list[tuple[float, float, float]]  # horizontal rules: y (from the top), x from, x to

    def lines(self) -> list[Line]:
        return [line for cell in self.cells for line in cell.lines]

    def body_lines(self) -> list[Line]:
        """Every line but the page number in the bottom margin."""
        return [line for line in self.lines() if line.y1 <= self.height - MARGIN + 1]


def _rules(
    page: object, height: float
) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    stream = page.get_contents()  # type: ignore[attr-defined]
    data = stream.get_data().decode("latin-1") if stream is not None else ""
    horizontal = [
        (height - float(y), float(x), float(x) + float(w)) for x, y, w in _H.findall(data)
    ]
    vertical = [
        (float(x), height - float(y), height - float(y) + float(h)) for x, y, h in _V.findall(data)
    ]
    return sorted(horizontal), sorted(vertical)


def _cell_of(word: Word, horizontal: list, vertical: list) -> tuple[float, float] | None:
    cx, cy = (word.x0 + word.x1) / 2, (word.y0 + word.y1) / 2
    tops = [y for y, a, b in horizontal if a <= cx <= b and y <= cy]
    bottoms = [y for y, a, b in horizontal if a <= cx <= b and y >= cy]
    lefts = [x for x, a, b in vertical if a <= cy <= b and x <= cx]
    if not (tops and bottoms and lefts):
        return None
    return max(tops), max(lefts)


def read_pdf(path: Path) -> list[PdfPage]:
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    root = ET.fromstring(out)
    reader = PdfReader(path)
    pages = []
    for element, page in zip(root.iter(f"{_NS}page"), reader.pages, strict=True):
        height = float(element.get("height", 0))
        horizontal, vertical = _rules(page, height)
        cells: dict[tuple[float, float], list[Word]] = {}
        for b, block in enumerate(element.iter(f"{_NS}block")):
            for word in block.iter(f"{_NS}word"):
                box = [float(word.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax")]
                w = Word(word.text or "", *box)
                key = _cell_of(w, horizontal, vertical) or (w.y0, -1000.0 - b)
                cells.setdefault(key, []).append(w)
        found = []
        for (top, left), words in sorted(cells.items()):
            lines: list[Line] = []
            for w in sorted(words, key=lambda w: (round(w.y0, 1), w.x0)):
                if lines and abs(lines[-1].words[0].y0 - w.y0) < 1:
                    lines[-1].words.append(w)
                else:
                    lines.append(Line([w]))
            found.append(Cell(top, left, lines))
        pages.append(PdfPage(float(element.get("width", 0)), height, found, horizontal))
    return pages


def reading_order(pages: list[PdfPage]) -> str:
    """The text as a reader of the form takes it: page by page, cell by cell in the order of
    the cells' top rules, then their left ones (a heading centred in a tall row, a label beside
    several rows read where their cells begin); a cell's lines in order."""
    return "\n".join(line.text for page in pages for cell in page.cells for line in cell.lines)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def paragraph_starts(strings: list[str]) -> set[str]:
    """The first ten characters (squashed) of every paragraph of ``strings``."""
    return {_squash(p)[:10] for s in strings for p in s.split("\n") if _squash(p)}


def paragraphs(lines: list[Line], starts: set[str]) -> list[list[str]]:
    """A cell's lines cut into paragraphs: a line that begins a paragraph of the document
    (``starts``, from :func:`paragraph_starts`) begins a new one."""
    out: list[list[str]] = []
    for line in lines:
        head = _squash(line.text)[:10]
        if not out or (head and any(s.startswith(head) or head.startswith(s) for s in starts)):
            out.append([])
        out[-1].append(line.text)
    return out


def line_violations(pages: list[PdfPage], starts: set[str]) -> list[str]:
    """The line checker of the preview (:func:`models.text.line_check.violations`) over every
    paragraph of every cell of the PDF."""
    found = []
    for number, page in enumerate(pages, 1):
        for cell in page.cells:
            for lines in paragraphs(cell.lines, starts):
                found += [f"page {number}: {v}" for v in violations(lines)]
    return found


def half_empty_pages(pages: list[PdfPage]) -> list[int]:
    """Pages but the last whose text ends above the middle of the page's body."""
    out = []
    middle = MARGIN + (pages[0].height - 2 * MARGIN) / 2 if pages else 0.0
    for number, page in enumerate(pages[:-1], 1):
        lines = page.body_lines()
        if not lines or max(line.y1 for line in lines) < middle:
            out.append(number)
    return out


def orphaned_pages(pages: list[PdfPage]) -> list[int]:
    """Pages whose first row of the frame has an empty label cell: no text, in the label column,
    between the table's top rule and the first rule that crosses the label column."""
    out = []
    x = MARGIN + (GROUP + LABEL) / 2  # the middle of the label column, beside the group's
    for number, page in enumerate(pages, 1):
        crossing = sorted(y for y, x0, x1 in page.rules if x0 <= x <= x1)
        if len(crossing) < 2:
            continue
        top, bottom = crossing[0], crossing[1]
        left = [
            line
            for line in page.lines()
            if line.x0 < MARGIN + LABEL - 2 and line.y0 >= top - 1 and line.y1 <= bottom + 1
        ]
        if not left:
            out.append(number)
    return out


def text_below_margin(pages: list[PdfPage]) -> list[str]:
    """Text printed in the bottom margin, the page number aside."""
    return [
        line.text
        for page in pages
        for line in page.lines()
        if line.y1 > page.height - MARGIN + 1 and not re.fullmatch(r"\d+ / \d+", line.text)
    ]
