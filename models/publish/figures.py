"""Runs of text a renderer must not break: figures and the other units hyoka keeps whole.

The runs are those of the shared line breaker (:data:`models.text.linebreak.WHOLE`): figures
with their sign, separators and unit (``△ 13,745``, ``1,182団体``, ``46／46``, ``55.0以下``),
era years (``令和５年度``), note marks (``（※３）``) and short bracketed labels
(``＜アウトカム指標＞``). A renderer that leaves line breaking to someone else (the HTML to the
browser) marks these runs unbreakable; the PDF's lines are broken by the breaker itself.
"""

from __future__ import annotations

from models.text.linebreak import WHOLE


def split_figures(text: str) -> list[tuple[str, bool]]:
    """``text`` as consecutive runs, each with True when it is a run to keep whole."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for match in WHOLE.finditer(text):
        start, end = match.span()
        if start > pos:
            out.append((text[pos:start], False))
        out.append((match.group(), end - start > 1))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out
