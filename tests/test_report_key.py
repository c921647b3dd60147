"""One rule for a report key, the same in the schema, the store, the CLI and the dialog."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.report.key import MAX_LENGTH, key_problem
from models.report.model import Report
from models.snapshot.codec import SnapshotError, dumps_snapshot, loads_snapshot
from models.snapshot.sample import load_sample
from models.store.errors import InvalidKey
from models.store.store import open_store
from tests.test_cli import hyoka

LONG = "a" * 150


@pytest.mark.parametrize(
    "key, ok",
    [
        ("soumu-r4-08", True),
        ("a" * MAX_LENGTH, True),
        ("a" * 101, False),
        ("", False),
        ("Soumu", False),
        ("a_b", False),
        ("a b", False),
        ("ａ", False),
    ],
)
def test_key_rule(key: str, ok: bool) -> None:
    assert (key_problem(key) == "") is ok


def test_the_schema_uses_the_same_rule() -> None:
    report = load_sample()
    report.key = "a" * MAX_LENGTH
    assert loads_snapshot(dumps_snapshot(report)).key == report.key
    report.key = "a" * (MAX_LENGTH + 1)
    with pytest.raises(SnapshotError, match=r"report\.key"):
        loads_snapshot(dumps_snapshot(report))


def test_the_store_refuses_a_key_that_breaks_the_rule(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "h.db"))
    try:
        with pytest.raises(InvalidKey, match="100"):
            store.import_report(Report(key=LONG, policy_name="長いキー"))
        with pytest.raises(InvalidKey, match="a-z"):
            store.import_report(Report(key="Bad Key", policy_name="x"))
        outcome = store.import_reports([Report(key=LONG, policy_name="x"), load_sample()])
        assert [(k, e is None) for k, e in outcome] == [(LONG, False), ("soumu-r4-08", True)]
        with pytest.raises(InvalidKey):
            store.adopt([Report(key=LONG, policy_name="x")], [])
        assert store.keys() == ["soumu-r4-08"]
        assert [c.report_key for c in store.history()] == ["soumu-r4-08"]
        store.import_report(Report(key="a" * MAX_LENGTH, policy_name="ちょうど"))
        store.set_value("a" * MAX_LENGTH, "policy_name", "編集できる")
    finally:
        store.close()


def test_copy_refuses_a_database_holding_a_bad_key(tmp_path: Path) -> None:
    source, target = tmp_path / "from.db", tmp_path / "to.db"
    store = open_store(str(source))
    store.import_report(load_sample())
    store.close()
    with sqlite3.connect(source) as conn:  # as an older hyoka without the rule could leave it
        conn.execute("UPDATE report SET key = ?", (LONG,))
    conn.close()
    done = hyoka("copy", "--from", str(source), "--to", str(target))
    assert done.returncode == 1, done.stderr
    assert "100 文字まで" in done.stderr and "Traceback" not in done.stderr
    assert "aaaa" in done.stderr and LONG not in done.stderr  # the key shown, shortened
