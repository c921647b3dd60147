"""Keys typed while a report is still being read wait for it and then apply where the cursor is.

The read is held on purpose (the worker that reads the report waits for the test), as it is
slow for the first report opened in a process on a busy machine: enter on the list, then keys
at once. Before, the letter went into the still-empty 政策名, replaced the value, and tab
raised a conflict with oneself; keys that came before the screen had a focused field were lost.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual import events

from models.store.store import Store
from tests.tui.helpers import make_app, settle, stored_report
from tui.dialogs.conflict import ConflictScreen
from tui.screens.budget import BudgetScreen
from tui.screens.header import HeaderScreen
from tui.widgets.cell_editor import CellInput

NAME = "電子自治体の推進"


@pytest.fixture
def slow_read(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Reading a report off the UI thread waits until the test sets the event it is given
    (at most 10 s): a busy machine, made deterministic."""
    original = Store.load_report
    ui = threading.main_thread()
    go = threading.Event()

    def slow(self: Store, key: str) -> object:
        if threading.current_thread() is not ui:
            go.wait(10)
        return original(self, key)

    monkeypatch.setattr(Store, "load_report", slow)
    yield go
    go.set()


async def test_keys_typed_while_the_report_is_read_are_appended_not_a_conflict(
    db_path: Path, slow_read: threading.Event
) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "Q", "W", "tab")  # all before the report has been read
        assert isinstance(app.screen, HeaderScreen)
        assert app.screen.report is None  # still reading: the keys were typed ahead
        slow_read.set()
        await settle(pilot)
        assert not isinstance(app.screen, ConflictScreen)
        assert stored_report(db_path).policy_name == NAME + "QW"


async def test_a_paste_while_the_report_is_read_waits_too(
    db_path: Path, slow_read: threading.Event
) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        app.post_message(events.Paste("貼付"))
        await pilot.press("enter")
        slow_read.set()
        await settle(pilot)
        assert not isinstance(app.screen, ConflictScreen)
        assert stored_report(db_path).policy_name == NAME + "貼付"


async def test_keys_typed_on_the_way_to_the_budget_wait_for_it(
    db_path: Path, slow_read: threading.Event
) -> None:
    """F3 then enter at once: the editor opens on the cell under the cursor of the filled grid,
    not on a grid still empty (where enter did nothing)."""
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        slow_read.set()
        await settle(pilot)
        slow_read.clear()
        await pilot.press("f3", "enter")
        assert isinstance(app.screen, BudgetScreen) and app.screen.report is None
        slow_read.set()
        await settle(pilot)
        assert isinstance(app.screen, BudgetScreen)
        assert isinstance(app.screen.focused, CellInput)
