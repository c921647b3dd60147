"""HTML: one self-contained page for an intranet or a browser's print, in the form's layout.

Semantic tables (``<table>``, ``<thead>``, ``<th scope>``, ``rowspan``/``colspan``), ``lang="ja"``,
a print stylesheet (A4 landscape, header rows repeated, rows not split). The rows of the form as
the seed prints them: a label cell (``<th scope="row">``) with its text beside it, fields beside
a section's text on its row (分野, 作成責任者名). The face is the profile's class
(``Document.typeface``: a 明朝 or a ゴシック font stack). Every string is escaped with
:func:`html.escape`; figures and the other units the line breaker keeps whole (``（※３）``,
``＜アウトカム指標＞``) are ``<span class="fig">`` (never broken) and numeric cells
``class="num"`` (right-aligned). No clock, no random ids: same document, same bytes.
"""

from __future__ import annotations

from html import escape

from models.printed import Cell, Document, Field, Heading, Note, Section, Table
from models.publish.figures import split_figures

EXTENSION = "html"

FAMILIES = {
    "明朝": '"Noto Serif CJK JP", "Noto Serif JP", "IPAex明朝", "IPAexMincho", '
    '"Hiragino Mincho ProN", "Yu Mincho", "MS Mincho", serif',
    "ゴシック": '"Noto Sans CJK JP", "Noto Sans JP", "IPAexゴシック", "IPAexGothic", '
    '"Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif',
}

_STYLE = """
body { font-family: FAMILY; font-size: 10pt; line-height: 1.5; margin: 1.5em;
  line-break: strict; word-break: normal; overflow-wrap: anywhere; color: #000; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 0.2em; }
p.docid { text-align: right; margin: 0 0 0.5em; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.6em; }
th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { background: #ebebeb; font-weight: normal; }
thead th { text-align: center; vertical-align: middle; }
th.group { writing-mode: vertical-rl; text-align: center; width: 1.6em; }
th.label { width: 9em; }
th.beside { width: 7.2em; }
td.num { text-align: right; white-space: nowrap; }
.fig { white-space: nowrap; }
p { margin: 0 0 0.3em; }
table.field { margin: 0.3em 0 0; }
table.field th { width: 12em; }
.note { display: flex; gap: 0.5em; margin: 0 0 0.2em; }
.note > .mark { flex: none; }
h2.sub { font-size: 10pt; margin: 0.3em 0 0.1em; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 9pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
"""


def _text(value: str) -> str:
    lines = []
    for line in value.split("\n"):
        runs = split_figures(line)
        lines.append(
            "".join(f'<span class="fig">{escape(r)}</span>' if f else escape(r) for r, f in runs)
        )
    return "<br>".join(lines)


def _cell(cell: Cell, in_head: bool) -> str:
    attrs = ""
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    if cell.header:
        scope = "col" if in_head else "row"
        return f'<th scope="{scope}"{attrs}>{_text(cell.text)}</th>'
    if cell.numeric:
        return f'<td class="num"{attrs}>{escape(cell.text)}</td>'
    return f"<td{attrs}>{_text(cell.text)}</td>"


def _table(t: Table) -> str:
    grid = t.cells()
    head = "".join(
        "<tr>" + "".join(_cell(c, True) for c in row) + "</tr>" for row in grid[: t.header_rows]
    )
    body = "".join(
        "<tr>" + "".join(_cell(c, False) for c in row) + "</tr>" for row in grid[t.header_rows :]
    )
    cols = ""
    if t.widths:
        total = sum(t.widths)
        cols = "".join(f'<col style="width:{100 * w / total:.1f}%">' for w in t.widths)
        cols = f"<colgroup>{cols}</colgroup>"
    return f"<table>{cols}<thead>{head}</thead><tbody>{body}</tbody></table>"


def _block(b: object) -> str:
    if isinstance(b, Table):
        return _table(b)
    if isinstance(b, Heading):
        return f'<h2 class="sub">{_text(b.text)}</h2>'
    if isinstance(b, Field):
        label = f'<th scope="row">{_text(b.label)}</th>'
        return f'<table class="field"><tr>{label}<td>{_text(b.text)}</td></tr></table>'
    if isinstance(b, Note):
        mark = escape(b.mark)
        return (
            f'<div class="note"><span class="mark">{mark}</span><span>{_text(b.text)}</span></div>'
        )
    return f"<p>{_text(str(b))}</p>"


def _content(section: Section) -> str:
    return "".join(_block(b) for b in section.blocks)


def _row(s: Section, lead: str, label: str) -> str:
    """One row of the form: [group,] label, the section's content, the fields beside it."""
    span = "" if s.beside else ' colspan="3"'
    beside = "".join(
        f'<th scope="row" class="beside">{_text(f.label)}</th><td>{_text(f.text)}</td>'
        for f in s.beside
    )
    return f'<tr id="{escape(s.name)}">{lead}{label}<td{span}>{_content(s)}</td>{beside}</tr>'


def _rows(run: list[Section]) -> str:
    rows: list[str] = []
    i = 0
    while i < len(run):
        s = run[i]
        if s.group:
            n = 1
            while i + n < len(run) and run[i + n].group == s.group:
                n += 1
            group = f'<th scope="rowgroup" class="group" rowspan="{n}">{_text(s.group)}</th>'
            for j, member in enumerate(run[i : i + n]):
                label = f'<th scope="row" class="label">{_text(member.title)}</th>'
                rows.append(_row(member, group if j == 0 else "", label))
            i += n
        else:
            label = f'<th scope="row" class="label" colspan="2">{_text(s.title)}</th>'
            rows.append(_row(s, "", label))
            i += 1
    cols = (
        '<colgroup><col style="width:1.6em"><col style="width:9em"><col>'
        '<col style="width:7.2em"><col style="width:28%"></colgroup>'
    )
    return f'<table class="form">{cols}<tbody>' + "\n".join(rows) + "</tbody></table>"


def render(doc: Document) -> bytes:
    parts: list[str] = []
    run: list[Section] = []
    for section in doc.sections:
        if section.layout == "row":
            run.append(section)
            continue
        if run:
            parts.append(_rows(run))
            run = []
        if section.layout == "title":
            parts.append(f"<h1>{_text(section.title)}</h1>")
            parts += [f'<p class="docid">{_text(str(b))}</p>' for b in section.blocks]
        else:
            parts.append(f'<section id="{escape(section.name)}">{_content(section)}</section>')
    if run:
        parts.append(_rows(run))
    page = (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(doc.lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(doc.title)}</title>\n"
        f"<style>{_STYLE.replace('FAMILY', FAMILIES[doc.typeface])}</style>\n</head>\n"
        "<body>\n<main>\n" + "\n".join(parts) + "\n</main>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")
