"""SVG snapshots of the home list and the report (header) form with the seed report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.helpers import SNAPSHOT_SIZES, keys_then_settle, make_app, settle


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_home(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=keys_then_settle())


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_header(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=keys_then_settle("enter"))


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_header_lists(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    run_before = keys_then_settle("enter", focus="#l-cabinet DataTable")
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=run_before)


def test_new_report_dialog(snap_compare, db_path: Path) -> None:
    assert snap_compare(make_app(db_path), terminal_size=(80, 24), run_before=keys_then_settle("n"))


def test_row_editor(snap_compare, db_path: Path) -> None:
    run_before = keys_then_settle("enter", focus="#l-cabinet DataTable")

    async def then_edit(pilot) -> None:
        await run_before(pilot)
        await pilot.press("e")
        await settle(pilot)

    assert snap_compare(make_app(db_path), terminal_size=(80, 24), run_before=then_edit)
