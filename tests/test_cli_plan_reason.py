"""``hyoka plan fix`` records the whole plan; ``hyoka check`` flags the sample's moved うち
target and says that it changes the suggestion (text and JSON); ``hyoka plan reason`` writes the
reason for a removed indicator (issue 26 items 3 and 4), in-process as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.store.store import open_store
from tests.cli_main import run

KEY = "soumu-r4-08"
LINE = "計画どおりの目標なら提案は 相当程度進展あり、現在の目標では 目標達成"


def _fixed(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    assert run(capsys, "--db", str(db), "plan", "fix", KEY, "--date", "2021-04-01").code == 0


def test_the_moved_series_target_is_flagged_and_changes_the_suggestion(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    _fixed(capsys, db_path)
    before = run(capsys, "--db", str(db_path), "check", KEY).out
    assert "P0" not in before and "相当程度進展あり" in before
    store = open_store(str(db_path))
    try:
        store.set_value(KEY, "indicator[1].parts[0].target.value", 900)
    finally:
        store.close()
    text = run(capsys, "--db", str(db_path), "check", KEY).out
    assert "P012" in text and "計画: 約1,100団体 → 現在: 約900団体" in text
    (line,) = [row for row in text.splitlines() if "P016" in row]
    assert LINE in line
    result = json.loads(run(capsys, "--db", str(db_path), "check", KEY, "--format", "json").out)
    (report,) = result["reports"]
    suggestion = report["suggestion"]
    assert (suggestion["category"], suggestion["plan_category"]) == ("目標達成", "相当程度進展あり")
    assert suggestion["plan_moved"] is True
    (moved,) = [f for f in report["findings"] if f["code"] == "P016"]
    assert moved["message"] == LINE and moved["severity"] == "warning"
    assert moved["data"] == {"planned": "相当程度進展あり", "current": "目標達成"}

    reason = "令和４年度の改革工程表の改定に合わせた。"
    ran = run(capsys, "--db", str(db_path), "plan", "reason", KEY, "indicator[1]", reason)
    assert ran.code == 0, ran.err
    after = run(capsys, "--db", str(db_path), "check", KEY, "--format", "json").out
    codes = {f["code"]: f["severity"] for f in json.loads(after)["reports"][0]["findings"]}
    assert "P012" not in codes and codes["P016"] == "info"  # explained, and still visible


def test_a_removed_indicator_takes_its_reason(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    _fixed(capsys, db_path)
    store = open_store(str(db_path))
    try:
        store.remove_item(KEY, "objectives[0].indicators", 1)
    finally:
        store.close()
    assert "P008" in run(capsys, "--db", str(db_path), "check", KEY).out
    why = "統計システムの運用終了に伴い削除した。"
    ran = run(capsys, "--db", str(db_path), "plan", "reason", KEY, "indicator[2]", why)
    assert ran.code == 0, ran.err
    assert "P008" not in run(capsys, "--db", str(db_path), "check", KEY).out
    exported = run(capsys, "--db", str(db_path), "export", KEY).out
    assert f'change_reason = "{why}"' in exported.split("[plan]")[1]
    refused = run(capsys, "--db", str(db_path), "plan", "reason", KEY, "indicator[9]", "x")
    assert refused.code == 1 and "indicator[9]" in refused.err
    bad = run(capsys, "--db", str(db_path), "plan", "reason", KEY, "verdict", "x")
    assert bad.code == 1 and "planned_evaluation" in bad.err
