"""The undo notice names what it undid in the form's words (issue 24, item 8): a budget
column added, a note row moved — never ``budget[2023]`` or ``budget.notes[0]``."""

from __future__ import annotations

import re
from pathlib import Path

from tests.tui.helpers import make_app, settle, stored_report, toast_texts
from tests.tui.test_budget import _open_budget

RAW = re.compile(r"[a-z_]+\[\d+\]|[a-z]+\.[a-z_]+")


async def test_undoing_an_added_year_says_which_year_in_words(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _open_budget(pilot)
        await pilot.press("a", *"2023", "enter")
        await settle(pilot)
        assert stored_report(db_path).budget.year(2023) is not None
        app.clear_notifications()
        await pilot.press("ctrl+z")
        texts = await toast_texts(pilot)
        assert "元に戻しました: 令和５年度 予算" in texts, texts
        assert not [t for t in texts if RAW.search(t)], texts
        assert stored_report(db_path).budget.year(2023) is None
