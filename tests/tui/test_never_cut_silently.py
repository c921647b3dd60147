"""Nothing is cut at the screen's edge without ``…`` (80×24), and wide terminals show whole
cells instead (200×50): F2's lists, F3's notes, F4's form and tree."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from textual.widgets import DataTable, Input, Tree

from models.snapshot.sample import load_sample
from tests.tui.helpers import make_app, settle, stored_report
from tests.tui.screen_text import region_text
from tui.widgets.settled_table import collapse
from tui.widgets.year_table import FIELDS, YearTable

SAMPLE = load_sample()


async def _open(pilot, key: str) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    if key:
        await pilot.press(key)
        await settle(pilot)


def _shown(app, widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [row.rstrip() for row in region_text(app, widget.region)]


def _no_sideways_scroll(widget) -> None:  # type: ignore[no-untyped-def]
    assert widget.virtual_size.width <= widget.scrollable_content_region.width


async def test_f3_notes_end_in_an_ellipsis_at_80(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, "f3")
        notes = app.screen.query_one("#budget-notes", DataTable)
        _no_sideways_scroll(notes)
        rows = _shown(app, notes)
        first = SAMPLE.budget.notes[0]
        row = next(r for r in rows if r.strip().startswith(first[:10]))
        assert row.endswith("…") and first[:30] in row


async def test_f2_cabinet_excerpts_end_in_an_ellipsis_at_80_and_show_more_at_200(
    db_path: Path,
) -> None:
    name = "世界最先端デジタル国家創造宣言・官民データ活用推進基本計画"
    for size, whole in (((80, 24), False), ((200, 50), True)):
        app = make_app(db_path)
        async with app.run_test(size=size) as pilot:
            await _open(pilot, "")
            table = app.screen.query_one("#l-cabinet DataTable", DataTable)
            table.focus()
            table.scroll_visible()
            await settle(pilot)
            _no_sideways_scroll(table)
            rows = _shown(app, table)
            row = next(r for r in rows if r.strip().startswith(name[:8]))
            assert (name in row) is whole, row
            assert row.endswith("…"), row  # the excerpt is long even at 200 columns
            if whole:
                assert cell_len(row) > 180


async def test_f4_form_values_and_tree_names_end_in_an_ellipsis_at_80(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, "f4")
        form = app.screen.query_one("#indicator-form", DataTable)
        _no_sideways_scroll(form)
        relation = next(r for r in _shown(app, form) if "関係" in r)
        assert relation.rstrip(" ▁▂▃▄▅▆▇█").endswith("…"), relation  # before the scroll bar
        tree = app.screen.query_one("#indicator-tree", Tree)
        _no_sideways_scroll(tree)
        names = [n for n in (r.rstrip("▕ ") for r in _shown(app, tree)) if n]
        assert len(names) == 3 and all(n.endswith("…") for n in names), names


async def test_a_blurred_input_ends_a_long_value_in_an_ellipsis_and_keeps_it_whole(
    db_path: Path,
) -> None:
    """表題 made longer than its field at 80 columns: blurred it shows its start and ``…``;
    the value stored, and the one focus puts back, stay whole through blur, focus, blur."""
    added = "長い表題の続きデジタル技術の活用による行政手続の改善について"
    longer = SAMPLE.title + added
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, "")
        title = app.screen.query_one("#f-title Input", Input)
        title.focus()
        await settle(pilot)
        await pilot.press("end", *added, "tab")
        await settle(pilot)
        assert stored_report(db_path).title == longer
        assert cell_len(longer) > title.scrollable_content_region.width
        (row,) = _shown(app, title)
        assert row.startswith(SAMPLE.title[:10]) and row.endswith("…"), row
        title.focus()
        await settle(pilot)
        assert title.value == longer
        (row,) = _shown(app, title)
        assert not row.endswith("…"), row  # editing: the value itself, around the cursor
        await pilot.press("tab")
        await settle(pilot)
        assert title.value == longer and stored_report(db_path).title == longer
        (row,) = _shown(app, title)
        assert row.endswith("…"), row


async def test_a_blurred_input_that_fits_shows_its_value_alone(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, "")
        (row,) = _shown(app, app.screen.query_one("#f-title Input", Input))
        assert row.rstrip() == SAMPLE.title


def test_collapse_shrinks_the_widest_first_and_keeps_the_floor() -> None:
    assert collapse([36, 16, 36], 70) == [27, 16, 27]
    assert collapse([36, 16, 36], 100) == [36, 16, 36]
    assert collapse([30, 12, 5], 20) == [10, 10, 5]


async def test_f4_years_fit_80_columns_and_every_field_is_reached_by_keys(db_path: Path) -> None:
    """At 80×24 年度ごとの目標・実績 does not scroll sideways: each year is a block of rows,
    one per field, and ``down`` reaches every field of every year; a long text ends in ``…``
    and the status line under the table reads it whole."""
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, "f4")
        await pilot.press("tab", "tab")  # tree → form → years
        await settle(pilot)
        table = app.screen.query_one(YearTable)
        assert app.focused is table
        _no_sideways_scroll(table)
        years = [y.fiscal_year for y in SAMPLE.indicator(1).years]
        reached = [table.cursor_cell()]
        for _ in range(len(years) * len(FIELDS)):
            await pilot.press("down")
            reached.append(table.cursor_cell())
        assert reached[:-1] == [(fy, key) for fy in years for key, _ in FIELDS]
        assert reached[-1] == reached[-2]  # the last field of the last year
        await pilot.press("up")  # 2021の実績テキスト
        await settle(pilot)
        assert table.cursor_cell() == (years[-1], "actual_text")
        whole = SAMPLE.indicator(1).year(years[-1]).actual_text
        row = next(r for r in _shown(app, table) if whole[:8] in r)
        assert row.endswith("…") and whole.split("\n")[0] not in row, row
        status = app.screen.query_one("#indicator-status")
        assert whole.split("\n")[0] in "".join(line.strip() for line in _shown(app, status))


async def test_f4_years_keep_the_grid_whole_at_200_and_the_cursor_across_a_resize(
    db_path: Path,
) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, "f4")
        await pilot.press("tab", "tab", "down")  # 2019's 実績
        await settle(pilot)
        table = app.screen.query_one(YearTable)
        assert table.records and table.cursor_cell() == (2019, "actual")
        await pilot.resize_terminal(200, 50)
        await settle(pilot)
        assert not table.records  # one row per year: the grid
        assert table.cursor_cell() == (2019, "actual")
        _no_sideways_scroll(table)
        rows = _shown(app, table)
        for year in SAMPLE.indicator(1).years:
            first = year.actual_text.split("\n")[0]
            assert any(first in r and not r.endswith("…") for r in rows), rows
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert table.records and table.cursor_cell() == (2019, "actual")
        _no_sideways_scroll(table)
