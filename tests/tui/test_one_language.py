"""In Japanese mode Textual's own words are Japanese too: the F1 help's keys of fields and
tables, the command palette's placeholder and system commands, the footer's palette key."""

from __future__ import annotations

import re
from pathlib import Path

from textual.command import CommandPalette

from models.i18n import set_language
from tests.tui.helpers import help_text, make_app, screen_lines, settle
from tui.textual_words import JAPANESE
from tui.widgets.indicator_form import IndicatorForm


async def test_help_lists_the_field_keys_in_japanese(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the header form, focus in 政策名 (an Input)
        await settle(pilot)
        await pilot.press("f1")
        text = help_text(app)
        assert "カーソルを左へ" in text and "すべて選択" in text
        english = [d for d in JAPANESE if d in text and re.search(r"[a-z]{3}", d)]
        assert not english, english
        assert "Scroll Up" not in text and "Move cursor" not in text


async def test_palette_and_footer_in_japanese(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "^p パレット" in screen_lines(app)[-1]
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"テーマ", "終了", "キー", "スクリーンショット"} <= set(titles)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        text = "\n".join(screen_lines(app))
        assert "コマンドを検索…" in text
        for english in ("Search for commands", "Keys", "Quit", "Screenshot", "Theme"):
            assert english not in text


async def test_english_mode_keeps_textual_words(db_path: Path) -> None:
    set_language("en")  # reset by the conftest
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # (bindings take their words when their module is imported, as every hyoka binding does)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Quit" in titles and "Theme" in titles


async def test_english_labels_are_not_cut(db_path: Path) -> None:
    set_language("en")  # reset by the conftest
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert any("Evaluated fiscal year 令和３年度" in line for line in screen_lines(app))
        await pilot.press("f5")
        await settle(pilot)
        lines = screen_lines(app)
        assert any("相当程度進展あり ◀ suggested" in line for line in lines)
        assert not any("suggeste…" in line for line in lines)


async def test_english_fiscal_years_are_not_doubled_in_japanese(db_path: Path) -> None:
    """FY2019 alone in English: no 「FY2019（2019年度）」 in the status lines of F3 and F4, nor
    「FY2018（2018）」 in the F4 form."""
    set_language("en")  # reset by the conftest
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f3")
        await settle(pilot)
        text = "\n".join(screen_lines(app))
        assert "FY2019・Initial budget (a)" in text
        await pilot.press("f4")
        await settle(pilot)
        form = app.screen.query_one(IndicatorForm)
        assert form.get_row("baseline.fiscal_year")[1].plain == "FY2018"
        await pilot.press("tab", "tab")  # tree → form → years
        await settle(pilot)
        text = "\n".join(screen_lines(app))
        assert "FY2019・Target" in text
        assert "年度）" not in text
