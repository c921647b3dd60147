"""The line breaker's rules checked on lines as a screen or a page shows them.

:func:`violations` reads consecutive lines of one paragraph (padded, indented as shown) and
names every place where they break a rule of :mod:`models.text.linebreak`: a line starting
with a closing bracket or punctuation (＞ included), a line ending with an opening bracket
(＜ included), a figure or an era date split across two lines, and a unit the breaker keeps
whole (a note mark 「（※３）」, a bracketed label 「＜アウトプット指標＞」 「【達成すべき目標】」)
split although it is no longer than the paragraph's longest line. Tests run it over what the
TUI draws and what is published (the PDF's lines read back from the file); it does not need
the original text, so it also catches breaks made by someone else's wrapper (Rich, Textual, a
browser, Typst).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from models.text.linebreak import NO_END, NO_START, NO_START_STRICT, NUMBER, WHOLE


def _shown(line: str) -> str:
    """A line without its padding and hang indent (ASCII spaces either side)."""
    return line.strip(" ")


def violations(lines: Sequence[str], *, strict: bool = False) -> list[str]:
    """Descriptions of each rule broken between consecutive ``lines`` of one paragraph.

    Leading ASCII spaces (a hang indent) and trailing ones (padding) are ignored; a blank
    line ends a paragraph. ``[]`` when every break is one the line breaker allows.
    """
    forbidden = NO_START | NO_START_STRICT if strict else NO_START
    out: list[str] = []
    shown = [_shown(line) for line in lines]
    longest = max((len(line) for line in shown), default=0)
    for before, after in pairwise(shown):
        if not before or not after:
            continue
        where = f"「{before[-6:]} ⏎ {after[:6]}」"
        if after[0] in forbidden:
            out.append(f"line starts with {after[0]!r}: {where}")
        if before[-1] in NO_END:
            out.append(f"line ends with {before[-1]!r}: {where}")
        joint = before + after
        cut = len(before)
        for found in WHOLE.finditer(joint, max(0, cut - 40), cut + 40):
            if not found.start() < cut < found.end():
                continue
            if NUMBER.fullmatch(found.group()):
                out.append(f"figure {found.group()!r} split: {where}")
            elif len(found.group()) <= longest:
                out.append(f"unit {found.group()!r} split: {where}")
    return out
