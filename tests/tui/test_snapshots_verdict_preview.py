"""SVG snapshots of the verdict (F5) and preview (F6) screens with the seed report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.helpers import SNAPSHOT_SIZES, keys_then_settle, make_app


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_verdict(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(
        make_app(db_path), terminal_size=size, run_before=keys_then_settle("enter", "f5")
    )


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_verdict_disagreeing_on_next_steps(
    snap_compare, db_path: Path, size: tuple[int, int]
) -> None:
    run_before = keys_then_settle("enter", "f5", "3", "alt+n", "alt+c")
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_preview(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(
        make_app(db_path), terminal_size=size, run_before=keys_then_settle("enter", "f6")
    )


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_preview_indicators(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    run_before = keys_then_settle("enter", "f6", *"nnnnnn")
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=run_before)
