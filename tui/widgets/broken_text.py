"""Rich ``Text`` broken into lines by hyoka's own Japanese line breaker, styles kept.

Rich wraps at spaces, so a Japanese sentence (no spaces) moves whole to the next line or is
cut anywhere, a line may start with 「、」 and a figure may be split. Read-only panels give
their text to :func:`break_lines` with their width instead and show lines that keep the
rules of :mod:`models.text.linebreak`.
"""

from __future__ import annotations

from itertools import accumulate

from rich.text import Text

from models.text.linebreak import hang_width, wrap


def break_lines(text: Text, width: int, *, hang: bool = False) -> Text:
    """``text`` with each of its lines broken to ``width`` cells (bullets and notes hang under
    their first line with ``hang``)."""
    out: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        plain = line.plain
        lines = wrap(plain, max(1, width), hang=hang)
        if len(lines) == 1:
            out.append(line)
            continue
        indent = hang_width(plain, width) if hang else 0
        lengths = [len(lines[0])] + [len(piece) - indent for piece in lines[1:]]
        parts = line.divide(list(accumulate(lengths))[:-1])
        for n, part in enumerate(parts):
            out.append(Text(" " * indent) + part if n and indent else part)
    return Text("\n").join(out)
