"""SVG snapshots of the home list and the report (header) form with the seed report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.helpers import make_app, settle

SIZES = [(80, 24), (120, 40)]


def _steps(*keys: str, focus: str = ""):
    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        if focus:
            pilot.app.screen.query_one(focus).focus()
            await settle(pilot)

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_home(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=_steps())


@pytest.mark.parametrize("size", SIZES)
def test_header(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=_steps("enter"))


@pytest.mark.parametrize("size", SIZES)
def test_header_lists(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    run_before = _steps("enter", focus="#l-cabinet DataTable")
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=run_before)


def test_new_report_dialog(snap_compare, db_path: Path) -> None:
    assert snap_compare(make_app(db_path), terminal_size=(80, 24), run_before=_steps("n"))


def test_row_editor(snap_compare, db_path: Path) -> None:
    run_before = _steps("enter", focus="#l-cabinet DataTable")

    async def then_edit(pilot) -> None:
        await run_before(pilot)
        await pilot.press("e")
        await settle(pilot)

    assert snap_compare(make_app(db_path), terminal_size=(80, 24), run_before=then_edit)
