"""SVG snapshots of the budget (F3) and indicators (F4) screens with the seed report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.helpers import SNAPSHOT_SIZES, keys_then_settle, make_app


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_budget_on_the_rounded_total(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    # 令和３年度・合計: 431,001 printed, a＋b＋c = 431,000; the status line says why
    run_before = keys_then_settle("enter", "f3", "l", "l", "j", "j", "j")
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_budget_refusing_input(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    run_before = keys_then_settle("enter", "f3", "e", "1", "2", "a", "enter")
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_indicators(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(
        make_app(db_path), terminal_size=size, run_before=keys_then_settle("enter", "f4", "down")
    )


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_indicator_years(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    run_before = keys_then_settle("enter", "f4", "down", "down", "tab", "tab", "l", "l")
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=run_before)
