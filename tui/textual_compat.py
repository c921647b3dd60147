"""Every use of a name Textual keeps private, in one place, each with the reason it is needed.

Textual's underscore names may change in any release; tests/tui/test_textual_compat.py fails
loudly, naming what moved, when one of them is no longer there or no longer behaves as relied
on here. Pinned to textual==8.2.8 (pyproject.toml).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tui.editing.paste_stream import PasteMarker


def paste_safe_parser() -> type[Any]:
    """Textual's terminal input parser with the escape sequences of a paste kept in the paste.

    Why private: the parser (``textual._xterm_parser.XTermParser``) is made inside
    ``LinuxDriver.run_input_thread`` from the driver module's global ``XTermParser``, and no
    public API sees the terminal's input before it is parsed. Textual 8.2.8 turns an escape
    sequence inside a bracketed paste into keys typed before the paste
    (``tui.editing.paste_stream``); this subclass marks them first.
    """
    from textual._xterm_parser import XTermParser

    class PasteSafeParser(XTermParser):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._marker = PasteMarker()

        def feed(self, data: str) -> Iterable[Any]:
            if not data:  # the end of input: Textual's own signal
                return super().feed(data)
            marked = self._marker.feed(data)
            return super().feed(marked) if marked else ()

    return PasteSafeParser


def install_paste_safe_parser() -> None:
    """Make the Linux driver (the one hyoka runs on) read the terminal with
    :func:`paste_safe_parser`; once per process."""
    from textual.drivers import linux_driver

    if not getattr(linux_driver.XTermParser, "hyoka_paste_safe", False):
        parser = paste_safe_parser()
        parser.hyoka_paste_safe = True
        linux_driver.XTermParser = parser  # type: ignore[misc]
