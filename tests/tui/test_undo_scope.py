"""Undo belongs to the report on screen: an edit of another report is never undone there."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.tui.helpers import make_app, settle, stored_report, toast_texts
from tests.tui.test_budget import _to_2021_executed
from tui.screens.base import ReportScreen

KEY, OTHER = "soumu-r4-08", "zz-copy"


async def test_undo_of_another_reports_edit_is_refused(db_path: Path) -> None:
    store = open_store(str(db_path))
    store.import_report(dataclasses.replace(load_sample(), key=OTHER))
    store.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f3")  # report A (the first row), its budget
        await settle(pilot)
        await _to_2021_executed(pilot)
        await pilot.press("enter", "ctrl+u", *"999", "enter")
        await settle(pilot)
        assert stored_report(db_path, KEY).budget.year(2021).executed == 999
        await pilot.press("escape", "down", "enter")  # report B
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReportScreen) and screen.key == OTHER
        await pilot.press("ctrl+z")
        texts = await toast_texts(pilot)
        assert f"最後の変更は {KEY} のものです。元に戻すにはその評価書を開いてください" in texts
        assert stored_report(db_path, KEY).budget.year(2021).executed == 999  # not undone
        assert app.screen is screen and screen.report is not None
        assert screen.report.key == OTHER  # B's screen still shows B
        # on A's own screen the same undo goes through
        await pilot.press("escape", "up", "enter", "ctrl+z")
        await settle(pilot)
        assert app.screen.key == KEY  # type: ignore[attr-defined]
        assert stored_report(db_path, KEY).budget.year(2021).executed == 238163
        assert stored_report(db_path, OTHER).budget.year(2021).executed == 238163
