"""Keyboard flows of the virtual report list on ~300 generated reports at 80×24: filtering with
Japanese narrows, sorting reorders, page down moves the cursor past the rows on screen, enter
opens the report under the cursor."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import generate, write_db
from models.store.store import open_store
from tests.tui.helpers import make_app, settle
from tui.app.app import HyokaApp
from tui.screens.header import HeaderScreen
from tui.screens.reports import ReportsScreen
from tui.widgets.listing import normalise
from tui.widgets.report_table import ReportTable

# One worker builds the module's shared fixture once (pytest-xdist, --dist loadgroup).
pytestmark = pytest.mark.xdist_group("report_list_large")

N = 300


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.db"
    assert write_db(generate(N, seed=7), path) == 0
    return path


@pytest.fixture
def db(big_db: Path, tmp_path: Path) -> Path:
    """A private copy: the app may write (findings are not stored, but be safe)."""
    copy = tmp_path / "big.db"
    copy.write_bytes(big_db.read_bytes())
    return copy


def _table(app: HyokaApp) -> ReportTable:
    return app.screen.query_one(ReportTable)


def _ministry_of_first(db: Path) -> str:
    store = open_store(str(db))
    try:
        return store.list_reports()[0].ministry
    finally:
        store.close()


async def test_filter_by_japanese_narrows(db: Path) -> None:
    ministry = _ministry_of_first(db)  # e.g. 国土交通省
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert _table(app).row_count == N
        await pilot.press("slash", *ministry)
        await settle(pilot)
        table = _table(app)
        assert 0 < table.row_count < N
        assert all(table.cells(i)[1] == ministry for i in range(table.row_count))
        assert "/ 300 件" in str(app.screen.query_one("#status").render())
        for _ in ministry:
            await pilot.press("backspace")
        await settle(pilot)
        assert _table(app).row_count == N


async def test_sort_by_ministry_then_year(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = _table(app)
        keys = table.keys()
        assert keys == sorted(keys)
        await pilot.press("s")  # 府省
        await settle(pilot)
        ministries = [table.cells(i)[1] for i in range(table.row_count)]
        assert ministries == sorted(ministries)
        await pilot.press("s", "s")  # 政策, then 年度 (newest first)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReportsScreen)
        years = [r.summary.evaluated_fiscal_year or 0 for r in screen.shown]
        assert years == sorted(years, reverse=True)


async def test_pagedown_moves_past_the_visible_rows_and_enter_opens(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = _table(app)
        visible = table.scrollable_content_region.height - 1
        assert table.cursor == 0
        await pilot.press("pagedown", "pagedown", "down")
        await settle(pilot)
        assert table.cursor == 2 * visible + 1
        assert table.scroll_y > 0  # scrolled: the cursor row is on screen
        assert table.scroll_y <= table.cursor < table.scroll_y + visible
        key = table.current_key
        screen_text = "".join(
            table.render_line(y).text for y in range(table.scrollable_content_region.height)
        )
        assert key is not None and key in screen_text
        await pilot.press("end")
        assert table.cursor == N - 1
        await pilot.press("home", "down", "up", "down")
        assert table.cursor == 1
        key = table.current_key
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HeaderScreen) and app.screen.key == key


async def test_rows_fit_80_columns_and_user_text_is_plain(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = _table(app)
        line = table.render_line(1)
        assert line.cell_length == table.scrollable_content_region.width <= 80
        assert table.cells(0)[0] in line.text  # the key is never cut
        assert normalise(table.cells(0)[3]).startswith(("令和", "平成"))
