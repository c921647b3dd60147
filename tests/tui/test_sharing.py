"""Moving between screens by keys, and two evaluators on one database as the TUI sees it:
another process's save appears without a restart; a field changed elsewhere while it was
being edited opens the conflict dialog instead of being overwritten; leaving a screen saves
what was half-typed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from models.store.store import open_store
from tests.tui.conftest import Polls
from tests.tui.helpers import make_app, record_notices, settle, wait_until
from tui.app.app import HyokaApp
from tui.dialogs.conflict import ConflictScreen
from tui.screens.budget import BudgetScreen
from tui.screens.header import HeaderScreen
from tui.screens.history import HistoryScreen
from tui.screens.verdict import VerdictScreen

KEY = "soumu-r4-08"


def _other_saves(db_path: Path, path: str, value: object) -> None:
    other = open_store(str(db_path), user="other")
    try:
        other.set_value(KEY, path, value)
    finally:
        other.close()


async def _open(app: HyokaApp, pilot) -> HeaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, HeaderScreen)
    return app.screen


async def test_ctrl_g_and_f7_reach_every_screen(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot)
        await pilot.press("ctrl+g", "3")
        await settle(pilot)
        assert isinstance(app.screen, BudgetScreen)
        await pilot.press("ctrl+g", "v")
        await settle(pilot)
        assert isinstance(app.screen, VerdictScreen)
        await pilot.press("f7")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)


async def test_another_process_save_appears_without_restart(
    db_path: Path, fast_polls: Polls
) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        screen.query_one("#f-field Input").focus()  # the cursor is elsewhere than the change
        await settle(pilot)
        _other_saves(db_path, "report.policy_name", "別の端末からの変更")
        shown = screen.query_one("#f-policy_name Input", Input)
        await wait_until(pilot, lambda: shown.value == "別の端末からの変更", "the other save shown")


async def test_same_field_changed_elsewhere_opens_the_conflict_dialog(
    db_path: Path, fast_polls: Polls
) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        assert app.focused is screen.query_one("#f-policy_name Input")
        await pilot.press("end", *"改訂")
        mark = fast_polls.mark()
        _other_saves(db_path, "report.policy_name", "他の人の政策名")
        await fast_polls.noticed_since(pilot, mark)  # the reload must not swallow the typing
        assert screen.query_one("#f-policy_name Input", Input).value == "電子自治体の推進改訂"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        store = open_store(str(db_path))
        assert store.load_report(KEY).policy_name == "他の人の政策名"  # nothing overwritten
        await pilot.click("#mine")
        await settle(pilot)
        assert store.load_report(KEY).policy_name == "電子自治体の推進改訂"
        assert [c.user for c in store.history(KEY)][-2:] == ["other", "tester"]
        store.close()


async def test_leaving_a_screen_saves_what_was_typed(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        screen.query_one("#f-field Input").focus()
        await pilot.press("end", *"２", "f3")
        await settle(pilot)
        assert isinstance(app.screen, BudgetScreen)
    store = open_store(str(db_path))
    assert store.load_report(KEY).field == "電子自治体２"
    store.close()


async def test_a_long_write_elsewhere_makes_the_save_wait_with_a_message(db_path: Path) -> None:
    import sqlite3
    import threading

    app = make_app(db_path)
    notices = record_notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        blocker = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
        blocker.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
        release = threading.Timer(2.0, lambda: blocker.execute("COMMIT"))
        release.start()
        try:
            await pilot.press("end", *"改訂", "enter")
            await wait_until(
                pilot,
                lambda: any("待っています" in text for text in notices),
                "a notice that the save waits",
            )
            await settle(pilot)
        finally:
            release.join()
            blocker.close()
        assert screen.query_one("#f-policy_name Input", Input).value == "電子自治体の推進改訂"
    store = open_store(str(db_path))
    assert store.load_report(KEY).policy_name == "電子自治体の推進改訂"
    store.close()
