"""The printed form as Typst source: A4 landscape, the form's frame, pages and lines decided here.

The document is laid out as the form's frame (:mod:`models.publish.frame`), broken into lines
and pages by :mod:`models.publish.pages` (hyoka's line breaker, the font's advances); Typst
sets each page as one table whose cells hold their lines as given (``linebreak()`` between
them), so Typst neither breaks a line nor a page itself. Typst's text is set so that a line is
one em tall (``top-edge``/``bottom-edge``), as the page arithmetic counts it. Typst compresses
full-width punctuation at the start of a line and between two punctuation marks (「１．「」
would lose half of 「．」); a zero-width box (``z``) before such a mark keeps it full width, as
the form prints it.

No user text is ever Typst markup: every string from the report goes into the source as a
Typst *string literal* (:func:`lit`: backslash, quote and control characters escaped), which
Typst shows as plain text — ``#``, ``$``, ``*``, ``_``, ``<``, ``@``, ``[``, ``]``, backticks and
``//`` included. The report's snapshot is attached to the PDF (``pdf.attach``) when the
document carries it.
"""

from __future__ import annotations

import re

from models.printed import Document
from models.publish import pages as paging
from models.publish.font_metrics import advances
from models.publish.fonts import Font
from models.publish.frame import GROUP_KIND, HEAD, LABEL_KIND, NUMBER, Frame, build_frame

_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"))
_CONTROL = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
_SPECIAL = re.compile('[\\\\"\x00-\x1f\x7f\ud800-\udfff]')

# full-width punctuation Typst narrows at a line's start or beside another one
_OPENING = "「『（【〔〈《［｛〖〘｟“‘"
_PUNCTUATION = _OPENING + "、。，．・：；」』）】〕〉》］｝〗〙｠”’"
_PAIR = re.compile(f"(?<=[{_PUNCTUATION}])(?=[{_PUNCTUATION}])")
_CODE = re.compile(f"(?:^|\n)[{_OPENING}]|[{_PUNCTUATION}][{_PUNCTUATION}]")  # needs a #z

_FILL = "luma(238)"
_ALIGN = {
    LABEL_KIND: "left + top",
    HEAD: "center + horizon",
    GROUP_KIND: "center + horizon",
    NUMBER: "right + horizon",
}


def lit(text: str) -> str:
    """``text`` as a Typst string literal (control characters as ``\\u{…}`` escapes)."""
    if not _SPECIAL.search(text):
        return '"' + text + '"'
    out = text
    for char, escaped in _ESCAPES:
        out = out.replace(char, escaped)
    if _CONTROL.search(out):
        out = _CONTROL.sub(lambda m: f"\\u{{{ord(m.group()):x}}}", out)
    return '"' + out + '"'


def _runs(lines: list[paging.Line]) -> list[tuple[bool, str]]:
    """``lines`` as runs of text (True) and of code (False): a newline between two lines (Typst
    breaks a line there), an indent as ``h()``, a zero-width box where Typst would narrow a
    punctuation mark (before an opening bracket that starts a line, between two marks)."""
    runs: list[tuple[bool, str]] = []
    for i, (text, indent) in enumerate(lines):
        if i:
            runs.append((True, "\n"))
        if indent:
            runs.append((False, f"#h({indent:.2f}pt)"))
        if text and text[0] in _OPENING:
            runs.append((False, "#z"))
        for j, run in enumerate(_PAIR.split(text) if _PAIR.search(text) else (text,)):
            if j:
                runs.append((False, "#z"))
            runs.append((True, run))
    return runs


def lines_content(lines: list[paging.Line]) -> str:
    """Content holding ``lines`` as given, each on a line of its own."""
    joined = "\n".join(text for text, _ in lines)
    if not (_CODE.search(joined) or any(indent for _, indent in lines)):
        return "[#" + lit(joined) + "]"
    out: list[str] = []
    text: list[str] = []
    for is_text, run in _runs(lines):
        if is_text:
            text.append(run)
            continue
        if text:
            out.append("#" + lit("".join(text)))
            text.clear()
        out.append(run)
    if text:
        out.append("#" + lit("".join(text)))
    return "[" + "".join(out) + "]"


