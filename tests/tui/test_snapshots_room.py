"""SVG snapshots of the report screens F2–F6 using the terminal's room: the sample at 200×50,
and a long real-shaped report (tests/tui/long_report.py) at 80×24, 120×40 and 200×50.

The sample at 80×24 and 120×40 is covered by the other snapshot files."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.store.store import open_store
from tests.tui.helpers import keys_then_settle, make_app
from tests.tui.long_report import long_report


@pytest.fixture
def long_db(tmp_path: Path) -> Path:
    path = tmp_path / "long.db"
    store = open_store(str(path))
    store.import_report(long_report())
    store.close()
    return path


@pytest.mark.parametrize("key", ["f2", "f3", "f4", "f5", "f6"])
def test_sample_at_200x50(snap_compare, db_path: Path, key: str) -> None:
    run_before = keys_then_settle("enter", key)
    assert snap_compare(make_app(db_path), terminal_size=(200, 50), run_before=run_before)


@pytest.mark.parametrize(
    ("size", "key"),
    [
        ((80, 24), "f2"),
        ((80, 24), "f4"),
        ((80, 24), "f5"),
        ((80, 24), "f6"),
        ((120, 40), "f4"),
        ((120, 40), "f6"),
        ((200, 50), "f2"),
        ((200, 50), "f4"),
        ((200, 50), "f5"),
        ((200, 50), "f6"),
    ],
)
def test_long_report(snap_compare, long_db: Path, size: tuple[int, int], key: str) -> None:
    run_before = keys_then_settle("enter", key)
    assert snap_compare(make_app(long_db), terminal_size=size, run_before=run_before)
