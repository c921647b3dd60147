"""Roll-over from the report list by keys at 80×24, and last time's verdict on F5."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from models.snapshot.codec import dumps_snapshot
from models.store.store import open_store
from tests.tui.helpers import make_app, settle, stored_report
from tui.dialogs.rollover_dialog import RollOverScreen
from tui.screens.reports import ReportsScreen
from tui.widgets.previous_verdict import PreviousVerdict

KEY = "soumu-r4-08"


def _keys(db_path: Path) -> list[str]:
    store = open_store(str(db_path))
    try:
        return store.keys()
    finally:
        store.close()


async def test_roll_over_from_the_list_then_see_last_verdict(db_path: Path) -> None:
    source = dumps_snapshot(stored_report(db_path))
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, RollOverScreen)
        assert dialog.query_one("#year", Input).value == "2022"
        assert dialog.query_one("#key", Input).value == "soumu-r5-08"
        assert app.focused is dialog.query_one("#year", Input)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.SCREEN_NAME == "report" and app.screen.key == "soumu-r5-08"
        new = stored_report(db_path, "soumu-r5-08")
        assert new.predecessor == KEY and new.evaluated_fiscal_year == 2022
        assert new.verdict.category == "" and all(not i.mark for i in new.indicators())
        assert [y.fiscal_year for y in new.budget.years] == [2020, 2021, 2022, 2023]
        assert dumps_snapshot(stored_report(db_path)) == source

        await pilot.press("f5")
        await settle(pilot)
        panel = app.screen.query_one(PreviousVerdict)
        assert panel.display
        shown = str(panel.render())
        assert "前回 soumu-r4-08（令和３年度）: 目標達成" in shown
        assert "達成（前回→今回）: 1 －→なし　2 イ→空欄" in shown  # 1 dropped by 次期目標等


async def test_the_key_typed_stays_and_refusals_speak_under_the_field(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        dialog = app.screen
        year = dialog.query_one("#year", Input)
        await pilot.press("ctrl+u", *"2021", "enter")
        await settle(pilot)
        assert isinstance(app.screen, RollOverScreen)
        assert "評価対象年度（2021）より後" in str(dialog.query_one("#year-error", Static).render())
        await pilot.press("ctrl+u", *"R6")  # the suggested key follows the year…
        assert dialog.query_one("#key", Input).value == "soumu-r7-08"
        await pilot.press("tab", "ctrl+u", *KEY, "enter")
        await settle(pilot)
        assert "既にあります" in str(dialog.query_one("#key-error", Static).render())
        await pilot.press("ctrl+u", *"soumu-next", "shift+tab", "ctrl+u", *"2023")
        assert dialog.query_one("#key", Input).value == "soumu-next"  # …until typed over
        assert app.focused is year
        await pilot.press("escape")
        await settle(pilot)
        assert _keys(db_path) == [KEY]
        await pilot.press("r", "ctrl+u", *"2023", "tab", "ctrl+u", *"soumu-next", "enter")
        await settle(pilot)
        assert app.screen.key == "soumu-next"
        assert stored_report(db_path, "soumu-next").evaluated_fiscal_year == 2023
        assert _keys(db_path) == ["soumu-next", KEY]


async def test_no_panel_without_a_predecessor_in_the_database(db_path: Path) -> None:
    store = open_store(str(db_path))
    store.set_value(KEY, "report.predecessor", "soumu-r3-08")  # not in this database
    store.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert not app.screen.query_one(PreviousVerdict).display


async def test_drop_flag_set_in_the_form_then_left_out_by_roll_over(db_path: Path) -> None:
    from tui.widgets.indicator_fields import field_specs
    from tui.widgets.indicator_form import IndicatorForm

    drop_row = [spec.path for spec in field_specs()].index("drop_next")
    store = open_store(str(db_path))
    store.set_value(KEY, "indicator[1].drop_next", False)  # the seed drops it; start kept
    store.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f4")
        await settle(pilot)
        await pilot.press("down", "enter")  # indicator 1, into its form
        assert isinstance(app.focused, IndicatorForm)
        await pilot.press(*["j"] * drop_row, "enter")
        await settle(pilot)
        assert stored_report(db_path).indicator(1).drop_next is True
        for _ in range(3):  # out of the form, then back to the list
            if isinstance(app.screen, ReportsScreen):
                break
            await pilot.press("escape")
            await settle(pilot)
        assert isinstance(app.screen, ReportsScreen)
        await pilot.press("r", "enter")
        await settle(pilot)
        assert app.screen.key == "soumu-r5-08"
        new = stored_report(db_path, "soumu-r5-08")
        assert new.indicator(1) is None and new.indicator(2) is not None
        assert stored_report(db_path).indicator(1) is not None  # the source keeps it


async def test_roll_over_from_the_command_palette(db_path: Path) -> None:
    from models.i18n import set_language

    set_language("en")  # the palette is searched by name; Pilot types ASCII (reset by conftest)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"roll soumu", "enter")
        await settle(pilot)
        assert isinstance(app.screen, RollOverScreen)
        assert app.screen.source_key == KEY
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.key == "soumu-r5-08"
        assert stored_report(db_path, "soumu-r5-08").predecessor == KEY


async def test_the_roll_over_notice_says_what_moved_and_what_needs_a_new_target(
    db_path: Path,
) -> None:
    """Issue 26: the notice names the new 表題 and 評価書番号 and the indicator whose 目標年度
    has passed (the sample's indicator 2, target 令和３年度); the new report holds them."""
    from tests.tui.helpers import toast_texts

    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("enter")
        texts = await toast_texts(pilot)
    said = "".join("".join(line.strip() for line in t.split("\n")) for t in texts)
    assert "（令和４年度実施政策）" in said
    assert "評価書番号 総務省R5－⑧、政策評価実施時期は空欄" in said
    assert "新しい目標が必要な測定指標２:" in said
    new = stored_report(db_path, "soumu-r5-08")
    assert (new.title, new.document_id, new.evaluation_month) == (
        "主要な政策に係る評価書（令和４年度実施政策）",
        "総務省R5－⑧",
        "",
    )
