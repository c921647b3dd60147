"""The store on every engine: import, load, edit, conflicts, replace, delete, history."""

from __future__ import annotations

import os
import stat
from dataclasses import replace as dc_replace
from pathlib import Path

import pytest

from models.report.model import BudgetYear, CabinetPolicy, IndicatorYear
from models.snapshot.codec import dumps_snapshot
from models.snapshot.sample import load_sample, sample_text
from models.store.errors import Conflict, ReportExists, ReportNotFound, StoreError
from models.store.store import open_store


@pytest.fixture
def seeded(target: str):
    store = open_store(target, user="tester")
    store.import_report(load_sample())
    yield store
    store.close()


KEY = "soumu-r4-08"


def test_seed_round_trips_through_the_store(seeded) -> None:
    assert dumps_snapshot(seeded.load_report(KEY)) == sample_text()
    # field by field too, against the fixture read without the store (not the store twice)
    assert seeded.load_report(KEY) == load_sample()


def test_list_and_keys(seeded) -> None:
    [summary] = seeded.list_reports()
    assert (summary.key, summary.ministry, summary.policy_number, summary.verdict) == (
        KEY,
        "総務省",
        8,
        "目標達成",
    )
    assert seeded.keys() == [KEY]
    assert seeded.exists(KEY) and not seeded.exists("nope")


def test_existing_key_needs_replace(seeded) -> None:
    changed = load_sample()
    changed.policy_name = "置き換え後"
    with pytest.raises(ReportExists):
        seeded.import_report(changed)
    assert seeded.load_report(KEY).policy_name == "電子自治体の推進"
    seeded.import_report(changed, replace=True)
    assert seeded.load_report(KEY).policy_name == "置き換え後"
    last = seeded.history(KEY)[-1]
    assert last.action == "replace" and "電子自治体の推進" in last.old


def test_set_value_saves_and_records(seeded) -> None:
    seeded.set_value(KEY, "budget[2021].executed", -1234, expected=238163)
    seeded.set_value(KEY, "indicator[1].years[2020].actual", 1300.5, expected=1279)
    seeded.set_value(KEY, "verdict.rationale", "判断根拠 [b]太字[/b]")
    report = seeded.load_report(KEY)
    assert report.budget.year(2021).executed == -1234
    assert report.indicator(1).year(2020).actual == 1300.5
    assert report.verdict.rationale == "判断根拠 [b]太字[/b]"
    changes = [(c.action, c.path, c.old, c.new, c.user) for c in seeded.history(KEY)][1:]
    assert changes[0] == ("set", "budget[2021].executed", 238163, -1234, "tester")
    assert changes[1][:4] == ("set", "indicator[1].years[2020].actual", 1279, 1300.5)
    assert seeded.revision(KEY) == 4


def test_conflict_when_value_changed_since_shown(target: str, seeded) -> None:
    other = open_store(target, user="other")
    try:
        other.set_value(KEY, "report.policy_name", "他の人の変更", expected="電子自治体の推進")
    finally:
        other.close()
    with pytest.raises(Conflict) as caught:
        seeded.set_value(KEY, "report.policy_name", "私の変更", expected="電子自治体の推進")
    assert caught.value.current == "他の人の変更"
    assert seeded.load_report(KEY).policy_name == "他の人の変更"
    seeded.set_value(
        KEY, "report.field", "別の欄", expected="電子自治体"
    )  # a different field: fine
    assert seeded.load_report(KEY).field == "別の欄"


def test_invalid_values_never_reach_the_database(seeded) -> None:
    before = dumps_snapshot(seeded.load_report(KEY))
    with pytest.raises(StoreError):
        seeded.set_value(KEY, "budget[2021].executed", "12a")
    with pytest.raises(StoreError):
        seeded.set_value(KEY, "indicator[1].mark", "A")
    with pytest.raises(StoreError):
        seeded.insert_item(KEY, "budget.years", BudgetYear(2021))  # duplicate year
    with pytest.raises(LookupError):
        seeded.set_value(KEY, "budget[1999].executed", 1)
    assert dumps_snapshot(seeded.load_report(KEY)) == before


def test_rows_added_removed_moved(seeded) -> None:
    seeded.insert_item(KEY, "budget.years", BudgetYear(2023, initial=5))
    seeded.insert_item(KEY, "indicator[1].years", IndicatorYear(2022, actual=1500), 3)
    seeded.insert_item(KEY, "cabinet_policies", CabinetPolicy("新しい方針"), 0)
    seeded.move_item(KEY, "cabinet_policies", 0, 2)
    report = seeded.load_report(KEY)
    assert report.budget.years[-1].fiscal_year == 2023
    assert [y.fiscal_year for y in report.indicator(1).years] == [2019, 2020, 2021, 2022]
    assert report.cabinet_policies[2].name == "新しい方針"
    seeded.remove_item(KEY, "cabinet_policies", 2)
    assert all(p.name != "新しい方針" for p in seeded.load_report(KEY).cabinet_policies)
    actions = [(c.action, c.path) for c in seeded.history(KEY)][1:]
    assert actions[:2] == [("add", "budget[2023]"), ("add", "indicator[1].years[2022]")]
    assert actions[-1] == ("remove", "cabinet_policies[2]")


def test_delete_keeps_history(seeded) -> None:
    seeded.delete_report(KEY)
    assert seeded.keys() == []
    with pytest.raises(ReportNotFound):
        seeded.load_report(KEY)
    assert seeded.history(KEY)[-1].action == "delete"


def test_import_many_is_all_or_nothing_per_report(seeded) -> None:
    fresh = dc_replace(load_sample(), key="another")
    outcome = seeded.import_reports([fresh, load_sample()])
    assert outcome[0] == ("another", None)
    assert isinstance(outcome[1][1], ReportExists)
    assert seeded.keys() == ["another", KEY]


def test_new_sqlite_file_is_private_and_in_wal(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.db"
    store = open_store(str(path))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    store.close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="ディレクトリ"):
        open_store(str(tmp_path))


def test_not_a_database_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("これはデータベースではありません\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError):
        open_store(str(path))


def test_open_without_create_refuses_a_missing_file_and_creates_nothing(tmp_path: Path) -> None:
    from models.store import db_file, migrations

    assert db_file.SCHEMA_VERSION == migrations.SCHEMA_VERSION
    with pytest.raises(StoreError, match="データベースがありません"):
        open_store(str(tmp_path / "a" / "b.db"), create=False)
    assert list(tmp_path.iterdir()) == []
