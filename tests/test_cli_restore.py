"""``hyoka restore KEY`` as a user runs it: exit codes 0, 1, 2 and the messages."""

from __future__ import annotations

from pathlib import Path

from models.snapshot.codec import dumps_snapshot
from models.store.store import open_store
from tests.test_cli_history import hyoka

KEY = "soumu-r4-08"


def test_a_deleted_report_comes_back(db_path: Path) -> None:
    store = open_store(str(db_path))
    before = dumps_snapshot(store.load_report(KEY))
    store.delete_report(KEY)
    store.close()
    result = hyoka("restore", KEY, db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{KEY} を戻しました")
    store = open_store(str(db_path))
    assert dumps_snapshot(store.load_report(KEY)) == before
    assert store.history(KEY)[-1].action == "restore"
    store.close()
    shown = hyoka("history", KEY, db=db_path).stdout.splitlines()
    assert "復元" in shown[-1] and "削除" in shown[-2]


def test_refused_when_there_now_or_never_deleted(db_path: Path) -> None:
    there = hyoka("restore", KEY, db=db_path)
    assert there.returncode == 1
    assert there.stderr == f"hyoka: {KEY} は今もあります（戻す必要はありません）\n"
    never = hyoka("restore", "no-such-key", db=db_path, lang="en")
    assert never.returncode == 1
    assert "was never deleted" in never.stderr and never.stdout == ""


def test_usage_error_without_a_key(db_path: Path) -> None:
    result = hyoka("restore", db=db_path)
    assert result.returncode == 2
    assert "KEY" in result.stderr
