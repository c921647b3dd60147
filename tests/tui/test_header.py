"""Keyboard flows of the report (header) form: fields, lists, refusals, undo, keys."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Input, TextArea

from tests.tui.helpers import help_text, make_app, settle, stored_report, wait_until
from tui.app.app import HyokaApp
from tui.dialogs.help import HelpScreen
from tui.dialogs.row_edit import RowEditScreen
from tui.screens.header import HeaderScreen
from tui.screens.reports import ReportsScreen

KEY = "soumu-r4-08"


async def _open(app: HyokaApp, pilot) -> HeaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, HeaderScreen)
    return app.screen


async def _focus(pilot, screen: HeaderScreen, selector: str) -> None:  # type: ignore[no-untyped-def]
    screen.query_one(selector).focus()
    await settle(pilot)


async def test_edit_policy_name_by_keys_then_undo(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        assert app.focused is screen.query_one("#f-policy_name Input")
        await pilot.press("end", *"改訂", "enter")
        await settle(pilot)
        assert stored_report(db_path).policy_name == "電子自治体の推進改訂"
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert stored_report(db_path).policy_name == "電子自治体の推進"
        assert screen.query_one("#f-policy_name Input", Input).value == "電子自治体の推進"


async def test_era_fields_show_eras_and_accept_either_form(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        fy = screen.query_one("#f-evaluated_fiscal_year Input", Input)
        assert fy.value == "令和３年度"
        await _focus(pilot, screen, "#f-evaluated_fiscal_year Input")
        fy.value = ""
        await pilot.press(*"R2", "tab")  # accepted on leaving the field
        await settle(pilot)
        assert stored_report(db_path).evaluated_fiscal_year == 2020
        assert fy.value == "令和２年度"


async def test_invalid_month_is_refused_in_place(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await _focus(pilot, screen, "#f-evaluation_month Input")
        screen.query_one("#f-evaluation_month Input", Input).value = ""
        await pilot.press(*"2022-13", "enter")
        await settle(pilot)
        message = str(screen.query_one("#f-evaluation_month .field-message").render())
        assert "1〜12" in message
        assert stored_report(db_path).evaluation_month == "2022-08"
        await pilot.press("escape")  # refused input keeps the evaluator on the form
        await settle(pilot)
        assert app.screen is screen
        screen.query_one("#f-evaluation_month Input", Input).value = ""
        await pilot.press(*"令和５年１月", "enter")
        await settle(pilot)
        assert stored_report(db_path).evaluation_month == "2023-01"


async def test_long_text_saves_after_a_pause(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await _focus(pilot, screen, "#f-materials TextArea")
        await pilot.press("end", *"追記")
        await settle(pilot)
        assert stored_report(db_path).materials == "―"  # not yet: still typing
        await wait_until(
            pilot, lambda: stored_report(db_path).materials == "―追記", "saved after the pause"
        )


async def test_leaving_saves_what_was_typed(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await _focus(pilot, screen, "#f-field Input")
        await pilot.press("end", *"化", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ReportsScreen)
    assert stored_report(db_path).field == "電子自治体化"


async def test_add_a_cabinet_policy_with_an_era_date(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await _focus(pilot, screen, "#l-cabinet DataTable")
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, RowEditScreen)
        await pilot.press(*"Honebuto 2021", "enter", *"R3.6.31", "enter")
        await settle(pilot)
        assert "存在しない日付" in str(app.screen.query_one("#err-date").render())
        app.screen.query_one("#in-date", Input).value = "令和３年６月18日"
        app.screen.query_one("#in-excerpt", TextArea).focus()
        await pilot.press(*"II", "ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        added = stored_report(db_path).cabinet_policies[1]  # after the cursor's row
        assert (added.name, added.date, added.excerpt) == ("Honebuto 2021", date(2021, 6, 18), "II")


async def test_reorder_edit_and_remove_rows(db_path: Path) -> None:
    before = [c.name for c in stored_report(db_path).cabinet_policies]
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await _focus(pilot, screen, "#l-cabinet DataTable")
        await pilot.press("shift+down")
        await settle(pilot)
        assert [c.name for c in stored_report(db_path).cabinet_policies] == [
            before[1],
            before[0],
            *before[2:],
        ]
        await pilot.press("shift+down")  # the moved row follows the cursor
        await settle(pilot)
        assert [c.name for c in stored_report(db_path).cabinet_policies][:3] == [
            before[1],
            before[2],
            before[0],
        ]
        await pilot.press("ctrl+z", "ctrl+z")
        await settle(pilot)
        assert [c.name for c in stored_report(db_path).cabinet_policies] == before
        await _focus(pilot, screen, "#l-responsible DataTable")
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#in-name", Input).value = "総務　花子"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert stored_report(db_path).responsible[0].name == "総務　花子"
        await pilot.press("d")
        await settle(pilot)
        assert [r.name for r in stored_report(db_path).responsible] == ["小牧　兼太郎"]


async def test_help_lists_the_form_keys_and_f_keys_work_in_a_field(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("question_mark")  # in a text field: typed, not help
        assert screen.query_one("#f-policy_name Input", Input).value.endswith("?")
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = help_text(app)
        assert "予算" in text and "一覧" in text
        await pilot.press("escape")
        await _focus(pilot, screen, "#l-cabinet DataTable")
        await pilot.press("f1")
        assert "行を追加" in help_text(app)
        await pilot.press("escape")
        await _focus(pilot, screen, "#f-field Input")
        await pilot.press("f3")  # a priority binding: reaches the app from inside a text field
        await settle(pilot)
        assert getattr(app.screen, "SCREEN_NAME", "") == "budget"
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, HeaderScreen)
