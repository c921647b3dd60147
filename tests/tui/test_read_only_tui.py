"""The TUI on a database on read-only media (issue 24, item 4): the list opens, the title and a
notice say it is read-only, and an edit is refused with the reason; nothing is written."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Input

from tests.read_only import MakeReadOnly, contents
from tests.read_only import read_only_fixture as read_only_fixture  # the fixture read_only_folder
from tests.tui.helpers import make_app, settle, toast_texts
from tui.screens.header import HeaderScreen


async def test_read_only_media_opens_and_refuses_edits_in_words(
    db_path: Path, tmp_path: Path, read_only_folder: MakeReadOnly
) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    shutil.copyfile(db_path, folder / "h.db")
    media = read_only_folder(folder)
    before = contents(media)
    app = make_app(media / "h.db")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        assert app.store is not None and app.store.read_only
        assert "読み取り専用" in app.sub_title
        assert any("読み取り専用で開きました" in t for t in await toast_texts(pilot))
        app.clear_notifications()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HeaderScreen)
        await pilot.press("end", *"改訂", "tab")
        await settle(pilot)
        toasts = await toast_texts(pilot)
        reasons = ("読み取り専用の媒体", "書き込む権限なし")
        assert any("書き込めません" in t and t.count("（") == 2 for t in toasts), toasts
        assert any(reason in t for t in toasts for reason in reasons), toasts
        name = app.screen.query_one("#f-policy_name Input", Input)
        assert name.value == "電子自治体の推進"  # shown again as stored
    assert contents(media) == before
