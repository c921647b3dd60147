"""Pasted text made fit for the field it lands in, and the evaluator told what changed.

Text copied from Word or a PDF viewer carries control characters: BEL, vertical tab (Word's
manual line break), form feed. Text copied from a terminal carries escape sequences (colours,
``ESC[31m``; titles and links, ``ESC]…BEL``). The store refuses control characters, and
Textual's one-line Input keeps only the first line of a paste (``str.splitlines`` also breaks
at a vertical tab). Either would lose text without a word, so the app cleans every paste first
(:func:`clean_paste`): escape sequences are removed whole (their ESC may come marked by
``tui.editing.paste_stream``); Windows, Word and Unicode line breaks become newlines, in a
one-line field spaces; other control characters are removed; anything changed is said in a
notification.
"""

from __future__ import annotations

import re

from models.i18n import tr
from models.snapshot.kinds import CONTROL_CHARS
from tui.editing.paste_stream import ESCAPE_MARK

LINE_BREAK = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_ESC = f"(?:\x1b|{ESCAPE_MARK})"
_ST = f"(?:{_ESC}\\\\|\x07|\x9c)"  # string terminator: ESC \, BEL (xterm), or C1 ST
# ECMA-48: a control string (OSC, DCS, SOS, PM, APC) with its terminator (one that never ends
# keeps the text after its introducer); a control sequence (CSI) up to its final byte, or as
# far as it goes; an escape sequence (intermediates and a final byte, as ESC 7 or ESC ( B);
# a lone ESC.
ESCAPE_SEQUENCE = re.compile(
    rf"(?:{_ESC}[\]PX^_]|[\x90\x98\x9d\x9e\x9f])(?:(?!{_ST})[^\x1b{ESCAPE_MARK}])*{_ST}"
    rf"|(?:{_ESC}\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    rf"|{_ESC}[\x20-\x2f]*[\x30-\x7e]"
    rf"|{_ESC}"
)
SHOWN = 3  # sequences named in the notice
LONGEST = 16  # characters shown of each (a title or a link can be long)


def _visible(sequence: str) -> str:
    """An escape sequence as a person can read it: ESC for the escape, ^X for a control."""
    if len(sequence) > LONGEST:
        sequence = sequence[: LONGEST - 1] + "…"
    out = []
    for ch in sequence:
        if ch in ("\x1b", ESCAPE_MARK):
            out.append("ESC")
        elif ch < " " or "\x7f" <= ch <= "\x9f":
            out.append(f"^{chr(ord(ch) ^ 0x40)}" if ch < " " else f"U+{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)


def clean_paste(text: str, *, one_line: bool) -> tuple[str, str]:
    """The text to insert, and what to tell the evaluator ('' when nothing was changed)."""
    notes = []
    sequences = ESCAPE_SEQUENCE.findall(text)
    if sequences:
        text = ESCAPE_SEQUENCE.sub("", text)
        named = "、".join(_visible(s) for s in sequences[:SHOWN])
        if len(sequences) > SHOWN:
            named += tr(" ほか", " …")
        notes.append(
            tr(
                "貼り付けた文字から端末の制御シーケンス {n} 個を取り除きました（{named}）",
                "Removed {n} terminal escape sequence(s) from the pasted text ({named})",
                n=len(sequences),
                named=named,
            )
        )
    text = LINE_BREAK.sub("\n", text)
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
