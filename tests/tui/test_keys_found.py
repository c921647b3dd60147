"""Every action can be found, and a key that cannot act here says why (issue 24, items 6, 7).

An action whose key the footer has no room for is found in the command palette by the word
its footer would give it; F2–F6 and F8 move between a report's screens from its history too,
and ctrl+z undoes there as on the report's screens.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from textual.widgets import DataTable

from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.tui.helpers import make_app, settle, stored_report, toast_texts
from tests.tui.test_budget import _to_2021_executed
from tui.app.palette import HyokaCommands
from tui.screens.base import ReportScreen
from tui.screens.budget import BudgetScreen
from tui.screens.history import HistoryScreen
from tui.screens.indicators import IndicatorsScreen
from tui.widgets.fitted_footer import FittedFooter

KEY = "soumu-r4-08"


async def test_a_new_reports_unit_is_found_by_name_and_set(tmp_path: Path) -> None:
    db_path = tmp_path / "hyoka.db"
    store = open_store(str(db_path))
    sample = load_sample()
    store.import_report(
        dataclasses.replace(sample, budget=dataclasses.replace(sample.budget, unit=""))
    )
    store.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f3")
        await settle(pilot)
        assert isinstance(app.screen, BudgetScreen)
        title = str(app.screen.query_one("#budget-title").render())
        assert "（単位：未設定）" in title and "u で設定" in title  # the key, where it is missing
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"単位")
        await settle(pilot)
        await pilot.press("enter")  # the palette's first hit
        await settle(pilot)
        assert type(app.screen).__name__ == "ChooseScreen"
        await pilot.press("enter")  # 百万円, the first unit
        await settle(pilot)
        assert stored_report(db_path).budget.unit == "百万円"


def _footer_keys(screen: object) -> set[str]:
    footer = screen.query_one(FittedFooter)  # type: ignore[attr-defined]
    return {str(key.key) for key in footer.children if key.display}


async def _unreachable(pilot, screen) -> list[str]:  # type: ignore[no-untyped-def]
    """The actions of ``screen`` (and the field in focus) with a word but neither a key in its
    footer nor an entry in the palette."""
    provider = HyokaCommands(screen)
    names = {name for name, _run, _key in provider._commands()}
    shown = _footer_keys(screen)
    missing = []
    for key, (_node, binding, enabled, _tip) in screen.active_bindings.items():
        if not enabled or not binding.description or key in shown:
            continue
        if not any(binding.description in name for name in names):
            missing.append(f"{key} {binding.description}")
    return missing


async def test_every_action_of_every_screen_is_in_its_footer_or_the_palette(
    db_path: Path,
) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        missing = {"list": await _unreachable(pilot, app.screen)}
        await pilot.press("enter")
        await settle(pilot)
        for key in ("f2", "f3", "f4", "f5", "f6", "f8", "f7"):
            await pilot.press(key)
            await settle(pilot)
            missing[type(app.screen).__name__] = await _unreachable(pilot, app.screen)
            if key == "f7":
                await pilot.press("escape")
                await settle(pilot)
        assert not any(missing.values()), missing
        await pilot.press("f3")
        await settle(pilot)
        names = [name for name, _run, _key in HyokaCommands(app.screen)._commands()]
        assert "単位を設定" in names  # u: in no footer at 80 columns


async def test_f_keys_and_undo_on_the_history(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f3")
        await settle(pilot)
        await _to_2021_executed(pilot)
        await pilot.press("enter", "ctrl+u", *"999", "enter")
        await settle(pilot)
        assert stored_report(db_path).budget.year(2021).executed == 999
        await pilot.press("f7")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, HistoryScreen)
        rows = history.query_one(DataTable).row_count
        await pilot.press("ctrl+z")  # undone here, and the history shows the undo
        await settle(pilot)
        assert stored_report(db_path).budget.year(2021).executed == 238163
        assert "元に戻しました: 令和３年度 執行額" in await toast_texts(pilot)
        assert app.screen is history and history.query_one(DataTable).row_count == rows + 1
        await pilot.press("f4")  # on to the indicators, as from any screen of the report
        await settle(pilot)
        assert isinstance(app.screen, IndicatorsScreen)
        assert len(app.screen_stack) == 3  # the list, the report, no history left behind
        await pilot.press("f7")
        await settle(pilot)
        await pilot.press("f4")  # the screen below: the history closes onto it
        await settle(pilot)
        assert isinstance(app.screen, IndicatorsScreen)
        assert isinstance(app.screen_stack[-1], ReportScreen) and len(app.screen_stack) == 3
        await pilot.press("f7")
        await settle(pilot)
        await pilot.press("ctrl+z")  # nothing left to undo: said, not silent
        assert "元に戻す操作はありません" in await toast_texts(pilot)
