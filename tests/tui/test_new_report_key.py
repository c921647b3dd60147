"""The new-report dialog applies the one key rule (models/report_key): a key of 101
characters is refused under the field and nothing is created."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from models.store.store import open_store
from tests.tui.helpers import make_app, settle
from tui.dialogs.new_report import NewReportScreen


async def test_a_key_longer_than_the_rule_is_refused_in_the_dialog(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        app.screen.query_one("#key", Input).value = "a" * 101
        app.screen.query_one("#name", Input).value = "長いキーの政策"
        app.screen.query_one("#name", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, NewReportScreen)  # refused in place
        assert "100 文字まで" in str(app.screen.query_one("#key-error").render())
        app.screen.query_one("#key", Input).value = "a" * 100
        app.screen.query_one("#name", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, NewReportScreen)
    store = open_store(str(db_path))
    try:
        assert store.keys() == ["a" * 100, "soumu-r4-08"]
    finally:
        store.close()
