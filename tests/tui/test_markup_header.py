"""User text that looks like markup shows as typed on the list, the report form and in help."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import DataTable, Input, TextArea

from models.report.model import CabinetPolicy, Report, Responsible
from models.store.store import open_store
from tests.tui.helpers import help_text, make_app, settle
from tui.dialogs.help import HelpScreen
from tui.screens.header import HeaderScreen
from tui.widgets.report_table import ReportTable

NAME = "[b]太字[/b] [red]x[/red] \\ 😀"
ODD = "[/]"
LONG = "前\\[b]後\n[link=x]y[/link] 🎌"


def _add(db_path: Path) -> None:
    store = open_store(str(db_path))
    store.import_report(
        Report(
            key="markup-1",
            policy_name=NAME,
            ministry=ODD,
            field="[i]",
            overview=LONG,
            intermediate_outcomes=["[b]一[/b]"],
            cabinet_policies=[CabinetPolicy("[red]x[/red]", date(2021, 6, 18), LONG)],
            responsible=[Responsible("[/b]室長", "\\[b]氏名")],
        )
    )
    store.close()


def _cells(table: DataTable[object]) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def test_markup_like_text_shows_literally(db_path: Path) -> None:
    _add(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ReportTable)
        assert list(table.cells(0)[:3]) == ["markup-1", ODD, NAME]
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HeaderScreen)
        assert screen.query_one("#f-policy_name Input", Input).value == NAME
        assert screen.query_one("#f-ministry Input", Input).value == ODD
        assert screen.query_one("#f-overview TextArea", TextArea).text == LONG
        assert _cells(screen.query_one("#l-outcomes DataTable")) == [["[b]一[/b]"]]
        cabinet = _cells(screen.query_one("#l-cabinet DataTable"))[0]
        assert cabinet[:2] == ["[red]x[/red]", "令和３年６月18日"]
        assert cabinet[2] == "前\\[b]後 [link=x]y[/link] 🎌"  # one line in the table
        assert _cells(screen.query_one("#l-responsible DataTable")) == [["[/b]室長", "\\[b]氏名"]]
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "ヘルプ" in help_text(app)
        await pilot.press("escape")
        # a refusal quoting markup-like input is shown as typed too
        await pilot.press("tab")  # 政策番号
        screen.query_one("#f-policy_number Input", Input).value = "[b]"
        await pilot.press("enter")
        await settle(pilot)
        assert "'[b]'" in str(screen.query_one("#f-policy_number .field-message").render())
