"""Textual's last English sentences, in hyoka's language (issue 24, items 9 and 15): the
command palette's "No matches found" and ctrl+c's "Press ctrl+q to quit the app" under
"Do you want to quit?". English with ``--lang en``, as Textual wrote them."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette

from models.i18n import set_language
from tests.tui.helpers import make_app, screen_lines, settle, toast_texts
from tui.textual_words import NO_MATCHES


async def _no_match_line(db_path: Path) -> str:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"zzzqqq")
        for _ in range(40):  # Textual waits half a second before it says so
            await pilot.pause(0.05)
            text = "\n".join(screen_lines(app))
            if "zzzqqq" in text and ("ありません" in text or NO_MATCHES in text):
                return text
        raise AssertionError("\n".join(screen_lines(app)))


async def test_the_palette_says_no_match_in_japanese(db_path: Path) -> None:
    text = await _no_match_line(db_path)
    assert "一致するコマンドはありません" in text
    assert NO_MATCHES not in text


async def test_the_palette_says_no_match_in_english_with_lang_en(db_path: Path) -> None:
    set_language("en")  # reset by the conftest
    assert NO_MATCHES in await _no_match_line(db_path)


async def _ctrl_c(db_path: Path) -> list[str]:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        texts = await toast_texts(pilot)
        assert app.is_running  # ctrl+c quits nothing
        return texts


async def test_ctrl_c_says_how_to_quit_in_japanese(db_path: Path) -> None:
    texts = "\n".join(await _ctrl_c(db_path))
    assert "終了しますか？" in texts and "終了するには ctrl+q を押してください" in texts, texts
    assert "quit" not in texts.lower().replace("ctrl+q", ""), texts


async def test_ctrl_c_in_english_with_lang_en(db_path: Path) -> None:
    set_language("en")  # reset by the conftest
    texts = "\n".join(await _ctrl_c(db_path))
    assert "Do you want to quit?" in texts and "Press ctrl+q to quit the app" in texts, texts
