"""The 事前分析表 screen (F8) by keys at 80×24: reasons, fixing the plan, planned vs now, means."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import DataTable, Input, Static, TextArea

from models.report.model import MeansYear
from models.rules.check import check_report
from tests.tui.conftest import Polls
from tests.tui.helpers import make_app, settle, stored_report, wait_until


async def _open_plan(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("f8")
    await settle(pilot)


async def _type_into(pilot, selector: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Focus the editor of field ``selector``, replace its text and leave it (which saves)."""
    editor = pilot.app.screen.query_one(f"{selector} Input, {selector} TextArea")
    editor.focus()
    await settle(pilot)
    if isinstance(editor, TextArea):
        editor.load_text("")
        editor.insert(text)  # committed IME text arrives as an insertion
    else:
        editor.value = text
    await pilot.press("tab")
    await settle(pilot)


async def test_reason_is_saved_and_undone(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_plan(pilot)
        assert app.screen.SCREEN_NAME == "plan"
        await _type_into(pilot, "#f-reason-1", "全国の導入状況を示す指標。　目標は計画による")
        assert stored_report(db_path).indicator(1).reason == (
            "全国の導入状況を示す指標。　目標は計画による"
        )
        await _type_into(pilot, "#f-planned", "令和４年８月")
        assert stored_report(db_path).planned_evaluation == "令和４年８月"
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert stored_report(db_path).planned_evaluation == ""
        assert stored_report(db_path).indicator(1).reason != ""


async def test_fix_then_edit_a_target_shows_planned_vs_now(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_plan(pilot)
        assert not app.screen.query("#f-change-1")  # no plan yet: no reason for changes
        await pilot.press("f9")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        report = stored_report(db_path)
        assert report.plan is not None and report.plan.fixed_on == date.today()
        assert [p.number for p in report.plan.indicators] == [1, 2]
        status = str(app.screen.query_one("#plan-status", Static).content)
        assert "確定" in status and "計画どおり" in status

        await _type_into(pilot, "#f-target-1", "1,700")
        report = stored_report(db_path)
        assert report.indicator(1).target.value == 1700
        assert report.plan.indicators[0].target.value == 1600  # the plan stays as fixed
        diff = str(app.screen.query_one("#plan-diff-1", Static).content)
        assert "計画: 約1,600団体 → 現在: 約1,700団体" in diff
        assert app.screen.query_one("#plan-diff-1").has_class("-unexplained")
        assert "P001" in [f.code for f in check_report(report)]

        await _type_into(pilot, "#f-change-1", "対象団体の拡大により目標を見直した。")
        report = stored_report(db_path)
        assert report.indicator(1).change_reason == "対象団体の拡大により目標を見直した。"
        assert not [f for f in check_report(report) if f.code.startswith("P")]
        assert not app.screen.query_one("#plan-diff-1").has_class("-unexplained")


async def test_fixing_again_asks_and_undo_unfixes(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_plan(pilot)
        await pilot.press("f9", "n")  # declined: nothing fixed
        await settle(pilot)
        assert stored_report(db_path).plan is None
        await pilot.press("f9", "y")
        await settle(pilot)
        assert stored_report(db_path).plan is not None
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert stored_report(db_path).plan is None
        assert not app.screen.query("#f-change-1")


async def test_means_added_with_its_money(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_plan(pilot)
        app.screen.query_one("#l-means-0 DataTable").focus()
        await pilot.press("a")
        await settle(pilot)
        app.screen.query_one("#in-name", Input).value = "標準化推進事業"
        app.screen.query_one("#in-review_number", Input).value = "0012"
        app.screen.query_one("#in-indicator_numbers", Input).value = "1、2"
        app.screen.query_one("#in-start_fiscal_year", Input).value = "令和２年度"
        await pilot.press("ctrl+s")
        await settle(pilot)
        seeds, means = stored_report(db_path).objectives[0].means  # the sample's, then the new
        assert seeds.name == "地方行税政の施策に係る基礎データべースの整理・統計処理等"
        assert (means.name, means.review_number, means.indicator_numbers) == (
            "標準化推進事業",
            "0012",
            [1, 2],
        )
        assert means.start_fiscal_year == 2020

        await _type_into(pilot, "#f-means-2-2021-budget", "1,200")
        await _type_into(pilot, "#f-means-2-2021-executed", "1100")
        await _type_into(pilot, "#f-means-2-2020-budget", "900")
        _, means = stored_report(db_path).objectives[0].means
        assert means.years == [MeansYear(2020, 900), MeansYear(2021, 1200, 1100)]

        table = app.screen.query_one("#l-means-0 DataTable", DataTable)
        table.focus()
        await settle(pilot)
        if table.cursor_row == 0:  # on the sample's own means: down to the new one
            await pilot.press("down")
        assert table.cursor_row == 1
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#in-name", Input).value = "標準化・共通化推進事業"
        await pilot.press("ctrl+s")
        await settle(pilot)
        _, means = stored_report(db_path).objectives[0].means
        assert means.name == "標準化・共通化推進事業"
        assert means.years == [MeansYear(2020, 900), MeansYear(2021, 1200, 1100)]  # kept


async def test_side_by_side_at_120_stacked_at_80(db_path: Path) -> None:
    for width, beside in ((120, True), (80, False)):
        app = make_app(db_path)
        async with app.run_test(size=(width, 40)) as pilot:
            await _open_plan(pilot)
            facts = app.screen.query_one("#plan-ind-1 .plan-facts")
            reasons = app.screen.query_one("#plan-ind-1 .plan-reasons")
            if beside:
                assert reasons.region.x > facts.region.right - 1
                assert reasons.region.y == facts.region.y
            else:
                assert reasons.region.y >= facts.region.bottom
                assert reasons.region.x == facts.region.x


async def test_a_rewritten_figure_leaves_the_cursor_at_its_end(db_path: Path) -> None:
    """After 1800 is saved and shown as 1,800, ctrl+u (delete to the start) clears the whole
    field: the cursor is not left inside the rewritten text, so nothing of it survives."""
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_plan(pilot)
        editor = app.screen.query_one("#f-target-1 Input", Input)
        editor.focus()
        await settle(pilot)
        await pilot.press("end", "ctrl+u", *"1800", "enter")
        await settle(pilot)
        assert stored_report(db_path).indicator(1).target.value == 1800
        assert editor.value == "1,800" and editor.cursor_position == len("1,800")
        await pilot.press("ctrl+u", *"１７００", "enter")
        await settle(pilot)
        assert editor.value == "1,700"
        assert stored_report(db_path).indicator(1).target.value == 1700


async def test_a_rebuild_keeps_what_is_being_typed_unsaved(
    db_path: Path, fast_polls: Polls
) -> None:
    """The plan fixed by another evaluator rebuilds the form (変更理由 fields appear) while a
    target is half-typed: the replaced field saves nothing (removing it blurs it, which is not
    the evaluator accepting); the new field holds the typed text, with the focus, and enter
    saves it then."""
    from models.services.plan_fix import fix_plan_in
    from models.store.store import open_store

    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_plan(pilot)
        app.screen.query_one("#f-target-1 Input", Input).focus()
        await settle(pilot)
        await pilot.press("end", "ctrl+u", *"１７００")
        other = open_store(str(db_path), user="other")
        try:
            fix_plan_in(other, "soumu-r4-08", date(2022, 4, 1))
        finally:
            other.close()
        await wait_until(pilot, lambda: app.screen.query("#f-change-1"), "the form rebuilt")
        assert app.screen.query("#f-change-1")  # rebuilt: the plan is fixed
        assert stored_report(db_path).indicator(1).target.value == 1600  # nothing saved
        editor = app.screen.query_one("#f-target-1 Input", Input)
        assert editor.value == "１７００" and app.focused is editor
        await pilot.press("enter")
        await settle(pilot)
        assert stored_report(db_path).indicator(1).target.value == 1700