def _cell(part: paging.Part) -> str:
    slot = part.slot
    args = [f"x: {slot.col}", f"y: {part.row}"]
    if slot.cols > 1:
        args.append(f"colspan: {slot.cols}")
    if part.rows > 1:
        args.append(f"rowspan: {part.rows}")
    if slot.kind in (LABEL_KIND, HEAD, GROUP_KIND):
        args.append(f"fill: {_FILL}")
    if slot.kind in _ALIGN:
        args.append(f"align: {_ALIGN[slot.kind]}")
    return f"table.cell({', '.join(args)}){lines_content(part.lines)}"


def _table(frame: Frame, page: paging.Page) -> str:
    columns = ", ".join(f"{w:.3f}pt" for w in frame.widths)
    cells = ", ".join(_cell(p) for p in sorted(page.parts, key=lambda p: (p.row, p.slot.col)))
    return f"#table(columns: ({columns},), {cells})"


def _title(title: list[str], under: list[str], height: float) -> str:
    text = "#linebreak()".join(f"#{lit(t)}" for t in title)
    parts = [
        f'#align(center, text(size: {paging.TITLE_SIZE}pt, weight: "bold", '
        f"top-edge: 1.1em, bottom-edge: -0.1em)[{text}])",
        *(f"#align(right)[#{lit(line)}]" for line in under),
    ]
    return f"#block(width: 100%, height: {height:.2f}pt)[{''.join(parts)}]"


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
#set text(font: {font}, lang: "ja", region: "JP", size: {size}pt, cjk-latin-spacing: none,
  top-edge: 0.88em, bottom-edge: -0.12em, overhang: false{script})
#set par(justify: false, leading: {leading}pt, spacing: 0pt)
#set block(spacing: 0pt)
#set table(stroke: 0.5pt, inset: (x: {inset_x}pt, y: {inset_y}pt), align: left + top)
#let z = box(width: 0pt)
"""


def _attachment(doc: Document) -> str:
    if not doc.snapshot:
        return ""
    return (
        f"#pdf.attach({lit(doc.key + '.toml')}, bytes({lit(doc.snapshot)}), "
        'mime-type: "application/toml", relationship: "source", '
        'description: "hyoka snapshot (hyoka/1)")\n'
    )


def laid_out(
    doc: Document, font: Font
) -> tuple[Frame, list[str], list[str], float, list[paging.Page]]:
    """``doc`` laid out in ``font``: its frame, the title's lines and those under it, their
    height, and the pages."""
    frame = build_frame(doc)
    adv = advances(font.path, font.family, paging.EM_SIZE)
    title, under = paging.title_lines(frame, advances(font.path, font.family, paging.TITLE_SIZE))
    top = paging.title_height(title, under)
    return frame, title, under, top, paging.paginate(frame, top, adv)


def typst_source(doc: Document, font: Font) -> str:
    """The whole document as Typst source, set in ``font``."""
    frame, title, under, top, pages = laid_out(doc, font)
    out: list[str] = []
    for i, page in enumerate(pages):
        if i:
            out.append("#pagebreak()")
        if i == 0 and top:
            out.append(_title(title, under, top))
        if page.rows:
            out.append(_table(frame, page))
        if page.notes:
            out.append(f"#v({paging.NOTES_GAP}pt)")
            out.append(f"#block(width: 100%){lines_content(page.notes)}")
    body = "\n".join(out)
    script = ', script: "hani"' if _ONE_SCRIPT.fullmatch(body) else ""
    head = _PREAMBLE.format(
        title=lit(doc.title),
        font=lit(font.family),
        size=paging.EM_SIZE,
        leading=paging.LEADING,
        inset_x=paging.INSET_X,
        inset_y=paging.INSET_Y,
        script=script,
    )
    return head + _attachment(doc) + body + "\n"
