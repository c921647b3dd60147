"""The change history: every write is recorded with who, where, old and new, and it lasts."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from models.report import paths as fieldpath
from models.report.model import BudgetYear, Responsible
from models.services.history_restore import from_recorded, restored_value
from models.snapshot.codec import dumps_snapshot, loads_snapshot
from models.snapshot.sample import load_sample
from models.store.errors import Conflict, StoreError
from models.store.store import open_store

KEY = "soumu-r4-08"


def _entries(changes):
    return [(c.user, c.action, c.path, c.old, c.new) for c in changes]


def test_import_replace_delete_are_recorded_with_user(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "h.db"), user="花子")
    store.import_report(load_sample())
    original = dumps_snapshot(store.load_report(KEY))
    changed = load_sample()
    changed.verdict.category = "目標達成"
    store.import_report(changed, replace=True)
    replaced = dumps_snapshot(store.load_report(KEY))
    store.delete_report(KEY)
    assert _entries(store.history(KEY)) == [
        ("花子", "import", "", None, None),
        ("花子", "replace", "", original, replaced),  # kept whole: before and after
        ("花子", "delete", "", replaced, None),
    ]
    # the deleted report can be rebuilt from its history
    assert loads_snapshot(store.history(KEY)[-1].old) == changed
    assert all(c.at.endswith("+00:00") for c in store.history(KEY))
    store.close()


def test_set_add_remove_move_record_old_and_new(db_path: Path) -> None:
    store = open_store(str(db_path), user="tester")
    store.set_value(KEY, "budget[2021].executed", 1, expected=238163)
    store.set_value(KEY, "cabinet_policies[0].date", date(2020, 2, 3))
    store.set_value(KEY, "verdict.rationale", "")
    store.insert_item(KEY, "budget.years", BudgetYear(2023, initial=5))
    store.remove_item(KEY, "budget.notes", 0)
    store.move_item(KEY, "cabinet_policies", 0, 1)
    store.set_value(KEY, "budget[2021].executed", 1)  # no change: nothing recorded
    sample = load_sample()
    assert _entries(store.history(KEY)[1:]) == [
        ("tester", "set", "budget[2021].executed", 238163, 1),
        ("tester", "set", "cabinet_policies[0].date", "2021-06-18", "2020-02-03"),
        ("tester", "set", "verdict.rationale", sample.verdict.rationale, ""),
        (
            "tester",
            "add",
            "budget[2023]",
            None,
            {
                "fiscal_year": 2023,
                "initial": 5,
                "supplementary": None,
                "carryover": None,
                "total": None,
                "executed": None,
            },
        ),
        ("tester", "remove", "budget.notes[0]", sample.budget.notes[0], None),
        ("tester", "move", "cabinet_policies[0]", 0, 1),
    ]
    store.close()


def test_refused_edit_records_nothing(store) -> None:
    before = store.history(KEY)
    with pytest.raises(Conflict):
        store.set_value(KEY, "budget[2021].executed", 5, expected=999)
    with pytest.raises((ValueError, StoreError)):
        store.set_value(KEY, "verdict.category", "大成功")  # not one of the categories
    assert store.history(KEY) == before
    assert store.load_report(KEY) == load_sample()


def test_restore_converts_back_and_is_recorded(db_path: Path) -> None:
    store = open_store(str(db_path), user="tester")
    store.set_value(KEY, "cabinet_policies[0].date", date(2020, 2, 3))
    store.set_value(KEY, "budget[2021].executed", 1)
    store.set_value(KEY, "indicator[1].years[2021].actual", 1404.5)
    store.set_value(KEY, "indicator[1].years[2021].as_of", None)
    store.set_value(KEY, "report.responsible[0]", Responsible("室長", "別人"))
    store.set_value(KEY, "report.evaluated_fiscal_year", None)
    history = store.history(KEY)
    report = store.load_report(KEY)
    for change in history[1:]:
        value = restored_value(report, change)
        current = store.load_report(KEY)
        store.set_value(KEY, change.path, value, expected=fieldpath.get(current, change.path))
    assert store.load_report(KEY) == load_sample()
    restores = store.history(KEY)[len(history) :]
    assert _entries(restores) == [("tester", "set", c.path, c.new, c.old) for c in history[1:]]
    store.close()


def test_recorded_values_convert_to_field_types() -> None:
    report = load_sample()
    assert restored_value(report, _change("cabinet_policies[1].date", "2019-12-19")) == date(
        2019, 12, 19
    )
    assert restored_value(report, _change("indicator[1].years[2021].as_of", None)) is None
    assert restored_value(report, _change("budget[2021].executed", 7)) == 7
    assert restored_value(report, _change("verdict.rationale", None)) == ""
    assert restored_value(report, _change("report.intermediate_outcomes", ["a", "b"])) == ["a", "b"]
    assert restored_value(
        report, _change("report.responsible[1]", {"title": "t", "name": "n"})
    ) == Responsible("t", "n")
    assert from_recorded(1.5, int | float | None) == 1.5


def _change(path: str, old: object):
    from models.report.history import Change

    return Change(1, "2024-01-01T00:00:00+00:00", "u", KEY, "set", path, old, None)


def test_history_survives_copying_the_database_file(db_path: Path, tmp_path: Path) -> None:
    store = open_store(str(db_path), user="tester")
    store.set_value(KEY, "verdict.analysis", "改訂")
    expected = store.history(KEY)
    store.close()
    copy = tmp_path / "copy.db"
    shutil.copyfile(db_path, copy)  # the WAL was checkpointed at close: the file is whole
    copied = open_store(str(copy))
    assert copied.history(KEY) == expected
    assert copied.load_report(KEY).verdict.analysis == "改訂"
    copied.close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_snapshots_carry_no_history(db_path: Path) -> None:
    store = open_store(str(db_path), user="tester")
    store.set_value(KEY, "verdict.analysis", "改訂")
    store.set_value(KEY, "verdict.analysis", "再改訂")
    text = dumps_snapshot(store.load_report(KEY))
    store.close()
    assert "tester" not in text
    # the export is exactly the seed with the edited value: no history, no timestamps
    expected = load_sample()
    expected.verdict.analysis = "再改訂"
    assert text == dumps_snapshot(expected)
    # and importing that snapshot elsewhere starts a fresh history
    other = open_store(str(db_path.with_name("other.db")), user="someone")
    other.import_report(loads_snapshot(text))
    assert _entries(other.history(KEY)) == [("someone", "import", "", None, None)]
    other.close()
