"""Verdict editor (F5) by keys at 80×24: the category, the rationale, the analysis, next steps."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import RadioSet, TextArea

from tests.tui.helpers import make_app, screen_lines, settle, stored_report, wait_until


async def _open_verdict(pilot) -> None:
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("f5")
    await settle(pilot)


async def test_category_by_number_key_and_rationale_typed(
    db_path: Path, fast_autosave: float
) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_verdict(pilot)
        assert app.screen.SCREEN_NAME == "verdict"
        assert isinstance(app.focused, RadioSet)
        await pilot.press("3")
        await settle(pilot)
        assert stored_report(db_path).verdict.category == "相当程度進展あり"

        await pilot.press("alt+r")  # the rationale tab, focus in its text area
        assert isinstance(app.focused, TextArea)
        await pilot.press(*"OK")
        # Japanese cannot be sent as key presses by Pilot; an IME delivers committed text as
        # an insertion, which is what TextArea.insert does.
        app.focused.insert("測定指標１は進展")
        await pilot.press("4")  # a digit typed in the text goes into the text, not the category
        await wait_until(  # the pause in typing saves
            pilot,
            lambda: stored_report(db_path).verdict.rationale.startswith("OK測定指標１は進展4"),
            "the rationale saved after the pause",
        )
        report = stored_report(db_path)
        assert report.verdict.rationale.startswith("OK測定指標１は進展4測定指標１：令和５年度")
        assert report.verdict.category == "相当程度進展あり"


async def test_leaving_the_field_saves_at_once(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_verdict(pilot)
        await pilot.press("alt+a")  # 政策の分析
        area = app.focused
        assert isinstance(area, TextArea)
        area.load_text("")
        area.insert("要因は[b]ガイドライン[/b]の周知")
        await pilot.press("alt+c")  # back to the category: the analysis is saved on leaving
        await settle(pilot)
        assert stored_report(db_path).verdict.analysis == "要因は[b]ガイドライン[/b]の周知"


async def test_next_steps_fields_are_saved(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_verdict(pilot)
        await pilot.press("ctrl+t", "ctrl+t")  # 判断根拠 → 政策の分析 → 次期目標等
        assert app.focused is app.screen.query_one("#measures TextArea")
        app.focused.insert("新指標を設定する。")
        await pilot.press("tab")  # to the budget request year
        await pilot.press("ctrl+u", *"R6", "enter")
        await pilot.press("tab", "ctrl+u", *"II", "tab")
        await settle(pilot)
        steps = stored_report(db_path).next_steps
        assert steps.measures.startswith("新指標を設定する。測定指標１：")
        assert steps.budget_request_fiscal_year == 2024
        assert steps.budget_request == "II"


async def test_a_bad_year_is_refused_under_the_field(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_verdict(pilot)
        await pilot.press("alt+n", "tab", "ctrl+u", *"next year", "enter")
        await settle(pilot)
        message = app.screen.query_one("#budget-request-year .field-message")
        assert "年度として読めません" in str(message.render())
        assert stored_report(db_path).next_steps.budget_request_fiscal_year == 2023


async def test_undo_restores_the_category(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_verdict(pilot)
        await pilot.press("5")
        await settle(pilot)
        assert stored_report(db_path).verdict.category == "目標に向かっていない"
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert stored_report(db_path).verdict.category == "目標達成"
        radios = app.screen.query_one("#category", RadioSet)
        assert radios.pressed_index == 1


async def test_disagreement_with_the_suggestion_is_shown(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_verdict(pilot)
        compare = app.screen.query_one("#verdict-compare")
        # the sample's 目標達成 against hyoka's 相当程度進展あり (its うち series is behind pace)
        assert compare.has_class("-differs")
        assert str(compare.render()) == "選択: 目標達成 ≠ 提案: 相当程度進展あり"
        await pilot.press("down", "enter")  # the arrow keys and enter pick too
        await settle(pilot)
        assert stored_report(db_path).verdict.category == "相当程度進展あり"
        assert str(compare.render()) == "✓ 選択: 相当程度進展あり ＝ 提案"
        assert not compare.has_class("-differs")
        basis = str(app.screen.query_one("#basis").render())
        assert "① クラウド導入市区町村数" in basis
        assert "達成率（目標比）87.8%" in basis


async def test_the_choice_reads_without_colour(db_path: Path) -> None:
    """The rendered characters alone (no colour) tell the chosen category and the suggestion."""
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_verdict(pilot)
        lines = screen_lines(app)
        chosen = [line for line in lines if "▶●" in line]
        assert len(chosen) == 1 and "目標達成" in chosen[0] and "超過" not in chosen[0]
        assert sum(" ○ " in line for line in lines) == 4
        assert any("相当程度進展あり　◀提案" in line for line in lines)
        text = "".join(line.strip() for line in lines)
        assert "選択: 目標達成 ≠ 提案:" in text
        # the five choices keep to the width of their labels: the evidence has the rest
        box = app.screen.query_one("#category-box")
        assert box.size.width <= 40
        await pilot.press("5")
        await settle(pilot)
        lines = screen_lines(app)
        chosen = [line for line in lines if "▶●" in line]
        assert len(chosen) == 1 and "目標に向かっていない" in chosen[0]


async def test_the_category_box_is_narrow_on_a_wide_terminal(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await _open_verdict(pilot)
        assert app.screen.query_one("#category").size.width <= 34
        lines = screen_lines(app)
        row = next(line for line in lines if "目標超過達成" in line)
        assert "選択: 目標達成 ≠ 提案: 相当程度進展あり" in row


async def test_a_report_read_while_its_screen_is_built_shows_in_the_first_frame(
    db_path: Path,
) -> None:
    """F5 starts reading the report as it is built; read by the time the screen is mounted,
    it is shown then, with no loading worker (and no empty frame painted first)."""
    from tui.screens import report_screen

    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = report_screen("verdict", "soumu-r4-08")
        assert screen._early is not None
        screen._early.result(timeout=5)
        await app.push_screen(screen)
        assert screen.report is not None and screen.report.key == "soumu-r4-08"
        assert not [w for w in screen.workers if w.group == "load"]
        await settle(pilot)
        assert screen.query_one("#rationale TextArea", TextArea).text == (
            screen.report.verdict.rationale
        )
