"""Keyboard flow of the history screen: see who changed what, filter, restore an old value."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from textual.widgets import DataTable, Input

from models.store.store import open_store
from tests.test_cli_history import hyoka
from tests.tui.helpers import make_app, settle
from tests.tui.typing_helpers import type_text
from tui.screens.history import HistoryScreen

KEY = "soumu-r4-08"


def _edit(db_path: Path) -> None:
    store = open_store(str(db_path), user="tester")
    store.set_value(KEY, "budget[2021].executed", 240000, expected=238163)
    store.set_value(KEY, "cabinet_policies[0].date", date(2022, 1, 1))
    store.set_value(KEY, "verdict.rationale", "[b]書き換え[/]")
    store.close()


def _cells(table: DataTable[object]) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_history_screen_shows_filters_and_restores(db_path: Path) -> None:
    _edit(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = HistoryScreen(KEY)
        await app.push_screen(screen)
        await settle(pilot)
        table = screen.query_one(DataTable)
        rows = _cells(table)
        # newest first: the three edits by tester, then the import
        assert [r[3] for r in rows] == [
            "判断根拠",
            "内閣の重要政策１ 年月日",
            "令和３年度 執行額",
            "レポート全体",
        ]
        assert rows[2][1] == "tester" and rows[2][2] == "変更"
        assert rows[2][4] == "238,163" and rows[2][5] == "240,000"
        assert rows[0][5] == "[b]書き換え[/]"  # markup shown as typed

        # filter by typing a place, as it reads or as its path
        await pilot.press("slash")
        await type_text(pilot, "執行額")
        await settle(pilot)
        assert screen.query_one("#filter", Input).value == "執行額"
        assert [r[3] for r in _cells(table)] == ["令和３年度 執行額"]
        screen.query_one("#filter", Input).value = "budget"
        await settle(pilot)
        assert [r[3] for r in _cells(table)] == ["令和３年度 執行額"]
        await pilot.press("enter")  # back to the table
        assert table.has_focus

        # restore the old executed figure: a number stays a number
        await pilot.press("r")
        await settle(pilot)
        store = open_store(str(db_path))
        assert store.load_report(KEY).budget.year(2021).executed == 238163
        last = store.history(KEY)[-1]
        assert (last.user, last.action, last.path, last.old, last.new) == (
            "tester",
            "set",
            "budget[2021].executed",
            240000,
            238163,
        )

        # clear the filter, restore the date: it goes back as a date, not a string
        await pilot.press("slash", *["backspace"] * 6, "enter")
        await settle(pilot)
        rows = _cells(table)
        assert rows[0][3] == "令和３年度 執行額"  # the restore is listed, newest first
        date_row = [r[3] for r in rows].index("内閣の重要政策１ 年月日")
        table.move_cursor(row=date_row)
        await pilot.press("r")
        await settle(pilot)
        assert store.load_report(KEY).cabinet_policies[0].date == date(2021, 6, 18)

        # an import row cannot be restored and changes nothing
        before = len(store.history(KEY))
        table.move_cursor(row=table.row_count - 1)
        await pilot.press("r")
        await settle(pilot)
        assert len(store.history(KEY)) == before

        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, HistoryScreen)
        store.close()

    # the command line tells the same story
    result = hyoka("history", KEY, db=db_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "tester  変更  令和３年度 執行額  238,163 → 240,000" in out
    assert "tester  変更  令和３年度 執行額  240,000 → 238,163" in out
    assert "内閣の重要政策１ 年月日  令和４年１月１日 → 令和３年６月18日" in out


async def test_hyoka_history_shows_what_was_typed_on_the_screens(db_path: Path) -> None:
    """Edits made by keys (a budget cell, the rationale) as ``hyoka history`` prints them."""
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f3")  # the budget: 令和３年度・執行額
        await settle(pilot)
        await pilot.press("right", "right", *["down"] * 5, "enter", "ctrl+u")
        await type_text(pilot, "△１，２３４")
        await pilot.press("enter", "f5", "alt+r")  # the rationale, cursor at its start
        await settle(pilot)
        await type_text(pilot, "（追記）")
        await pilot.press("alt+c")  # leaving the text saves it
        await settle(pilot)
    result = hyoka("history", KEY, "--format", "json", db=db_path)
    assert result.returncode == 0, result.stderr
    rows = [r for r in json.loads(result.stdout) if r["action"] == "set"]
    assert [(r["user"], r["path"]) for r in rows] == [
        ("tester", "budget[2021].executed"),
        ("tester", "verdict.rationale"),
    ]
    assert (rows[0]["old"], rows[0]["new"]) == (238163, -1234)
    assert rows[1]["new"] == "（追記）" + rows[1]["old"]
    text = hyoka("history", KEY, db=db_path).stdout.splitlines()
    assert text[1].endswith("tester  変更  令和３年度 執行額  238,163 → △ 1,234")
