"""TextAreas wrap by hyoka's Japanese line breaker (禁則処理), not by Textual's word wrap.

Textual wraps a TextArea's lines at spaces and otherwise anywhere, so an edited 政策の概要
showed lines starting with 「。」 or 「、」 (「…ことができ / 、多様な幸せが…」) and split
figures. :func:`install` makes every TextArea ask :func:`models.text.linebreak.wrap` where a
line breaks: Textual only needs the offsets of the breaks, and the breaker gives the text back
whole, so the cursor, selection and editing work as before. Lines holding a tab are left to
Textual (the breaker does not know tab stops). Textual is pinned (8.2.8): the hook replaces
the function its wrapped document calls, and a test fails if that function moves.
"""

from __future__ import annotations

from typing import Any

from models.text.linebreak import wrap

_installed = False


def break_offsets(text: str, width: int) -> list[int]:
    """Where ``text`` breaks into lines of at most ``width`` cells (offsets of line starts)."""
    offsets, at = [], 0
    for line in wrap(text, width)[:-1]:
        at += len(line)
        offsets.append(at)
    return offsets


def install() -> None:
    """Route every TextArea's soft wrap through the line breaker (once per process)."""
    global _installed
    if _installed:
        return
    from textual.document import _wrapped_document

    textual_offsets = _wrapped_document.compute_wrap_offsets

    def offsets(text: str, width: int, tab_size: int, *args: Any, **kwargs: Any) -> list[int]:
        if "\t" in text or width <= 0:
            return textual_offsets(text, width, tab_size, *args, **kwargs)
        return break_offsets(text, width)

    _wrapped_document.compute_wrap_offsets = offsets  # type: ignore[assignment]
    _installed = True
