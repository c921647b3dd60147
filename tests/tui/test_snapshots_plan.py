"""SVG snapshots of the 事前分析表 screen (F8) with the seed report: unfixed, and fixed with a
target changed since (planned vs now), at 80×24 and 120×40."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models.services.plan_fix import fix_plan_in
from models.store.store import open_store
from tests.tui.helpers import SNAPSHOT_SIZES, keys_then_settle, make_app


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_plan(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    run_before = keys_then_settle("enter", "f8")
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_plan_fixed_and_changed(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    store = open_store(str(db_path))
    try:
        store.set_value("soumu-r4-08", "indicator[1].reason", "全国の導入状況を示すため。")
        fix_plan_in(store, "soumu-r4-08", date(2021, 4, 1))
        store.set_value("soumu-r4-08", "indicator[1].target.value", 1700)
    finally:
        store.close()
    run_before = keys_then_settle("enter", "f8")
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=run_before)
