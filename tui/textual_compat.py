"""Every use of a name Textual keeps private, in one place, each with the reason it is needed.

Textual's underscore names may change in any release; tests/tui/test_textual_compat.py fails
loudly, naming what moved, when one of them is no longer there or no longer behaves as relied
on here. Pinned to textual==8.2.8 (pyproject.toml).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from textual.app import App
from textual.widget import Widget
from textual.widgets import DataTable

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


def terminal_parser() -> Any:
    """A new parser of terminal input, as Textual's Linux driver makes one: ``feed(text)``
    gives the events (keys, pastes, mouse) the bytes of ``text`` stand for.

    Why private: Textual keeps its parser in ``textual._xterm_parser``. Tests type through it
    what a terminal sends (IME commits, characters Pilot cannot name), so each key's name is
    the one Textual gives a real terminal's byte.
    """
    from textual._xterm_parser import XTermParser

    return XTermParser()


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


def route_text_area_wrap(breaks: Callable[[str, int], list[int] | None]) -> None:
    """Make every TextArea ask ``breaks(text, width)`` where a line of ``text`` wraps (the
    offsets where the wrapped lines start); ``None`` leaves the line to Textual. Once per
    process: a second call replaces the first ``breaks``.

    Why private: a TextArea's ``WrappedDocument`` calls the module function
    ``textual.document._wrapped_document.compute_wrap_offsets``; neither TextArea nor the
    document lets a caller choose where lines break (``tui.editing.text_wrap``).
    """
    from textual.document import _wrapped_document as wrapped

    textual_offsets = getattr(wrapped.compute_wrap_offsets, "hyoka_textual", None)
    textual_offsets = textual_offsets or wrapped.compute_wrap_offsets

    def offsets(text: str, width: int, tab_size: int, *args: Any, **kwargs: Any) -> list[int]:
        found = breaks(text, width)
        return textual_offsets(text, width, tab_size, *args, **kwargs) if found is None else found

    offsets.hyoka_textual = textual_offsets  # type: ignore[attr-defined]
    wrapped.compute_wrap_offsets = offsets


class MeasuredTable(DataTable[Any]):
    """A DataTable that says when it has measured the rows added since the last time:
    :meth:`rows_measured` runs then, with the columns' widths and the virtual size new.

    Why private: Textual measures new rows in ``DataTable._update_dimensions``, called from
    its idle handler; no message or public hook follows it.
    """

    def _update_dimensions(self, new_rows: Iterable[Any]) -> None:
        super()._update_dimensions(new_rows)
        self.rows_measured()

    def rows_measured(self) -> None:
        """Called after Textual measured new rows (and widened the columns)."""

    def drop_render_caches(self) -> None:
        """Forget every rendered row and cell, so the next paint uses the columns' widths now.

        Why private: the DataTable keeps rendered rows in caches keyed without the columns'
        widths; ``DataTable._clear_caches`` is the only way to empty them all.
        """
        self._clear_caches()

    @property
    def row_label_width(self) -> int:
        """The cells the row labels' column takes (0 when none is shown).

        Why private: ``DataTable._row_label_column_width``; the public API has no width of
        the labels' column.
        """
        return self._row_label_column_width


def renew_box_model(widget: Widget) -> None:
    """Make the next layout measure ``widget`` afresh.

    Why private: Textual caches a widget's box model under ``Widget._layout_updates``, which
    ``refresh(layout=True)`` bumps only when no layout is pending yet; a size change made
    while one is pending (after another widget's layout ran) kept the old height for good
    (``tui.widgets.settled_table``; reproduced in tests/tui/test_textual_compat.py).
    """
    widget._layout_updates += 1
