"""Textual's private names hyoka relies on (tui/textual_compat.py) are still there and still
behave as relied on. A failure here names what changed in Textual: look at the module's note
for why hyoka needs it before changing anything else."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.geometry import Size
from textual.widgets import DataTable, Static

from tui.editing.paste_stream import ESCAPE_MARK
from tui.textual_compat import (
    ClosingApp,
    MeasuredTable,
    install_paste_safe_parser,
    paste_safe_parser,
    terminal_parser,
)
from tui.widgets.settled_table import SettledTable

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


# ------------------------------------------------------------ terminal_parser


def test_the_terminal_parser_names_keys_as_for_a_terminal() -> None:
    got = [e for e in terminal_parser().feed("△a\x1b[A") if isinstance(e, events.Key)]
    assert [(e.key, e.character) for e in got] == [
        ("white_up_pointing_triangle", "△"),
        ("a", "a"),
        ("up", None),
    ]


# ------------------------------------------------------------ route_text_area_wrap

SENTENCE = "デジタルの活用により、一人ひとりのニーズに合ったサービスを選ぶことができ、多様な幸せ"


def test_text_areas_wrap_where_the_route_says_and_tabs_as_textual_does() -> None:
    from textual.document._wrapped_document import WrappedDocument
    from textual.widgets.text_area import Document

    from models.text.linebreak import wrap
    from tui.editing.text_wrap import text_area_breaks
    from tui.textual_compat import route_text_area_wrap

    route_text_area_wrap(text_area_breaks)
    route_text_area_wrap(text_area_breaks)  # as each app does: not wrapped twice
    assert WrappedDocument(Document(SENTENCE), width=38).lines == [wrap(SENTENCE, 38)]
    from textual._wrap import compute_wrap_offsets as textual_offsets

    tabbed = WrappedDocument(Document("a\tb c d e"), width=4).get_offsets(0)
    assert tabbed == textual_offsets("a\tb c d e", 4, 4) != []  # a tab: Textual's own wrap
    from textual.document import _wrapped_document

    assert _wrapped_document.compute_wrap_offsets.hyoka_textual.__module__ == "textual._wrap"


# ------------------------------------------------------------ MeasuredTable


class _Measured(MeasuredTable):
    measured = 0
    widths: list[int] = []

    def rows_measured(self) -> None:
        self.measured += 1
        self.widths = [c.content_width for c in self.ordered_columns]


class _Table(App[None]):
    def compose(self) -> ComposeResult:
        yield _Measured()


async def test_rows_measured_runs_once_textual_has_measured_new_rows() -> None:
    app = _Table()
    async with app.run_test() as pilot:
        table = app.query_one(_Measured)
        table.add_column("年度")
        table.add_row("令和５年度", label="一")
        assert table.measured == 0  # Textual measures when idle
        await pilot.pause()
        assert table.measured == 1 and table.widths == [10]
        assert table.row_label_width == 2 + 2 * table.cell_padding
        table.show_row_labels = False
        assert table.row_label_width == 0


async def test_dropping_the_render_caches_repaints_with_the_widths_now() -> None:
    app = _Table()
    async with app.run_test(size=(40, 5)) as pilot:
        table = app.query_one(_Measured)
        key = table.add_column("年度")
        table.add_row("R5")
        await pilot.pause()
        header = [segment.text for segment in table.render_line(0)]
        table.columns[key].width, table.columns[key].auto_width = 20, False
        assert [s.text for s in table.render_line(0)] == header  # Textual's cache: old widths
        table.drop_render_caches()
        assert [s.text for s in table.render_line(0)] != header


# ------------------------------------------------------------ renew_box_model


class _Tables(App[None]):
    CSS = """
    Vertical { height: 1fr; }
    #above { height: 1fr; }
    DataTable { height: auto; max-height: 7; }
    """

    def __init__(self, table: DataTable[Any]) -> None:
        super().__init__()
        self.table = table

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("above", id="above")
            yield self.table


async def _resized_twice_around_a_layout(table: DataTable[Any]) -> int:
    """The table's height after its size changed twice, another widget's layout running in
    between: the first change, a layout of the screen before the table's own request is
    handled, then the second change (F4's years at 80×24, one start in five)."""
    app = _Tables(table)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        assert table.size.height == 0  # no rows yet
        table.virtual_size = Size(30, 0)  # cleared: a layout is pending, the height still 0
        above = app.query_one("#above")  # another widget's layout runs first
        above.refresh(layout=True)
        above._check_refresh()
        app.screen._refresh_layout()
        assert table.size.height == 0
        table.virtual_size = Size(30, 5)  # the rows measured
        await pilot.pause()
        await pilot.pause()
        return table.size.height


async def test_textual_alone_keeps_a_stale_height() -> None:
    """Why renew_box_model exists: when this fails, Textual measures the table afresh itself
    and SettledTable.watch_virtual_size can go."""
    assert await _resized_twice_around_a_layout(DataTable()) == 0


async def test_a_renewed_box_model_follows_the_second_size_change() -> None:
    assert await _resized_twice_around_a_layout(SettledTable()) == 5
