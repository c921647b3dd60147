"""Budget screen (F3) by keys alone at 80×24: edit cells, refuse bad input, add and remove years."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from tests.tui.helpers import make_app, settle, stored_report
from tests.tui.typing_helpers import type_text
from tui.widgets.budget_grid import BudgetGrid, NotesGrid
from tui.widgets.cell_editor import CellEditor

KEY = "soumu-r4-08"


async def _open_budget(pilot) -> None:
    await settle(pilot)
    await pilot.press("enter", "f3")
    await settle(pilot)
    assert pilot.app.screen.SCREEN_NAME == "budget"


def _cell(pilot, row: str, fy: int) -> str:
    grid = pilot.app.screen.query_one(BudgetGrid)
    value = grid.get_cell(row, str(fy))
    return value.plain if isinstance(value, Text) else str(value)


async def _to_2021_executed(pilot) -> None:
    # from 令和元年度・当初予算（a）: two columns right, five rows down (l and j are VisiData's)
    await pilot.press("right", "l", "down", "j", "j", "down", "down")
    assert pilot.app.screen.query_one(BudgetGrid).cursor_cell() == (2021, "executed")


async def test_negative_typed_full_width_is_saved_and_shown(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_budget(pilot)
        await _to_2021_executed(pilot)
        await pilot.press("enter", "ctrl+u")  # the editor opens with the cursor after the value
        await type_text(pilot, "△１，２３４")
        await pilot.press("enter")
        await settle(pilot)
        assert stored_report(db_path).budget.year(2021).executed == -1234
        assert _cell(pilot, "executed", 2021) == "△ 1,234"
        assert isinstance(app.focused, BudgetGrid)
        # blank stays blank: clearing a cell stores nothing, shows nothing
        await pilot.press("e", "ctrl+u", "enter")
        await settle(pilot)
        assert stored_report(db_path).budget.year(2021).executed is None
        assert _cell(pilot, "executed", 2021) == ""


async def test_tab_accepts_and_moves_right(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_budget(pilot)
        await pilot.press("e", "ctrl+u")
        await type_text(pilot, "１００")
        await pilot.press("tab", "ctrl+u")
        await type_text(pilot, "－２，０００")
        await pilot.press("enter")
        await settle(pilot)
        years = stored_report(db_path).budget
        assert (years.year(2019).initial, years.year(2020).initial) == (100, -2000)


async def test_invalid_input_is_refused_in_place(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_budget(pilot)
        await _to_2021_executed(pilot)
        await pilot.press("enter", *"12a", "enter")
        await settle(pilot)
        editor = app.screen.query_one(CellEditor)
        assert editor.display and editor.is_open
        message = str(editor.query_one("#cell-error", Static).render())
        assert "12a" in message and "1,182" in message  # says what is expected
        assert stored_report(db_path).budget.year(2021).executed == 238163
        await pilot.press("escape")
        await settle(pilot)
        assert not editor.display
        assert stored_report(db_path).budget.year(2021).executed == 238163
        assert app.screen.SCREEN_NAME == "budget"  # escape cancelled the edit, not the screen


async def test_add_year_column_remove_it_and_undo(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_budget(pilot)
        await pilot.press("a", *"2023", "enter")
        await settle(pilot)
        years = [y.fiscal_year for y in stored_report(db_path).budget.years]
        assert years == [2019, 2020, 2021, 2022, 2023]
        grid = app.screen.query_one(BudgetGrid)
        assert grid.cursor_cell() == (2023, "initial")
        assert str(grid.ordered_columns[4].label) == "令和５年度"

        await pilot.press("x", "y")
        await settle(pilot)
        assert [y.fiscal_year for y in stored_report(db_path).budget.years] == [
            2019,
            2020,
            2021,
            2022,
        ]

        await pilot.press("ctrl+z")  # undo the removal
        await settle(pilot)
        assert [y.fiscal_year for y in stored_report(db_path).budget.years][-1] == 2023
        await pilot.press("ctrl+z")  # undo the addition
        await settle(pilot)
        assert [y.fiscal_year for y in stored_report(db_path).budget.years] == [
            2019,
            2020,
            2021,
            2022,
        ]


async def test_add_year_typed_in_era_and_duplicate_refused(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_budget(pilot)
        await pilot.press("a", *"R3", "enter")  # 令和３年度 exists
        await settle(pilot)
        assert "令和３年度" in str(app.screen.query_one("#ask-error", Static).render())
        await pilot.press(*["backspace"] * 2, *"R5", "enter")
        await settle(pilot)
        assert [y.fiscal_year for y in stored_report(db_path).budget.years][-1] == 2023


async def test_gap_between_total_and_sum_is_shown(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_budget(pilot)
        assert _cell(pilot, "total", 2021) == "431,001"
        assert _cell(pilot, "computed_total", 2021) == "431,000"
        assert _cell(pilot, "execution_rate", 2021) == "55.3%"
        await pilot.press("right", "right", "down", "down", "down")
        status = str(app.screen.query_one("#budget-status", Static).render())
        assert "B001" in status and "1" in status


async def test_unit_and_notes(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_budget(pilot)
        await pilot.press("u", "down", "enter")  # 百万円 → 千円
        await settle(pilot)
        assert stored_report(db_path).budget.unit == "千円"

        await pilot.press("tab")
        assert isinstance(app.focused, NotesGrid)
        await pilot.press("j", "a", *"note 3", "enter")  # added after the cursor's note
        await settle(pilot)
        assert stored_report(db_path).budget.notes[2] == "note 3"
        assert app.screen.query_one(NotesGrid).cursor_row == 2
        await pilot.press("e", "end", *" [b]", "enter")
        await settle(pilot)
        assert stored_report(db_path).budget.notes[2] == "note 3 [b]"
        await pilot.press("e", *["backspace"] * 12, "enter")  # an empty note is refused
        await settle(pilot)
        assert "x" in str(app.screen.query_one("#cell-error", Static).render())
        await pilot.press("escape", "d", "y")
        await settle(pilot)
        assert len(stored_report(db_path).budget.notes) == 2
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert stored_report(db_path).budget.notes[2] == "note 3 [b]"
