"""What the screen says follows the cursor: the list after creating a report, the row
dialog's hint, the indicator screen's status line."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.tui.helpers import make_app, settle
from tests.tui.test_indicators import _open_indicator_1
from tui.dialogs.row_edit import RowEditScreen
from tui.screens.header import HeaderScreen
from tui.screens.reports import ReportsScreen
from tui.widgets.indicator_form import IndicatorForm
from tui.widgets.report_table import ReportTable


async def test_back_from_a_new_report_the_cursor_is_on_it(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n", *"aaa-new", "enter", *"新しい政策", "enter")
        await settle(pilot)
        assert isinstance(app.screen, HeaderScreen) and app.screen.key == "aaa-new"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReportsScreen)
        table = app.screen.query_one(ReportTable)
        assert table.keys() == ["aaa-new", "soumu-r4-08"]
        assert table.current_key == "aaa-new"
        await pilot.press("enter")  # opens the new one, not the one the cursor was on before
        await settle(pilot)
        assert isinstance(app.screen, HeaderScreen) and app.screen.key == "aaa-new"


def _hint(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#row-edit > .hint", Static).render())


async def test_row_dialog_hint_says_what_enter_does_where_the_cursor_is(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        app.screen.query_one("#l-cabinet DataTable").focus()
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, RowEditScreen)
        assert _hint(app).startswith("Enter 次の欄・Ctrl+S 保存")  # 名称 (one line)
        await pilot.press("tab", "tab")  # 年月日, then 抜粋: a text area, the last field
        await settle(pilot)
        assert app.focused is not None and app.focused.id == "in-excerpt"
        assert _hint(app).startswith("Enter 改行・Tab 次の欄・Ctrl+S 保存")
        before = app.screen.query_one("#in-excerpt").text  # type: ignore[attr-defined]
        await pilot.press("enter")  # does what the hint says: a new line, nothing saved
        await settle(pilot)
        assert isinstance(app.screen, RowEditScreen)
        assert app.screen.query_one("#in-excerpt").text.count("\n") == before.count("\n") + 1  # type: ignore[attr-defined]


async def test_the_indicator_status_line_follows_the_form_cursor(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_indicator_1(pilot)
        await pilot.press("tab")
        form = app.screen.query_one(IndicatorForm)
        assert app.focused is form

        def status() -> str:
            return str(app.screen.query_one("#indicator-status", Static).content)

        for _ in range(3):
            await pilot.press("down")
            await settle(pilot)
            spec = form.cursor_spec()
            assert spec is not None
            assert status().startswith(spec.title), (status(), spec.title)
