"""The 事前分析表 on a real terminal: F8, a reason typed with a 全角スペース, the plan fixed, a
target edited, and the change found by ``hyoka check`` afterwards (issue 14)."""

from __future__ import annotations

import subprocess

from tests.terminal.conftest import HYOKA, Home, eventually, history, load
from tests.terminal.driver import Terminal

REASON = "全国の導入状況を示すため。　目標は計画による"


def _open_plan(home: Home) -> Terminal:
    """The list, the sample report, then F8 with the plan not yet fixed."""
    term = home.open_list()
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.press("f8")
    term.wait_for("事前分析表: 未確定")
    term.settle()
    return term


def test_reason_fix_and_a_changed_target(home: Home) -> None:
    term = _open_plan(home)
    # from 政策評価実施予定時期: the target, its year, then the reason of indicator 1
    term.press("tab", "tab", "tab")
    term.settle()
    term.type(REASON)  # an IME commits the text, the 全角スペース with it
    term.wait_for("目標は計画による")
    term.press("tab")  # leaving the field saves it
    eventually(lambda: load(home.db).indicator(1).reason, lambda v: v == REASON, "reason")

    term.press("f9")
    term.wait_for("付けで確定しますか？")
    term.press("y")
    term.wait_for("事前分析表を確定しました")  # the notice: the view stays at the field in use
    plan = eventually(lambda: load(home.db).plan, lambda v: v is not None, "plan fixed")
    assert [p.target.value for p in plan.indicators] == [1600, 100]

    # focus stayed on indicator 2's target; back past indicator 1's 変更理由 (new since the
    # plan is fixed), reason and target year to its target
    term.press("shift+tab", "shift+tab", "shift+tab", "shift+tab")
    term.settle()
    term.press("end", "ctrl+u")
    term.settle()
    term.type("１７００")
    term.press("enter")
    term.wait_for("計画: 約1,600団体 → 現在: 約1,700団体")
    eventually(lambda: load(home.db).indicator(1).target.value, lambda v: v == 1700, "target")
    term.press("ctrl+q")
    term.close(0)
    assert [c.path for c in history(home.db)][-3:] == [
        "indicator[1].reason",
        "plan",
        "indicator[1].target.value",
    ]

    checked = subprocess.run(
        [HYOKA, "--db", str(home.db), "check", "soumu-r4-08"],
        capture_output=True,
        text=True,
        env=home.env(),
        timeout=120,
    )
    assert "P001" in checked.stdout
    assert "計画: 約1,600団体 → 現在: 約1,700団体" in checked.stdout


def test_keys_typed_straight_after_fixing_the_plan_never_save_a_half_typed_value(
    home: Home,
) -> None:
    """F9, y, and the evaluator goes on typing at once while the form is rebuilt (the
    変更理由 fields appear): the field being replaced never saves what it held, and keys
    reach the field in the order typed (a ctrl+u applied after 「１７００」 once saved an
    empty target)."""
    term = _open_plan(home)
    term.press("tab")  # indicator 1's target
    term.settle()
    term.press("f9")
    term.wait_for("付けで確定しますか？")
    term.press("y")
    # no pause: these keys reach the form while it is being rebuilt
    term.press("end", "ctrl+u")
    term.type("１７００")
    term.press("enter")
    term.wait_for("事前分析表を確定しました")
    term.settle()
    eventually(lambda: load(home.db).plan, lambda v: v is not None, "plan fixed")
    term.press("ctrl+q")
    term.close(0)
    targets = [c for c in history(home.db) if c.path == "indicator[1].target.value"]
    assert all(c.new in (1600, 1700) for c in targets), [(c.old, c.new) for c in targets]
    assert load(home.db).indicator(1).target.value in (1600, 1700)
