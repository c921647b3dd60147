"""Figures kept whole on one line: the runs of text a renderer must not break.

``△ 13,745``, ``1,182団体``, ``46／46``, ``63.2%``, ``令和３年度``-style digits are found by one
pattern; renderers with their own Japanese line breaking (Typst, browsers) get these runs as
unbreakable boxes and break the rest themselves.
"""

from __future__ import annotations

import re

_UNITS = "団体|百万円|億円|万円|千円|円|件|人|者|％|%|年度|年|月|日|か所|箇所|回|倍|ポイント|pt"
_FIGURE = re.compile(
    rf"(?:[△▲－-]\s?)?[0-9０-９][0-9０-９,，.．]*(?:[／/][0-9０-９][0-9０-９,，.．]*)?(?:{_UNITS})?"
)


def split_figures(text: str) -> list[tuple[str, bool]]:
    """``text`` as consecutive runs, each with True when it is a figure to keep whole."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for match in _FIGURE.finditer(text):
        start, end = match.span()
        if start > pos:
            out.append((text[pos:start], False))
        if len(match.group()) > 1:
            out.append((match.group(), True))
        else:
            out.append((match.group(), False))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out
