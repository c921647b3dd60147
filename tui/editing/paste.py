"""Pasted text made fit for the field it lands in, and the evaluator told what changed.

Text copied from Word or a PDF viewer carries control characters: BEL, vertical tab (Word's
manual line break), form feed. The store refuses them, and Textual's one-line Input keeps
only the first line of a paste (``str.splitlines`` also breaks at a vertical tab). Either
would lose text without a word, so the app cleans every paste first (:func:`clean_paste`):
Windows, Word and Unicode line breaks become newlines, in a one-line field spaces; other
control characters are removed; anything changed is said in a notification.
"""

from __future__ import annotations

import re

from models.i18n import tr
from models.snapshot.kinds import CONTROL_CHARS

LINE_BREAK = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def clean_paste(text: str, *, one_line: bool) -> tuple[str, str]:
    """The text to insert, and what to tell the evaluator ('' when nothing was changed)."""
    text = LINE_BREAK.sub("\n", text)
    notes = []
    removed = len(CONTROL_CHARS.findall(text))
    if removed:
        text = CONTROL_CHARS.sub("", text)
        notes.append(
            tr(
                "貼り付けた文字から制御文字 {n} 個を取り除きました",
                "Removed {n} control character(s) from the pasted text",
                n=removed,
            )
        )
    if one_line and "\n" in text.strip("\n"):
        notes.append(
            tr(
                "1 行の欄なので、改行を空白にしました",
                "Line breaks became spaces (a one-line field)",
            )
        )
    if one_line:
        text = " ".join(line for line in text.split("\n") if line)
    return text, "\n".join(notes)
