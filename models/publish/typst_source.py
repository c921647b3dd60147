"""The printed form as Typst source: A4 landscape, Japanese line breaking, the form's grid.

No user text is ever Typst markup: every string from the report goes into the source as a
Typst *string literal* (:func:`lit`: backslash, quote and control characters escaped), which
Typst shows as plain text — ``#``, ``$``, ``*``, ``_``, ``<``, ``@``, ``[``, ``]``, backticks and
``//`` included. Figures (:mod:`models.publish.figures`) go into unbreakable boxes; everything
else is broken by Typst's own Japanese line breaking (``lang: "ja"``).
"""

from __future__ import annotations

import re

from models.printed import Cell, Document, Field, Heading, Note, Section, Table
from models.publish import typst_fit
from models.publish.figures import split_figures

_UNBREAKABLE = 600  # characters: a row shorter than this is kept on one page
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_CONTROL = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
_TABLE = str.maketrans(_ESCAPES)


def lit(text: str) -> str:
    """``text`` as a Typst string literal (control characters as ``\\u{…}`` escapes)."""
    out = text.translate(_TABLE)
    if _CONTROL.search(out):
        out = _CONTROL.sub(lambda m: f"\\u{{{ord(m.group()):x}}}", out)
    return '"' + out + '"'


def text(value: str) -> str:
    """Content for ``value``: lines joined by line breaks, figures kept whole."""
    parts: list[str] = []
    for i, line in enumerate(value.split("\n")):
        if i:
            parts.append("linebreak()")
        for run, figure in split_figures(line):
            parts.append(f"box({lit(run)})" if figure else lit(run))
    if not parts:
        return "[]"
    return "[#" + "#".join(parts) + "]" if len(parts) > 1 else f"[#{parts[0]}]"


def _para(content: str) -> str:
    """``content`` as a paragraph: Typst keeps a paragraph's layout for a given width and page
    height, so a row measured and then laid out in the same page shapes its text once."""
    return f"par({content})"


def _cell(cell: Cell, keep: bool) -> str:
    args = []
    if cell.rowspan > 1:
        args.append(f"rowspan: {cell.rowspan}")
    if cell.colspan > 1:
        args.append(f"colspan: {cell.colspan}")
    if cell.header:
        args.append("fill: luma(235)")
        args.append("align: center + horizon")
    if cell.numeric:
        args.append("align: right + horizon")
    if keep:
        args.append("breakable: false")
    body = f"box({lit(cell.text)})" if cell.numeric else text(cell.text)
    # an unbreakable row is measured at an unbounded height: a paragraph's layout would not
    # be reused there, and costs more than plain text
    body = "[]" if not cell.text else f"[#{body}]" if keep else f"[#{_para(body)}]"
    return f"table.cell({', '.join(args)}){body}" if args else body


def _kept_together(grid: typst_fit.Grid, keep: list[bool], first: int) -> bool:
    """Whether Typst keeps every row from ``first`` on in one unbreakable group: a kept cell
    spanning them all, or kept merged cells chained to the last row (Typst's row groups)."""
    kept = [[k] * len(row) for row, k in zip(grid, keep, strict=True)]
    group = next(typst_fit.groups(grid, kept, first), None)
    return group == (first, len(grid) - 1, True)


def table(t: Table, width: float = typst_fit.PAGE_WIDTH) -> str:
    """``t`` as a Typst table ``width`` pt wide (the page's, or a row table's content column)."""
    grid = t.cells()
    widths = t.widths or tuple(1.0 for _ in range(t.columns))
    columns = ", ".join(f"{w:g}fr" for w in widths)
    # a row is kept on one page unless its text is long (a long excerpt may break)
    keep = [sum(len(c.text) for c in row) < _UNBREAKABLE for row in grid]
    heights = typst_fit.row_heights(t, width)
    whole = _kept_together(grid, keep, t.header_rows) and typst_fit.fits_page(heights)
    kept = [[k and not whole] * len(row) for row, k in zip(grid, keep, strict=True)]
    if not whole:  # and no group of rows kept whole may be taller than a page
        kept = typst_fit.kept_on_a_page(t, heights, kept)
    head = ", ".join(_cell(c, True) for row in grid[: t.header_rows] for c in row)
    body = ", ".join(
        _cell(c, kept[r][i])
        for r, row in enumerate(grid)
        if r >= t.header_rows
        for i, c in enumerate(row)
    )
    header = f"table.header({head}), " if head else ""
    out = f"table(columns: ({columns},), {header}{body})"
    # Typst keeps such a table on one page anyway; as one unbreakable block of breakable rows
    # it breaks pages alike, but measures each row at the page's height, as it lays it out
    # (the paragraphs' layouts reused), not at an unbounded one
    return f"block(breakable: false, {out})" if whole else out


