"""Every use of a name Textual keeps private, in one place, each with the reason it is needed.

Textual's underscore names may change in any release; tests/tui/test_textual_compat.py fails
loudly, naming what moved, when one of them is no longer there or no longer behaves as relied
on here. Pinned to textual==8.2.8 (pyproject.toml).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from textual.app import App

from tui.editing.paste_stream import PasteMarker

ReturnType = TypeVar("ReturnType")


class ClosingApp(App[ReturnType]):
    """An App that knows when it is on its way out, and says nothing of what breaks then.

    ``closing``: set by every way out (the App's ``exit``, a signal, a crash); editors accept
    nothing once it is set. ``signalled``: a hang-up or SIGTERM is ending the app
    (``tui.cli.hangup``). An error raised after that (a screen being built whose widgets the
    shutdown already removed: ``NoMatches`` in its ``on_mount``) is not reported, so the exit
    code stays 128 + the signal instead of 1 with a traceback on a terminal that may be gone;
    the app still ends as on any error (``panic`` with nothing to show).

    Why private: Textual hands every unhandled error (of a handler, of a worker) to
    ``App._handle_exception``, which sets the exit code to 1 and prints the traceback at exit;
    there is no public hook for it.
    """

    closing = False
    signalled = False

    def _handle_exception(self, error: Exception) -> None:
        self.closing = True  # a crash: Textual shuts down without calling ``exit``
        if self.signalled:
            self.panic()  # end as Textual ends on an error, with nothing to show
            return
        super()._handle_exception(error)


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
