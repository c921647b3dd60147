"""Pasting text copied from a terminal, escape sequences and all, on a real terminal.

Coloured terminal output copied and pasted carries its colour codes. The terminal passes them
inside its bracketed paste (ESC[200~ … ESC[201~), which is what this journey writes. Before,
Textual read each sequence as keys typed before the paste: 分野 was saved as
``電子自治体^[31mRED^[0mCDAB`` (a literal ESC, the pieces out of order, no notice), a budget
cell pasted ``7 ESC 8`` held ``^87``. Now each sequence is removed whole, the rest lands in
order at the cursor, and a notice names what was removed.
"""

from __future__ import annotations

import pytest

from tests.terminal.conftest import Home, eventually, history, load
from tests.terminal.driver import clear_editor

COLOURED = "AB\x1b[31mRED\x1b[0mCD"


def toast(screen: str) -> str:
    """The text of the notices on the right of the screen (each line after its ▌), joined."""
    return "".join(line.rsplit("▌", 1)[1].strip() for line in screen.splitlines() if "▌" in line)


@pytest.mark.parametrize("split_at", [None, 5])  # 5: the second read starts inside ESC[31m
def test_a_coloured_paste_into_a_one_line_field(home: Home, split_at: int | None) -> None:
    term = home.open_list()
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.press("tab", "tab")
    term.wait_for("▶分野")
    term.paste(COLOURED, split_at=split_at)
    term.wait_for("電子自治体ABREDCD")
    shown = term.wait_until(lambda s: "ESC[0m）" in toast(s), "the notice")
    assert "制御シーケンス2個を取り除きました（ESC[31m、ESC[0m）" in toast(shown).replace(" ", "")
    assert "^[" not in shown, shown
    term.press("tab")
    eventually(lambda: load(home.db).field, lambda v: v == "電子自治体ABREDCD", "saved")
    term.press("ctrl+q")
    term.close(0)
    last = history(home.db)[-1]
    assert (last.path, last.old, last.new) == ("report.field", "電子自治体", "電子自治体ABREDCD")


def test_a_lone_escape_pasted_into_a_budget_cell(home: Home) -> None:
    term = home.open_list()
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.press("f3")
    term.wait_for("76,461")
    term.press("enter")
    clear_editor(term, "令和元年度（2019年度）　当初予算（a）（百万円）")
    term.paste("7\x1b8")
    shown = term.wait_until(lambda s: "ESC8）" in toast(s), "the notice")
    assert "制御シーケンス1個を取り除きました（ESC8）" in toast(shown).replace(" ", "")
    assert "^" not in shown.split("ctrl+u")[0], shown
    term.press("enter")
    eventually(lambda: load(home.db).budget.years[0].initial, lambda v: v == 7, "saved")
    term.press("ctrl+q")
    term.close(0)