def _note(note: Note) -> str:
    return f"grid(columns: (auto, 1fr), column-gutter: 0.5em, {lit(note.mark)}, {text(note.text)})"


def block(b: object, width: float = typst_fit.PAGE_WIDTH) -> str:
    """One block as a Typst expression yielding content (``width``: the space it has, in pt)."""
    if isinstance(b, Table):
        return table(b, width)
    if isinstance(b, Heading):
        return f"strong({text(b.text)})"
    if isinstance(b, Field):
        return (
            "grid(columns: (auto, 1fr), column-gutter: 1em, "
            f"strong({text(b.label)}), {text(b.text)})"
        )
    if isinstance(b, Note):
        return _note(b)
    return _para(text(str(b)))


def _content(section: Section, width: float = typst_fit.PAGE_WIDTH) -> str:
    items = ", ".join(block(b, width) for b in section.blocks)
    return f"stack(spacing: 0.6em, {items})" if section.blocks else "[]"


_IN_ROWS = typst_fit.PAGE_WIDTH - typst_fit.ROW_LABELS - 8  # a row table's content column
_LABEL = "fill: luma(235), align: left + horizon"


def _rows(run: list[Section]) -> str:
    """Consecutive row sections as one table: [group |] label | content."""
    cells: list[str] = []
    i = 0
    while i < len(run):
        section = run[i]
        if section.group:
            n = 1
            while i + n < len(run) and run[i + n].group == section.group:
                n += 1
            cells.append(f"table.cell(rowspan: {n}, {_LABEL}, {text(section.group)})")
            for s in run[i : i + n]:
                cells += [
                    f"table.cell({_LABEL}, {_para(text(s.title))})",
                    f"[#{_content(s, _IN_ROWS)}]",
                ]
            i += n
        else:
            label = f"table.cell(colspan: 2, {_LABEL}, {_para(text(section.title))})"
            cells += [label, f"[#{_content(section, _IN_ROWS)}]"]
            i += 1
    return f"table(columns: (1.6em, 9em, 1fr), {', '.join(cells)})"


def _title(section: Section) -> str:
    lines = [f'align(center, text(size: 14pt, weight: "bold", {text(section.title)}))']
    lines += [f"align(right, {text(str(b))})" for b in section.blocks]
    return "\n".join(f"#{line}" for line in lines)


# Characters the font shapes alike whatever script a run is given: Latin, Greek, Cyrillic, the
# symbols, kana, CJK ideographs and full-width forms. Typst, left to itself, cuts text into a
# run at every change of Unicode script; Japanese changes between Han, hiragana and katakana
# every few characters, so a paragraph becomes dozens of runs, each shaped on its own (a fifth
# of the compile's CPU). Named once, the script leaves one run per line direction. Any other
# character (Arabic, Indic, Thai, combining marks, emoji …) may need its own script's shaping:
# then Typst chooses, as before.
_ONE_SCRIPT = re.compile(
    "[\x00-\u024f\u0370-\u04ff\u2000-\u20cf\u2100-\u2bff\u3000-\u9fff\uf900-\ufaff\uff00-\uffef"
    "\U00020000-\U0003ffff]*"
)

_PREAMBLE = """#set document(title: {title}, date: none)
#set page(paper: "a4", flipped: true, margin: (x: 12mm, y: 12mm),
  footer: context align(center, text(size: 8pt, counter(page).display("1 / 1", both: true))))
#set text(font: {font}, lang: "ja", region: "JP", size: 9pt, cjk-latin-spacing: none{script})
#set par(justify: false, leading: 0.55em, spacing: 0.6em)
#set table(stroke: 0.5pt, inset: (x: 4pt, y: 3pt), align: left + top)
"""


def typst_source(doc: Document, font: str) -> str:
    """The whole document as Typst source, with ``font`` as the text's font family."""
    out: list[str] = []
    run: list[Section] = []
    for section in doc.sections:
        if section.layout == "row":
            run.append(section)
            continue
        if run:
            out.append(f"#{_rows(run)}")
            run = []
        if section.layout == "title":
            out.append(_title(section))
        else:
            out.append(f"#v(0.4em)\n#{_content(section)}")
    if run:
        out.append(f"#{_rows(run)}")
    body = "\n".join(out)
    script = ', script: "hani"' if _ONE_SCRIPT.fullmatch(body) else ""
    return _PREAMBLE.format(title=lit(doc.title), font=lit(font), script=script) + body + "\n"
