"""User text that looks like markup shows literally on the budget and indicators screens."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from models.store.store import open_store
from tests.tui.helpers import make_app, settle
from tui.widgets.budget_grid import NotesGrid
from tui.widgets.indicator_form import IndicatorForm
from tui.widgets.indicator_tree import IndicatorTree
from tui.widgets.year_table import YearTable

KEY = "soumu-r4-08"
TRICKY = "[b]太字[/] [red]x[/red] C:\\temp\\ 😀 [link=http://x]y[/link]"


def _plant(db_path: Path) -> None:
    store = open_store(str(db_path))
    store.set_value(KEY, "budget.notes[0]", TRICKY)
    store.set_value(KEY, "indicator[1].name", TRICKY)
    store.set_value(KEY, "indicator[1].unit", "[i]団体[/i]")
    store.set_value(KEY, "indicator[1].years[2019].actual_text", TRICKY + "\n2行目")
    store.set_value(KEY, "objectives[0].text", "[bold]目標[/bold]\\")
    store.close()


def _plain(cell: object) -> str:
    return cell.plain if isinstance(cell, Text) else str(cell)


async def test_budget_notes_show_literally(db_path: Path) -> None:
    _plant(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f3")
        await settle(pilot)
        notes = app.screen.query_one(NotesGrid)
        assert _plain(notes.get_cell_at((0, 0))) == TRICKY
        await pilot.press("tab", "e")  # the note in the input bar, as typed
        assert app.focused.value == TRICKY
        await pilot.press("enter")
        await settle(pilot)
        assert "[red]x[/red]" in app.export_screenshot()


async def test_indicator_texts_show_literally(db_path: Path) -> None:
    _plant(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f4")
        await settle(pilot)
        tree = app.screen.query_one(IndicatorTree)
        assert str(tree.get_node_at_line(0).label).endswith("[bold]目標[/bold]\\")
        assert str(tree.get_node_at_line(1).label).endswith(TRICKY)
        await pilot.press("down")
        form = app.screen.query_one(IndicatorForm)
        assert _plain(form.get_row("name")[1]) == TRICKY
        assert _plain(form.get_row("unit")[1]) == "[i]団体[/i]"
        years = app.screen.query_one(YearTable)
        assert _plain(years.get_row("2019")[6]) == TRICKY + " ⏎ 2行目"
        await pilot.press("tab", "tab", *["l"] * 6)  # the 実績テキスト cell
        status = str(app.screen.query_one("#indicator-status", Static).content)
        assert TRICKY in status
        assert "[red]x[/red]" in app.export_screenshot()
