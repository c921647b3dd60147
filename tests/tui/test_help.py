"""F1 opens help on every screen, listing that screen's own keys; the keymap shows through."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.helpers import help_text, make_app, settle
from tui.app.app import HyokaApp
from tui.dialogs.help import HelpScreen
from tui.screens import REPORT_SCREENS
from tui.screens.navigation import NAVIGATION

FKEY = {name: fkey for name, fkey, _alt, _label in NAVIGATION}


@pytest.mark.parametrize("name", list(REPORT_SCREENS))
async def test_help_on_every_report_screen(db_path: Path, name: str) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", FKEY[name])
        await settle(pilot)
        under = app.screen
        assert getattr(under, "SCREEN_NAME", "") == name
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = help_text(app)
        assert "一覧" in text and "ヘルプ" in text and "ctrl+p" in text
        await pilot.press("escape")
        assert app.screen is under


async def test_help_shows_remapped_keys(db_path: Path) -> None:
    app = HyokaApp(str(db_path), user="tester", keymap={"reports.sort": "ctrl+o"})
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        line = next(li for li in help_text(app).splitlines() if "並べ替え" in li)
        assert "^o" in line
