"""``hyoka plan fix`` as a user runs it; the plan travels in the snapshot; ``hyoka check``."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from models.store.store import open_store
from tests.conftest import SEED
from tests.test_cli import hyoka

KEY = "soumu-r4-08"


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "plan.db"
    result = hyoka("import", str(SEED), db=db)
    assert result.returncode == 0, result.stderr
    return db


def test_fix_records_the_plan_in_the_report_and_history(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = hyoka("plan", "fix", KEY, "--date", "2021-04-01", db=db)
    assert result.returncode == 0, result.stderr
    assert "soumu-r4-08: 事前分析表を令和３年４月１日付けで確定しました（測定指標 2 件）" in (
        result.stdout
    )
    exported = hyoka("export", KEY, db=db)
    plan = tomllib.loads(exported.stdout)["plan"]
    assert plan["fixed_on"] == date(2021, 4, 1)
    assert [(p["objective"], p["number"]) for p in plan["indicators"]] == [(1, 1), (1, 2)]
    assert plan["indicators"][0]["target"]["value"] == 1600
    history = hyoka("history", KEY, db=db).stdout
    assert "事前分析表" in history.splitlines()[-1]

    again = hyoka("plan", "fix", KEY, db=db)
    assert again.returncode == 1
    assert "令和３年４月１日に確定済みです（確定し直すには --again）" in again.stderr
    assert hyoka("export", KEY, db=db).stdout == exported.stdout  # refused: nothing changed

    anew = hyoka("plan", "fix", KEY, "--again", "--date", "令和4年4月1日", db=db)
    assert anew.returncode == 0, anew.stderr
    assert "fixed_on = 2022-04-01" in hyoka("export", KEY, db=db).stdout


def test_an_edited_target_is_flagged_until_a_reason_is_written(tmp_path: Path) -> None:
    db = _db(tmp_path)
    assert hyoka("plan", "fix", KEY, db=db).returncode == 0
    assert "P00" not in hyoka("check", KEY, db=db).stdout
    store = open_store(str(db))
    try:
        store.set_value(KEY, "indicator[2].target.value", 90)
    finally:
        store.close()
    checked = hyoka("check", KEY, db=db).stdout
    assert "P001" in checked and "indicator[2].change_reason" in checked
    assert "計画: 100% → 現在: 90%" in checked
    store = open_store(str(db))
    try:
        store.set_value(KEY, "indicator[2].change_reason", "要望の内容が変わったため。")
    finally:
        store.close()
    assert "P00" not in hyoka("check", KEY, db=db).stdout


def test_usage_errors(tmp_path: Path) -> None:
    db = _db(tmp_path)
    bad = hyoka("plan", "fix", KEY, "--date", "someday", db=db)
    assert bad.returncode == 2 and "日付として読めません" in bad.stderr
    missing = hyoka("plan", "fix", "no-such", db=db)
    assert missing.returncode == 1
    assert hyoka("plan", db=db).returncode == 2
