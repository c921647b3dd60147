"""Keyboard flows of the home screen: filter, sort, new, delete, open, export, keymap, help."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from models.config import load_config
from models.report.model import Report
from models.snapshot.codec import read_snapshot
from models.store.store import open_store
from tests.tui.helpers import help_text, make_app, settle
from tui.app.app import HyokaApp
from tui.dialogs.help import HelpScreen
from tui.dialogs.new_report import NewReportScreen
from tui.screens.header import HeaderScreen
from tui.screens.reports import ReportsScreen
from tui.widgets.report_table import ReportTable

KEY = "soumu-r4-08"


def _add(db_path: Path) -> None:
    store = open_store(str(db_path))
    store.import_reports(
        [
            Report(
                key="kokudo-r4-01",
                policy_name="道路の整備",
                ministry="国土交通省",
                evaluated_fiscal_year=2020,
                policy_number=1,
            ),
            Report(
                key="mext-r4-12",
                policy_name="ＩＣＴ教育の推進",
                ministry="文部科学省",
                evaluated_fiscal_year=2022,
                policy_number=12,
            ),
        ]
    )
    store.close()


def _keys(app: HyokaApp) -> list[str]:
    return app.screen.query_one(ReportTable).keys()


def _stored_keys(db_path: Path) -> list[str]:
    store = open_store(str(db_path))
    try:
        return store.keys()
    finally:
        store.close()


async def test_list_shows_each_report_with_era_year_and_checks(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        row = list(app.screen.query_one(ReportTable).cells(0))
        assert row[:5] == [KEY, "総務省", "8：電子自治体の推進", "令和３年度", "目標達成"]
        assert row[5].isdigit()  # open findings, counted in a worker


async def test_filter_narrows_by_japanese_and_full_width(db_path: Path) -> None:
    _add(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert _keys(app) == ["kokudo-r4-01", "mext-r4-12", KEY]
        await pilot.press("slash", *"電子")
        await settle(pilot)
        assert _keys(app) == [KEY]
        app.screen.query_one("#filter", Input).value = ""
        await pilot.press(*"ict")  # typed half-width, stored full-width ＩＣＴ
        await settle(pilot)
        assert _keys(app) == ["mext-r4-12"]
        app.screen.query_one("#filter", Input).value = "令和２"  # the era year as shown
        await settle(pilot)
        assert _keys(app) == ["kokudo-r4-01"]


async def test_sort_cycles_columns(db_path: Path) -> None:
    _add(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")  # ministry
        await settle(pilot)
        assert _keys(app) == ["kokudo-r4-01", "mext-r4-12", KEY]  # 国土交通省, 文部科学省, 総務省
        await pilot.press("s")  # policy number
        await settle(pilot)
        assert _keys(app) == ["kokudo-r4-01", KEY, "mext-r4-12"]  # 1, 8, 12
        await pilot.press("s")  # year, newest first
        await settle(pilot)
        assert _keys(app) == ["mext-r4-12", KEY, "kokudo-r4-01"]


async def test_new_report_is_created_and_opened(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NewReportScreen)
        await pilot.press(*"Bad Key", "enter")
        await settle(pilot)
        assert isinstance(app.screen, NewReportScreen)  # refused in place
        assert "a-z" in str(app.screen.query_one("#key-error").render())
        app.screen.query_one("#key", Input).value = KEY
        await pilot.press("enter")
        await settle(pilot)
        assert "既にあります" in str(app.screen.query_one("#key-error").render())
        app.screen.query_one("#key", Input).value = ""
        await pilot.press(*"new-1", "enter", *"新しい政策", "enter")
        await settle(pilot)
        assert isinstance(app.screen, HeaderScreen) and app.screen.key == "new-1"
    store = open_store(str(db_path))
    assert store.load_report("new-1").policy_name == "新しい政策"
    store.close()


async def test_delete_asks_first(db_path: Path) -> None:
    _add(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("d", "n")  # first row, declined
        await settle(pilot)
        assert _stored_keys(db_path) == ["kokudo-r4-01", "mext-r4-12", KEY]
        await pilot.press("down", "down", "d", "y")  # the seed report
        await settle(pilot)
        assert _keys(app) == ["kokudo-r4-01", "mext-r4-12"]
    assert _stored_keys(db_path) == ["kokudo-r4-01", "mext-r4-12"]


async def test_enter_opens_the_report(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HeaderScreen) and app.screen.key == KEY
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReportsScreen)


async def test_export_and_import_from_the_palette(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.toml"
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"書き出す")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert read_snapshot(target).key == KEY
        text = target.read_text(encoding="utf-8").replace(KEY, "copy-1")
        target.write_text(text, encoding="utf-8")
        await pilot.press("ctrl+p", *"読み込む")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert _keys(app) == ["copy-1", KEY]
    assert _stored_keys(db_path) == ["copy-1", KEY]


async def test_keymap_from_the_config_file_remaps_a_binding(db_path: Path, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"reports.new" = "ctrl+n"\n', encoding="utf-8")
    app = HyokaApp(str(db_path), user="tester", keymap=load_config(config).keymap)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ReportsScreen)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, NewReportScreen)


async def test_cursor_blink_false_in_the_config_gives_a_steady_cursor(
    db_path: Path, tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("cursor_blink = false\n", encoding="utf-8")
    for blink in (True, load_config(config).cursor_blink):
        app = HyokaApp(str(db_path), user="tester", cursor_blink=blink)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("enter")  # a report: its first field has focus
            await settle(pilot)
            assert isinstance(app.screen, HeaderScreen)
            assert isinstance(app.focused, Input) and app.focused.cursor_blink is blink
            await pilot.press("escape", "slash")  # the list filter
            await settle(pilot)
            assert isinstance(app.focused, Input) and app.focused.cursor_blink is blink


async def test_help_on_f1_and_question_mark_but_not_in_the_filter(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "新規" in help_text(app)
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "slash", "question_mark")
        assert isinstance(app.screen, ReportsScreen)
        assert app.screen.query_one("#filter", Input).value == "?"


async def test_escape_leaves_the_filter_so_keys_act_on_the_list_again(db_path: Path) -> None:
    _add(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"kokudo")
        await settle(pilot)
        assert _keys(app) == ["kokudo-r4-01"]
        await pilot.press("escape")
        assert isinstance(app.focused, ReportTable)
        await pilot.press("s")  # sorts, is not typed into the filter
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReportsScreen)
        assert screen.query_one("#filter", Input).value == "kokudo"  # the filter is kept
        assert screen.sort_index == 1
        await pilot.press("d", "y")  # deletes the report under the cursor
        await settle(pilot)
    assert _stored_keys(db_path) == ["mext-r4-12", KEY]
