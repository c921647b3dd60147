"""Escape sequences inside a bracketed paste, marked on their way into Textual's input parser.

A terminal wraps a paste in ``ESC[200~`` … ``ESC[201~`` and passes what was copied through
as it is: text copied from coloured terminal output carries its colour codes (``ESC[31m``).
Textual's parser (8.2.8) cannot keep such a sequence in the paste: it reads it as keys typed
*before* the paste, its ESC shown as ``^`` — the field got ``^[31mRED^[0mCD`` typed, then
``AB`` pasted after it. :class:`PasteMarker` reads the terminal's input first and replaces
each ESC inside a paste (never its closing ``ESC[201~``) by :data:`ESCAPE_MARK`, a Unicode
noncharacter (reserved for a program's own use, never in interchange text), which the parser
keeps as text. ``tui.editing.paste.clean_paste`` then removes each marked sequence whole and
says so. Outside a paste nothing is changed or delayed: a lone ESC is the escape key.
"""

from __future__ import annotations

ESCAPE_MARK = "\ufdd0"
PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"


class PasteMarker:
    """Marks the ESC characters of bracketed pastes in a terminal's input, read in chunks."""

    def __init__(self) -> None:
        self._inside = False
        self._matched = 0  # characters of PASTE_START seen so far (outside a paste)
        self._carry = ""  # an ESC at the end of a chunk, inside a paste: the end marker?

    def feed(self, data: str) -> str:
        data, self._carry = self._carry + data, ""
        out: list[str] = []
        i, n = 0, len(data)
        while i < n:
            ch = data[i]
            if not self._inside:
                out.append(ch)
                i += 1
                if ch == PASTE_START[self._matched]:
                    self._matched += 1
                else:
                    self._matched = 1 if ch == "\x1b" else 0
                if self._matched == len(PASTE_START):
                    self._inside, self._matched = True, 0
            elif ch != "\x1b":
                out.append(ch)
                i += 1
            elif data.startswith(PASTE_END, i):
                out.append(PASTE_END)
                i += len(PASTE_END)
                self._inside = False
            elif PASTE_END.startswith(data[i:]):
                self._carry = data[i:]  # the rest comes with the next read
                break
            else:
                out.append(ESCAPE_MARK)
                i += 1
        return "".join(out)
