"""What changed between two texts, with a little context on both sides.

A long text edited in one place shows in the history as two nearly identical values; cut to
their first 40 characters they read the same (「測定指標１：…「自治… → 測定指標１：…「自治…」).
:func:`changes` compares the two texts by tokens (an ASCII word, a run of spaces, or one
character otherwise, so Japanese is compared character by character) and returns for each
side the pieces to show: the changed parts, the unchanged text around them cut to
``context`` characters on each side, and ``…`` where something was left out.
:func:`excerpt_pair` is the same as two plain one-line strings, for the command line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

ELLIPSIS = "…"
_TOKEN = re.compile(r"[A-Za-z0-9_]+|\s+|.", re.DOTALL)


@dataclass(frozen=True)
class Piece:
    """A stretch of one side: changed (removed on the old side, added on the new) or not."""

    text: str
    changed: bool = False


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _kept(text: str, context: int, *, first: bool, last: bool) -> str:
    """Unchanged ``text`` cut to ``context`` characters next to each change it touches."""
    if first and last:
        return text
    if first:
        return text if len(text) <= context else ELLIPSIS + text[-context:]
    if last:
        return text if len(text) <= context else text[:context] + ELLIPSIS
    if len(text) <= 2 * context + 1:
        return text
    return text[:context] + ELLIPSIS + text[-context:]


def changes(old: str, new: str, context: int = 10) -> tuple[list[Piece], list[Piece]]:
    """The pieces of ``old`` and of ``new`` to show (see the module docstring)."""
    a, b = _tokens(old), _tokens(new)
    codes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    left: list[Piece] = []
    right: list[Piece] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(codes):
        old_part, new_part = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            kept = _kept(old_part, context, first=n == 0, last=n == len(codes) - 1)
            left.append(Piece(kept))
            right.append(Piece(kept))
            continue
        if old_part:
            left.append(Piece(old_part, True))
        if new_part:
            right.append(Piece(new_part, True))
    return left, right


def clip(pieces: list[Piece], limit: int) -> list[Piece]:
    """The first ``limit`` characters of ``pieces`` (the last one ``…`` if anything is cut)."""
    if sum(len(p.text) for p in pieces) <= limit:
        return pieces
    kept: list[Piece] = []
    room = limit - 1
    for piece in pieces:
        if room <= 0:
            break
        kept.append(Piece(piece.text[:room], piece.changed))
        room -= len(piece.text)
    kept.append(Piece(ELLIPSIS))
    return kept


def _clip(pieces: list[Piece], limit: int) -> str:
    return "".join(p.text for p in clip(pieces, limit))


def fitting_context(old: str, new: str, limit: int) -> int:
    """The context (characters each side of a change) that fills excerpts of ``limit``
    characters: a change near one end of the text leaves that side's share to the other."""

    def common(a: str, b: str) -> int:
        n = 0
        while n < min(len(a), len(b)) and a[n] == b[n]:
            n += 1
        return n

    prefix = common(old, new)
    suffix = common(old[prefix:][::-1], new[prefix:][::-1])
    changed = max(len(old), len(new)) - prefix - suffix
    room = max(0, limit - changed - 2)  # the two 「…」
    return max(8, room - min(prefix, suffix, room // 2))


def excerpt_pair(old: str, new: str, limit: int = 40, context: int = 8) -> tuple[str, str]:
    """``old`` and ``new`` as one-line excerpts of at most ``limit`` characters each, around
    what changed; texts that fit, or that were rewritten rather than edited, are returned
    whole (the caller cuts them from their beginning)."""
    if len(old) <= limit and len(new) <= limit:
        return old, new
    if SequenceMatcher(None, old, new, autojunk=False).quick_ratio() < 0.3:
        return old, new  # rewritten rather than edited: each from its beginning
    left, right = changes(old, new, context)
    return _clip(left, limit), _clip(right, limit)
