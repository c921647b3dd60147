"""Undo (ctrl+z), doing the edit again, and restoring from the history (F7, r) on a real
terminal: each shows a notification, which must render (a Toast crash ends the app)."""

from __future__ import annotations

from tests.terminal.conftest import Home, eventually, history, load
from tests.terminal.driver import Terminal, clear_editor

LABEL = "令和元年度（2019年度）　当初予算（a）（百万円）"


def _edit_budget(term: Terminal, home: Home, typed: str, shown: str, value: int) -> None:
    term.press("enter")
    clear_editor(term, LABEL)
    term.type(typed)
    term.wait_for(typed)
    term.press("enter")
    term.wait_for(shown)
    eventually(lambda: load(home.db).budget.years[0].initial, lambda v: v == value, "saved")


def _budget(home: Home) -> Terminal:
    term = home.open_list()
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.press("f3")
    term.wait_for("76,461")
    return term


def test_undo_then_edit_again(home: Home) -> None:
    term = _budget(home)
    _edit_budget(term, home, "△１，２３４", "△ 1,234", -1234)
    term.press("ctrl+z")
    term.wait_for("元に戻しました")  # the notification
    term.wait_for("76,461")
    eventually(lambda: load(home.db).budget.years[0].initial, lambda v: v == 76461, "undone")
    _edit_budget(term, home, "△１，２３４", "△ 1,234", -1234)  # and again
    term.press("ctrl+q")
    term.close(0)
    values = [c.new for c in history(home.db) if c.path == "budget[2019].initial"]
    assert values == [-1234, 76461, -1234]


def test_restore_from_history(home: Home) -> None:
    term = _budget(home)
    _edit_budget(term, home, "５００", "500", 500)
    term.press("f7")
    term.wait_for("令和元年度 当初予算（a）")  # the place in the form's words
    term.settle()
    term.press("r")
    term.wait_for("を変更前の値に戻しました")  # the notification
    eventually(lambda: load(home.db).budget.years[0].initial, lambda v: v == 76461, "restored")
    term.press("escape")
    term.wait_for("76,461")
    term.press("ctrl+q")
    term.close(0)
    values = [c.new for c in history(home.db) if c.path == "budget[2019].initial"]
    assert values == [500, 76461]
