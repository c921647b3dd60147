"""SVG snapshots of the history screen, the help screen and the ctrl+g chooser."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from models.store.store import open_store
from tests.tui.helpers import SNAPSHOT_SIZES, keys_then_settle, make_app

KEY = "soumu-r4-08"


@pytest.fixture
def edited_db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seed with two recorded edits, their times pinned so the picture does not move."""
    store = open_store(str(db_path), user="sato")
    store.set_value(KEY, "budget[2021].executed", -1234, expected=238163)
    store.set_value(KEY, "verdict.rationale", "判断根拠 [b]そのまま[/b] \\ 😀")
    store.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE change SET at = '2022-08-01T01:02:03.000+00:00'")
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    return db_path


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_history(snap_compare, edited_db: Path, size: tuple[int, int]) -> None:
    run_before = keys_then_settle("enter", "f7")
    assert snap_compare(make_app(edited_db), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SNAPSHOT_SIZES)
def test_help_on_the_preview_screen(snap_compare, db_path: Path, size: tuple[int, int]) -> None:
    # over the preview: the budget screen's tables behind the dialog settled their widths at
    # varying moments under load, which made that picture flaky without changing the dialog
    run_before = keys_then_settle("enter", "f6", "f1")
    assert snap_compare(make_app(db_path), terminal_size=size, run_before=run_before)


def test_go_to_chooser(snap_compare, db_path: Path) -> None:
    run_before = keys_then_settle("enter", "ctrl+g")
    assert snap_compare(make_app(db_path), terminal_size=(80, 24), run_before=run_before)
