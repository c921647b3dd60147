"""Editing each kind of field on a real terminal, Japanese typed as an IME commits it.

Each journey starts the installed hyoka on an 80×24 pseudo-terminal, edits one field with the
keys a user presses, reads the result off the screen, quits with ctrl+q, and then checks the
database: the value saved and the history row that records it.
"""

from __future__ import annotations

from models.snapshot.sample import load_sample
from tests.terminal.conftest import Home, eventually, history, load
from tests.terminal.driver import clear_editor

FIRST_OUTCOME = (
    "自治体が担う行政サービスについて、デジタル技術やデータを活用して、住民の利便性を向上させる。"
)


def line_with(screen: str, text: str) -> str:
    return next((line for line in screen.splitlines() if text in line), "")


def _open_report(home: Home):  # type: ignore[no-untyped-def]
    term = home.open_list()
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    return term


def test_open_list_and_report_then_quit(home: Home) -> None:
    history_before = history(home.db)
    term = home.open_list()
    assert "8：電子自治体の推進" in term.screen()
    term.press("enter")
    shown = term.wait_for("総務省R4－⑧")
    assert "電子自治体の推進" in shown and "令和３年度" in shown
    term.press("f6")
    term.wait_for("政策の予算額・執行額等")
    term.press("ctrl+q")
    term.close(0)
    # the file still opens and holds the report as imported: looking changed nothing
    assert load(home.db) == load_sample()
    assert history(home.db) == history_before  # and wrote no change


def test_budget_cell_full_width_negative(home: Home) -> None:
    term = _open_report(home)
    term.press("f3")
    term.wait_for("76,461")
    term.press("enter")
    clear_editor(term, "令和元年度（2019年度）　当初予算（a）（百万円）")
    term.type("△１，２３４")
    term.wait_for("△１，２３４")
    term.press("enter")
    term.wait_for("△ 1,234")
    eventually(lambda: load(home.db).budget.years[0].initial, lambda v: v == -1234, "saved")
    term.press("ctrl+q")
    term.close(0)
    assert [(c.path, c.old, c.new) for c in history(home.db)][-1] == (
        "budget[2019].initial",
        76461,
        -1234,
    )


def test_indicator_year_actual(home: Home) -> None:
    term = _open_report(home)
    term.press("f4")
    term.wait_for("1,182")
    term.press("tab", "tab")  # at 80 columns each year is a block of rows, one per field
    term.wait_for("令和元年度（2019年度）・目標")
    term.press("down")
    term.wait_for("令和元年度（2019年度）・実績")
    term.press("enter")
    clear_editor(term, "令和元年度（2019）　実績")
    term.type("１，５００")
    term.wait_for("１，５００")
    term.press("enter")
    term.wait_for("1,500")
    eventually(
        lambda: load(home.db).objectives[0].indicators[0].years[0].actual,
        lambda v: v == 1500,
        "saved",
    )
    term.press("ctrl+q")
    term.close(0)
    assert history(home.db)[-1].new == 1500


def test_verdict_category(home: Home) -> None:
    term = _open_report(home)
    term.press("f5")
    shown = term.wait_for("選択: 目標達成 ≠ 提案:")  # the sample's 目標達成 differs
    # the choice reads in the characters, not only in colour (pyte keeps no colour here)
    assert "▶● 目標達成 " in line_with(shown, "▶●")
    assert " ○ 目標超過達成" in shown and " ○ 相当程度進展あり" in shown
    term.press("3")  # 相当程度進展あり
    shown = term.wait_for("✓ 選択: 相当程度進展あり")
    assert "▶● 相当程度進展あり" in line_with(shown, "▶●")
    eventually(lambda: load(home.db).verdict.category, lambda v: v == "相当程度進展あり", "saved")
    term.press("ctrl+q")
    term.close(0)
    last = history(home.db)[-1]
    assert (last.path, last.old, last.new) == ("verdict.category", "目標達成", "相当程度進展あり")


def test_long_text_with_ideographic_space_combining_and_brackets(home: Home) -> None:
    """判断根拠 typed through the terminal: U+3000, a combining mark, markup-like text."""
    typed = "第１部　陸上 か\u3099 [b]太字[/b]"
    term = _open_report(home)
    term.press("f5")
    term.wait_for("選択: 目標達成 ≠ 提案:")
    # Keys pressed while the screen is still settling can be lost (see the report to the
    # lead); a user looks at the screen first.
    term.settle()
    term.press("alt+r")  # the 判断根拠 tab's text area
    term.settle()
    # as an IME commits it, phrase by phrase
    term.type("第１部")
    term.wait_for("第１部")
    term.type("　陸上")
    term.wait_for("陸上測定指標")  # the text area may wrap at the 全角スペース: the DB tells
    term.type(" か\u3099 [b]太字[/b]")
    term.wait_for("[b]太字[/b]")
    rationale = eventually(
        lambda: load(home.db).verdict.rationale, lambda v: typed in v, "saved after the pause"
    )
    assert rationale.count("\u3000陸上") == 1
    term.press("ctrl+q")
    term.close(0)
    assert typed in history(home.db)[-1].new


def test_list_row(home: Home) -> None:
    """A row of ［中間アウトカム］ edited in its dialog (reached by a click), saved by ctrl+s."""
    term = _open_report(home)
    term.click("自治体が担う")
    term.press("enter")
    term.wait_for("［中間アウトカム］: １行目")
    term.type("（第２部　海上）")
    term.wait_for("海上）")  # the text area may wrap at the 全角スペース: the DB tells
    term.press("ctrl+s")
    term.wait_gone("［中間アウトカム］: １行目")
    eventually(
        lambda: load(home.db).intermediate_outcomes[0],
        lambda v: "（第２部　海上）" in v,
        "saved",
    )
    term.press("ctrl+q")
    term.close(0)
    row = load(home.db).intermediate_outcomes[0]
    assert row.replace("（第２部　海上）", "") == FIRST_OUTCOME
    assert history(home.db)[-1].path == "report.intermediate_outcomes[0]"
