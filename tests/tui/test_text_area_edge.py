"""A TextArea that wraps for editing shows every character: nothing at the right edge is hidden
under its scroll bar (「目標達成」 read 「目標」 / 「成」 in the 次期目標等 tab at 80×24)."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from textual.widgets import TextArea

from tests.tui.helpers import make_app, settle
from tests.tui.screen_text import region_text


def _visible_text_is_the_text(app, area: TextArea) -> None:  # type: ignore[no-untyped-def]
    region = area.scrollable_content_region
    rows = region_text(app, region)
    shown = "".join(row.rstrip() for row in rows)
    text = area.text.replace("\n", "")
    assert shown, rows
    assert text.startswith(shown), (rows, text[: len(shown) + 10])
    for y in range(area.document.line_count):
        for section in area.wrapped_document.get_sections(y):
            assert cell_len(section) < region.width, section  # a column left for the cursor


async def test_next_steps_text_is_not_hidden_under_the_scroll_bar(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        await pilot.press("ctrl+t", "ctrl+t")
        await settle(pilot)
        area = app.screen.query_one("#next-steps TextArea", TextArea)
        assert area.show_vertical_scrollbar  # a long text: the case where it went wrong
        assert area.wrap_width <= area.scrollable_content_region.width - 1
        _visible_text_is_the_text(app, area)
        rows = region_text(app, area.scrollable_content_region)
        joined = "".join(row.rstrip() for row in rows)  # 目標達成 may be broken anywhere
        assert "目標達成" in joined, rows


async def test_the_wrap_width_does_not_change_when_a_scroll_bar_appears(db_path: Path) -> None:
    """The cause: a TextArea wraps at its width less the scroll bar, but a scroll bar that
    appears later (the text grew, or the pane came back) does not rewrap it, so the last
    column of each line is drawn under the bar. With a gutter kept for the bar, the wrap
    width is the same with and without one."""
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        area = app.screen.query_one("#rationale TextArea", TextArea)
        long_text = area.text * 4
        area.load_text("短い")
        await settle(pilot)
        assert not area.show_vertical_scrollbar
        short_width = area.wrap_width
        area.load_text(long_text)
        await settle(pilot)
        assert area.show_vertical_scrollbar
        assert area.wrap_width == short_width
        _visible_text_is_the_text(app, area)
