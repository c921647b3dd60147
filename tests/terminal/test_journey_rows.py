"""Adding and removing rows and year columns on a real terminal, confirmations included."""

from __future__ import annotations

from tests.terminal.conftest import Home, eventually, history, load


def test_budget_year_added_then_removed_after_confirming(home: Home) -> None:
    term = home.open_list()
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.press("f3")
    term.wait_for("76,461")
    term.settle()
    term.press("a")
    term.wait_for("追加する年度")
    term.type("令和５年度")
    term.wait_for("令和５年度")
    term.press("enter")
    term.wait_for("令和５年度（2023年度）")
    years = eventually(
        lambda: [y.fiscal_year for y in load(home.db).budget.years],
        lambda v: 2023 in v,
        "year added",
    )
    assert years == [2019, 2020, 2021, 2022, 2023]
    term.settle()
    term.press("x")
    term.wait_for("の列を削除しますか？")
    term.press("n")  # no: the column stays
    term.wait_gone("の列を削除しますか？")
    term.press("x")
    term.wait_for("令和５年度の列を削除しますか？")
    term.press("y")
    term.wait_gone("令和５年度（2023年度）")
    eventually(
        lambda: [y.fiscal_year for y in load(home.db).budget.years],
        lambda v: 2023 not in v,
        "year removed",
    )
    term.press("ctrl+q")
    term.close(0)
    assert [c.path for c in history(home.db)][-2:] == ["budget[2023]", "budget[2023]"]


def test_list_row_deleted_with_notice(home: Home) -> None:
    term = home.open_list()
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.click("デジタル技術やAI等")
    term.settle()
    term.press("d")
    term.wait_for("行目を削除しました")  # the notification (wrapped in its toast)
    eventually(lambda: len(load(home.db).intermediate_outcomes), lambda n: n == 1, "removed")
    term.press("ctrl+q")
    term.close(0)
    assert load(home.db).intermediate_outcomes[0].startswith("自治体が担う")
