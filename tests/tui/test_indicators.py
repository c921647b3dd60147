"""Indicators screen (F4) by keys alone at 80×24: years, marks, main, baseline, structure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Static

from tests.tui.helpers import make_app, settle, stored_report
from tests.tui.typing_helpers import type_text
from tui.widgets.indicator_form import IndicatorForm
from tui.widgets.indicator_tree import IndicatorTree
from tui.widgets.year_table import YearTable

KEY = "soumu-r4-08"
MARK_ROW, BASELINE_VALUE_ROW = 10, 12


async def _open_indicator_1(pilot) -> None:
    """F4, then the first indicator in the tree; focus stays on the tree."""
    await settle(pilot)
    await pilot.press("enter", "f4")
    await settle(pilot)
    assert pilot.app.screen.SCREEN_NAME == "indicators"
    assert isinstance(pilot.app.focused, IndicatorTree)
    await pilot.press("down")
    assert pilot.app.screen.indicator.number == 1


async def test_add_year_with_actual_typed_full_width(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_indicator_1(pilot)
        await pilot.press("tab", "tab")
        assert isinstance(app.focused, YearTable)
        await pilot.press("a", *"2022", "enter")
        await settle(pilot)
        assert [y.fiscal_year for y in stored_report(db_path).indicator(1).years] == [
            2019,
            2020,
            2021,
            2022,
        ]
        table = app.screen.query_one(YearTable)
        assert table.records  # at 80 columns a year is a block of rows, one per field
        assert table.cursor_cell() == (2022, "target")
        await pilot.press("down", "enter")
        await type_text(pilot, "１，５００")
        await pilot.press("tab", "tab")  # accept, skip 分子／分母, on to 時点
        await type_text(pilot, "R4.4.1")
        await pilot.press("enter")
        await settle(pilot)
        year = stored_report(db_path).indicator(1).year(2022)
        assert (year.actual, year.as_of) == (1500, date(2022, 4, 1))
        assert table.get_row("2022.actual")[2].plain == "1,500"
        assert table.get_row("2022.as_of")[2].plain == "R4.4.1"

        await pilot.press("ctrl+z", "ctrl+z")  # as_of, then actual
        await settle(pilot)
        assert stored_report(db_path).indicator(1).year(2022).actual is None


async def test_ratio_and_invalid_as_of(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_indicator_1(pilot)
        await pilot.press("tab", "tab", "j", "j", "enter", "ctrl+u")  # 目標, 実績, 分子／分母
        await type_text(pilot, "４６／５０")
        await pilot.press("tab", "ctrl+u")  # ratio saved as numerator and denominator together
        await type_text(pilot, "R1.4.1")  # 令和 began on 2019-05-01
        await pilot.press("enter")
        await settle(pilot)
        error = str(app.screen.query_one("#cell-error", Static).render())
        assert "R1.4.1" in error
        year = stored_report(db_path).indicator(1).year(2019)
        assert (year.numerator, year.denominator) == (46, 50)
        assert year.as_of == date(2019, 4, 1)  # unchanged


async def test_edit_mark_from_the_list(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_indicator_1(pilot)
        await pilot.press("enter")  # selecting the indicator moves into its form
        assert isinstance(app.focused, IndicatorForm)
        await pilot.press(*["j"] * MARK_ROW, "enter")
        await settle(pilot)
        await pilot.press("up", "up", "enter")  # from － to ロ
        await settle(pilot)
        assert stored_report(db_path).indicator(1).mark == "ロ"
        chart = str(app.screen.query_one("#indicator-chart", Static).render())
        assert "達成 ロ" in chart and "提案 －" in chart and "63.2%" in chart


async def test_toggle_main(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_indicator_1(pilot)
        await pilot.press("tab", "j", "enter")
        await settle(pilot)
        assert stored_report(db_path).indicator(1).main is False
        tree = app.screen.query_one(IndicatorTree)
        assert "①" not in str(tree.get_node_at_line(1).label)
        await pilot.press("space")
        await settle(pilot)
        assert stored_report(db_path).indicator(1).main is True
        assert "①" in str(tree.get_node_at_line(1).label)


async def test_edit_baseline_value(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_indicator_1(pilot)
        await pilot.press("tab", *["j"] * BASELINE_VALUE_ROW, "e", "ctrl+u")
        await type_text(pilot, "約１，０００")  # 約 belongs to the target, not a baseline value
        await pilot.press("enter")
        await settle(pilot)
        assert "約" in str(app.screen.query_one("#cell-error", Static).render())
        assert stored_report(db_path).indicator(1).baseline.value == 1067
        await pilot.press("escape", "e", "ctrl+u")
        await type_text(pilot, "１，０００")
        await pilot.press("enter")
        await settle(pilot)
        assert stored_report(db_path).indicator(1).baseline.value == 1000


async def test_add_and_remove_indicator_and_objective(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_indicator_1(pilot)
        await pilot.press("a")
        await type_text(pilot, "テスト指標")
        await pilot.press("enter")
        await settle(pilot)
        report = stored_report(db_path)
        assert [i.number for i in report.objectives[0].indicators] == [1, 3, 2]
        assert report.indicator(3).name == "テスト指標"
        assert app.screen.indicator.number == 3

        await pilot.press("o")
        await type_text(pilot, "新しい目標")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [o.text for o in stored_report(db_path).objectives][1] == "新しい目標"

        tree = app.screen.query_one(IndicatorTree)
        tree.cursor_line = 2  # 測定指標３
        await pilot.press("x", "y")
        await settle(pilot)
        assert stored_report(db_path).indicator(3) is None
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert stored_report(db_path).indicator(3).name == "テスト指標"
