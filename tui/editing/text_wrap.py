"""TextAreas wrap by hyoka's Japanese line breaker (禁則処理), not by Textual's word wrap.

Textual wraps a TextArea's lines at spaces and otherwise anywhere, so an edited 政策の概要
showed lines starting with 「。」 or 「、」 (「…ことができ / 、多様な幸せが…」) and split
figures. The app makes every TextArea ask :func:`text_area_breaks` where a line breaks
(``tui.textual_compat.route_text_area_wrap``: Textual offers no public hook). Textual only
needs the offsets of the breaks, and the breaker gives the text back whole, so the cursor,
selection and editing work as before. Lines holding a tab are left to Textual (the breaker
does not know tab stops).
"""

from __future__ import annotations

from models.text.linebreak import wrap


def break_offsets(text: str, width: int) -> list[int]:
    """Where ``text`` breaks into lines of at most ``width`` cells (offsets of line starts)."""
    offsets, at = [], 0
    for line in wrap(text, width)[:-1]:
        at += len(line)
        offsets.append(at)
    return offsets


def text_area_breaks(text: str, width: int) -> list[int] | None:
    """Where a TextArea's line ``text`` wraps at ``width``: the line breaker's offsets, or
    ``None`` (Textual's own wrap) for a line with a tab or no width."""
    return None if "\t" in text or width <= 0 else break_offsets(text, width)
