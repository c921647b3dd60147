"""What the history keeps when an edit is taken back or typed on at once, on a real terminal.

Saves of one field within ``history_merge_seconds`` (60 s here, the default) used to fold into
one entry whatever they were: 政策名 appended to, tab, ctrl+z within the minute left neither the
change nor the undo in F7 or ``hyoka history``, though the changed value sat in the database
in between. Now only the autosaves of one typing session merge: an accepted value and its undo
stay, and typing on after a value was accepted starts a new entry.
"""

from __future__ import annotations

import subprocess

from tests.terminal.conftest import HYOKA, KEY, Home, eventually, history, load

NAME = "電子自治体の推進"


def test_an_accepted_edit_undone_at_once_stays_in_f7_and_hyoka_history(home: Home) -> None:
    term = home.open_list()
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.settle()
    term.press("end")
    term.type("（改）")
    term.wait_for(NAME + "（改）")
    term.press("tab")
    eventually(lambda: load(home.db).policy_name, lambda v: v == NAME + "（改）", "saved")
    term.press("ctrl+z")
    term.wait_for("元に戻しました")
    eventually(lambda: load(home.db).policy_name, lambda v: v == NAME, "undone")
    term.press("f7")
    shown = term.wait_for("3 / 3 件")  # the import, the edit, the undo
    rows = [line for line in shown.splitlines() if line.startswith(" 20") and "政策名" in line]
    assert len(rows) == 2, shown
    term.press("escape")
    term.wait_for("▶")
    term.press("ctrl+q")
    term.close(0)
    changes = [(c.path, c.old, c.new) for c in history(home.db)]
    assert changes[1:] == [
        ("report.policy_name", NAME, NAME + "（改）"),
        ("report.policy_name", NAME + "（改）", NAME),
    ]
    printed = subprocess.run(
        [HYOKA, "--db", str(home.db), "history", KEY],
        env=home.env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert f"{NAME} → {NAME}（改）" in printed and f"{NAME}（改） → {NAME}" in printed, printed


def test_autosaves_merge_but_not_across_the_value_accepted(home: Home) -> None:
    """政策の概要 (a long text, saved after a pause): two pauses then tab are one entry;
    back in the field, more typing is another."""
    term = home.open_list()
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.settle()
    term.press(*["tab"] * 8)
    term.wait_for("▶政策の概要")
    first = load(home.db).overview
    term.press("ctrl+end")
    term.type("あ")
    eventually(lambda: load(home.db).overview, lambda v: v == first + "あ", "autosaved")
    term.type("い")
    eventually(lambda: load(home.db).overview, lambda v: v == first + "あい", "autosaved")
    term.press("tab")  # accepted as it is
    term.wait_gone("▶政策の概要")
    term.press("shift+tab")
    term.wait_for("▶政策の概要")
    term.press("ctrl+end")
    term.type("う")
    eventually(lambda: load(home.db).overview, lambda v: v == first + "あいう", "autosaved")
    term.press("tab")
    term.press("ctrl+q")
    term.close(0)
    changes = [(c.path, c.old, c.new) for c in history(home.db)]
    assert changes[1:] == [
        ("report.overview", first, first + "あい"),
        ("report.overview", first + "あい", first + "あいう"),
    ]
