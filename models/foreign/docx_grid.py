"""A Word document's form as a :class:`~models.foreign.grid.Grid` (python-docx's XML).

The body is read in order: a paragraph is a row of one cell (``paragraph 12``), a table its rows
(``table 1 row 7 col 3``, counted from 1 over the table's grid columns). Merged cells are merged
here too: a cell spans the grid columns of its ``w:gridSpan``, and a ``w:vMerge`` continuation
extends the cell above it down. A cell's text is its paragraphs one a line (``w:br`` a line
break, ``w:tab`` a tab); a table inside a cell adds its cells' text as lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from models.foreign.grid import Grid, GridCell

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_T, _BR, _TAB, _CR = qn("w:t"), qn("w:br"), qn("w:tab"), qn("w:cr")
_VAL = qn("w:val")


def paragraph_text(p: Any) -> str:
    out = []
    for node in p.iter():
        if node.tag == _T:
            out.append(node.text or "")
        elif node.tag in (_BR, _CR):
            out.append("\n")
        elif node.tag == _TAB:
            out.append("\t")
    return "".join(out)


def _cell_text(tc: Any) -> str:
    lines = []
    for child in tc.iterchildren():
        if child.tag == _P:
            lines.append(paragraph_text(child))
        elif child.tag == _TBL:
            for inner in child.iter(_TC):
                lines.extend(paragraph_text(p) for p in inner.iterchildren(_P))
    return "\n".join(lines)


def _prop(tc: Any, name: str) -> Any:
    pr = tc.find(qn("w:tcPr"))
    return None if pr is None else pr.find(qn(name))


class _Builder:
    def __init__(self) -> None:
        self.cells: list[GridCell] = []
        self.row = 0

    def paragraph(self, p: Any, n: int) -> None:
        text = paragraph_text(p)
        self.cells.append(GridCell(self.row, 0, self.row, 0, text, f"paragraph {n}"))
        self.row += 1

    def table(self, tbl: Any, n: int) -> None:
        above: dict[int, int] = {}  # grid column -> index in cells of the cell open there
        for r, tr in enumerate(tbl.iterchildren(_TR)):
            col = 0
            before = tr.find(qn("w:trPr"))
            if before is not None and (gb := before.find(qn("w:gridBefore"))) is not None:
                col = int(gb.get(_VAL, "0"))
            for tc in tr.iterchildren(_TC):
                span_el = _prop(tc, "w:gridSpan")
                span = int(span_el.get(_VAL, "1")) if span_el is not None else 1
                merge = _prop(tc, "w:vMerge")
                carried = merge is not None and merge.get(_VAL, "continue") == "continue"
                if carried and col in above:
                    i = above[col]
                    old = self.cells[i]
                    self.cells[i] = GridCell(
                        old.row, old.col, self.row, old.last_col, old.text, old.source
                    )
                else:
                    source = f"table {n} row {r + 1} col {col + 1}"
                    cell = GridCell(self.row, col, self.row, col + span - 1, _cell_text(tc), source)
                    above[col] = len(self.cells)
                    self.cells.append(cell)
                col += span
            self.row += 1


def read_docx(path: str | Path) -> Grid:
    """The body of the Word document at ``path`` as a grid."""
    from docx import Document

    body = Document(str(path)).element.body
    build = _Builder()
    paragraphs = tables = 0
    for child in body.iterchildren():
        if child.tag == _P:
            paragraphs += 1
            build.paragraph(child, paragraphs)
        elif child.tag == _TBL:
            tables += 1
            build.table(child, tables)
    return Grid("docx", build.cells)
