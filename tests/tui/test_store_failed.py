"""A database that fails to open inside the TUI: actions that need it say so, never crash."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from tests.tui.helpers import make_app, record_notices, settle


async def test_new_report_when_the_store_failed_to_open_gives_a_message(tmp_path: Path) -> None:
    app = make_app(tmp_path)  # a directory: the store refuses it once the list has painted
    messages = record_notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.store is None and app.store_error and "ディレクトリ" in app.store_error
        await pilot.press("n")
        await settle(pilot)
        app.screen.query_one("#key", Input).value = "new-one"
        app.screen.query_one("#name", Input).value = "新しい政策"
        app.screen.query_one("#name", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and app.return_code is None
        # read as one text: the breaks tui.notices.tell puts in at the toast's width removed
        assert sum("ディレクトリ" in m.replace("\n", "") for m in messages) >= 2, (
            messages
        )  # at open, and now
    assert app.return_code in (None, 0)
