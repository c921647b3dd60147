"""Every notification path shows its toast, rendered, with user text exactly as written.

Textual 8's Toast crashes while painting a message given as ``rich.text.Text``
(``'Text' object has no attribute 'translate'``) and reads a ``str`` as markup unless told
not to: each path below once crashed the app in a real terminal. Field paths such as
``budget[2021].executed`` hold brackets, so markup would also garble them.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from models.store.store import open_store
from tests.tui.helpers import make_app, settle, stored_report, toast_texts
from tests.tui.test_budget import _open_budget, _to_2021_executed
from tui.screens.history import HistoryScreen

KEY = "soumu-r4-08"


async def test_undo_shows_what_was_undone(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _open_budget(pilot)
        await _to_2021_executed(pilot)
        await pilot.press("enter", "ctrl+u", "1", "enter")
        await settle(pilot)
        assert stored_report(db_path).budget.year(2021).executed == 1
        await pilot.press("ctrl+z")
        texts = await toast_texts(pilot)
        assert "元に戻しました: 令和３年度 執行額" in texts
        assert stored_report(db_path).budget.year(2021).executed == 238163


async def test_restore_on_the_history_screen_says_so(db_path: Path) -> None:
    store = open_store(str(db_path), user="tester")
    store.set_value(KEY, "budget[2021].executed", 240000, expected=238163)
    store.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await app.push_screen(HistoryScreen(KEY))
        await settle(pilot)
        await pilot.press("r")
        texts = await toast_texts(pilot)
        assert "令和３年度 執行額 を変更前の値に戻しました" in texts  # the place in words
        assert stored_report(db_path).budget.year(2021).executed == 238163
        app.clear_notifications()
        # the same row again: the value is already the old one
        await pilot.press("down", "r")
        texts = await toast_texts(pilot)
        assert "令和３年度 執行額 は既にその値です" in texts


async def test_deleting_a_row_of_the_report_says_how_to_undo(db_path: Path) -> None:
    before = stored_report(db_path).responsible
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        app.screen.query_one("#l-responsible DataTable").focus()
        await pilot.press("d")
        texts = await toast_texts(pilot)
        assert any("の１行目を削除しました（ctrl+z で元に戻す）" in t for t in texts), texts
        assert stored_report(db_path).responsible == before[1:]


async def _palette(pilot, command: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p", *command)
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    pilot.app.screen.query_one("#path", Input).value = str(path)
    await pilot.press("enter")


async def test_import_and_export_errors_are_shown_as_written(db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "[b]bad.toml"
    bad.write_text('schema = "hyoka/1"\nkey = [\n', encoding="utf-8")
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await _palette(pilot, "読み込む", bad)
        texts = await toast_texts(pilot)
        assert "0 件読み込みました" in texts
        assert any("[b]bad.toml" in t for t in texts), texts  # markup shown as typed
        app.clear_notifications()

        await _palette(pilot, "書き出す", tmp_path / "none" / "x.toml")
        texts = await toast_texts(pilot)
        folder = "書き出せません（フォルダが見つかりません）: "
        assert any(folder + f"{tmp_path}/none/x.toml" in t for t in texts), texts
        assert not any("Errno" in t or ".tmp" in t for t in texts), texts
        app.clear_notifications()

        await _palette(pilot, "書き出す", tmp_path / "[i]out.toml")
        texts = await toast_texts(pilot)
        assert any(f"書き出しました: {tmp_path}/[i]out.toml" in t for t in texts), texts
