"""The calendar screen (issue 26 item 2): ``c`` on the report list (shown in the footer) or the
palette; one row per policy, one column per year, what is due this fiscal year; at 80×24."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import DataTable

from models.services.rollover import roll_over_in
from models.store.store import open_store
from tests.tui.helpers import make_app, screen_lines, settle
from tui.screens.calendar import CalendarScreen

KEY = "soumu-r4-08"


@pytest.fixture
def cycle_db(db_path: Path) -> Path:
    store = open_store(str(db_path))
    try:
        roll_over_in(store, KEY, 2022, stage="monitoring")
        store.set_value("soumu-r5-08", "report.planned_evaluation", "令和６年８月")  # on 2023
    finally:
        store.close()
    return db_path


def _row(table: DataTable, index: int) -> list[str]:  # type: ignore[type-arg]
    return [str(getattr(cell, "plain", cell)) for cell in table.get_row_at(index)]


async def test_c_on_the_list_shows_each_policys_years(
    cycle_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tui.screens.calendar.today", lambda: date(2024, 5, 1))
    app = make_app(cycle_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert any("c 予定" in line for line in screen_lines(app)[-1:])  # in the footer
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CalendarScreen)
        table = app.screen.query_one(DataTable)
        assert [str(c.label) for c in table.ordered_columns] == [
            "府省",
            "政策",
            "R3",
            "R4",
            "R5",
            "今年度（R5）",
        ]
        assert table.row_count == 1  # the two reports are one policy
        assert _row(table, 0) == [
            "総務省",
            "8：電子自治体の推進",
            "評価",
            "モニ",
            "（評価）",
            "評価（未作成）",
        ]
        shown = "\n".join(screen_lines(app))
        assert "令和６年度（2024-05-01）" in shown and "今年度は令和５年度実施政策" in shown
        assert "soumu-r4-08、soumu-r5-08" in shown
        await pilot.press("enter")  # the policy's latest report
        await settle(pilot)
        assert app.screen.key == "soumu-r5-08"  # type: ignore[attr-defined]


async def test_the_calendar_from_the_palette_in_english(
    cycle_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from models.i18n import set_language

    set_language("en")  # reset by conftest
    monkeypatch.setattr("tui.screens.calendar.today", lambda: date(2023, 4, 1))
    app = make_app(cycle_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"calendar", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CalendarScreen)
        table = app.screen.query_one(DataTable)
        assert _row(table, 0)[2:] == ["Eval", "Mon", "(Eval)", "monitoring (started)"]
        assert "monitoring (soumu-r5-08)" in "\n".join(screen_lines(app))  # whole below
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, CalendarScreen)
