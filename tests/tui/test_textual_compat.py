"""Textual's private names hyoka relies on (tui/textual_compat.py) are still there and still
behave as relied on. A failure here names what changed in Textual: look at the module's note
for why hyoka needs it before changing anything else."""

from __future__ import annotations

import asyncio
import inspect

import pytest
from textual import events

from tui.editing.paste_stream import ESCAPE_MARK
from tui.textual_compat import ClosingApp, install_paste_safe_parser, paste_safe_parser

COLOURED_PASTE = "\x1b[200~AB\x1b[31mRED\x1b[0mCD\x1b[201~"


def test_the_linux_driver_makes_its_parser_from_its_module_global() -> None:
    from textual._xterm_parser import XTermParser
    from textual.drivers import linux_driver

    source = inspect.getsource(linux_driver.LinuxDriver.run_input_thread)
    assert "XTermParser(" in source, "LinuxDriver no longer makes an XTermParser itself"
    assert issubclass(linux_driver.XTermParser, XTermParser)
    assert callable(XTermParser.feed)


def test_installed_the_driver_reads_a_paste_with_its_escapes_kept_in_it() -> None:
    from textual.drivers import linux_driver

    install_paste_safe_parser()
    install_paste_safe_parser()  # once is enough: not wrapped twice
    parser = linux_driver.XTermParser()
    assert getattr(linux_driver.XTermParser, "hyoka_paste_safe", False)
    got = list(parser.feed(COLOURED_PASTE[:10])) + list(parser.feed(COLOURED_PASTE[10:]))
    assert [type(e) for e in got] == [events.Paste]
    assert got[0].text == f"AB{ESCAPE_MARK}[31mRED{ESCAPE_MARK}[0mCD"


def test_keys_outside_a_paste_are_read_as_before() -> None:
    parser = paste_safe_parser()()
    keys = [e.key for e in parser.feed("a\x1b[A\x1bOP") if isinstance(e, events.Key)]
    assert keys == ["a", "up", "f1"]


def test_textual_alone_still_scrambles_such_a_paste() -> None:
    """Why the parser is wrapped: when this fails, Textual keeps the escapes in the paste
    itself and tui.editing.paste_stream (with its install) can go."""
    from textual._xterm_parser import XTermParser

    got = list(XTermParser().feed(COLOURED_PASTE))
    typed = "".join(e.character or "" for e in got if isinstance(e, events.Key))
    assert typed.startswith("^[31m"), got


class _Breaks(ClosingApp[int]):
    """An app with a handler that raises, as a screen's on_mount did once the shutdown had
    removed its widgets."""

    broke = False

    def action_break(self) -> None:
        self.broke = True
        raise LookupError("a widget the shutdown removed")


async def test_an_error_after_a_signal_is_not_reported() -> None:
    """The app ends (as on any error) but says nothing and keeps its exit code: the run
    raises nothing, and no traceback is kept to be printed."""
    app = _Breaks()
    async with app.run_test():
        app.signalled = True  # as tui/cli/hangup.py sets it on SIGHUP or SIGTERM
        app.call_later(app.action_break)
        for _ in range(200):  # not pilot.pause(): the app is on its way out
            if app.broke:
                break
            await asyncio.sleep(0.01)
    assert app.broke and app.closing  # and nothing typed is accepted any more
    assert app.return_code in (None, 0)


async def test_an_error_without_a_signal_still_ends_the_app_with_1() -> None:
    """Textual still hands unhandled errors to ``App._handle_exception``: the override sees
    them (if this fails as well as the test above, Textual renamed or bypassed it)."""
    app = _Breaks()
    with pytest.raises(LookupError):
        async with app.run_test() as pilot:
            app.call_later(app.action_break)
            await pilot.pause()
    assert app.closing and app.return_code == 1
