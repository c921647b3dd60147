"""The history as people read it, by keys: the detail of a long text edit at 80×24, a new
report recorded as 作成, a deleted report brought back from the palette."""

from __future__ import annotations

import html
import re
from pathlib import Path

from textual.widgets import DataTable

from models.store.store import open_store
from tests.tui.helpers import make_app, settle
from tui.app.app import HyokaApp
from tui.dialogs.choose import ChooseScreen
from tui.screens.history import HistoryScreen
from tui.widgets.report_table import ReportTable

KEY = "soumu-r4-08"


def screen_lines(app: HyokaApp) -> list[str]:
    """The terminal's lines as the screenshot shows them (text of the SVG, row by row)."""
    svg = app.export_screenshot()
    rows: dict[float, list[tuple[float, str]]] = {}
    for x, y, text in re.findall(r'<text[^>]*?x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>', svg):
        plain = html.unescape(re.sub("<[^>]+>", "", text)).replace("\xa0", " ")
        rows.setdefault(float(y), []).append((float(x), plain))
    return ["".join(t for _, t in sorted(rows[y])) for y in sorted(rows)]


async def test_the_detail_of_a_long_text_edit_shows_old_and_new_at_80x24(db_path: Path) -> None:
    store = open_store(str(db_path), user="tester")
    old = store.load_report(KEY).verdict.rationale
    store.set_value(KEY, "verdict.rationale", old.replace("進展している", "着実に進展している"))
    store.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = HistoryScreen(KEY)
        await app.push_screen(screen)
        await settle(pilot)
        assert screen.query_one(DataTable).cursor_row == 0
        lines = screen_lines(app)
        before = next(line for line in lines if line.startswith("変更前: "))
        after = next(line for line in lines if line.startswith("変更後: "))
        assert "進展している" in before and "着実に" not in before
        assert "着実に進展している" in after
        assert before.startswith("変更前: …") and old[:20] not in before  # not the same prefix
        assert "判断根拠" in lines[lines.index(before) - 1]  # the place, in words, above them


async def test_a_new_report_is_recorded_as_created(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"new-1", "enter", *"新しい政策", "enter")
        await settle(pilot)
    store = open_store(str(db_path))
    assert [c.action for c in store.history("new-1")] == ["create"]
    store.close()


async def test_a_deleted_report_comes_back_from_the_palette(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("d", "y")
        await settle(pilot)
        assert app.screen.query_one(ReportTable).keys() == []
        await pilot.press("ctrl+p", *"戻す")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ChooseScreen)
        assert [value for value, _ in app.screen.choices] == [KEY]
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(ReportTable).keys() == [KEY]
    store = open_store(str(db_path))
    assert store.exists(KEY)
    assert [c.action for c in store.history(KEY)][-2:] == ["delete", "restore"]
    store.close()


async def test_the_conflict_dialog_names_the_place_in_words(db_path: Path) -> None:
    from textual.widgets import Label

    from tui.dialogs.conflict import ConflictScreen

    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.push_screen(ConflictScreen("budget[2019].initial", 100, 200))
        await settle(pilot)
        title = str(app.screen.query_one(".title", Label).render())
        assert title == "競合: 令和元年度 当初予算（a） は他の人が変更しました"
