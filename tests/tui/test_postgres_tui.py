"""The TUI on a PostgreSQL database: the list, an edit by keys, another writer's change shown."""

from __future__ import annotations

from textual.widgets import Input

from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.engines import pg_url
from tests.tui.conftest import Polls
from tests.tui.helpers import settle, wait_until
from tui.app.app import HyokaApp
from tui.screens.header import HeaderScreen

KEY = "soumu-r4-08"


async def test_edit_and_live_refresh_on_postgresql(pg_schema: str, fast_polls: Polls) -> None:
    url = pg_url(pg_schema)
    store = open_store(url, user="other")
    store.import_report(load_sample())
    app = HyokaApp(url, user="tester")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HeaderScreen)
        await pilot.press("end", *"改訂", "enter")
        await settle(pilot)
        assert store.load_report(KEY).policy_name == "電子自治体の推進改訂"
        store.set_value(KEY, "report.field", "他の端末から", expected="電子自治体")
        shown = screen.query_one("#f-field Input", Input)
        await wait_until(pilot, lambda: shown.value == "他の端末から", "the other save shown")
    assert [c.user for c in store.history(KEY)][-2:] == ["tester", "other"]
    store.close()
