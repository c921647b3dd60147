"""``hyoka history`` as a user runs it: text, JSON, languages, exit codes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from models.snapshot.codec import dumps_snapshot
from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests import cli_main
from tests.cli_main import Ran

KEY = "soumu-r4-08"


def hyoka(*args: str, db: Path, lang: str | None = None) -> Ran:
    """``hyoka --db DB [--lang LANG] ARGS`` in this process (tests/cli_main.py)."""
    lang_args = ["--lang", lang] if lang else []
    return cli_main.hyoka("--db", str(db), *lang_args, *args)


def _edited(db_path: Path) -> None:
    store = open_store(str(db_path), user="tester")
    store.set_value(KEY, "budget[2021].executed", 240000)
    store.set_value(KEY, "cabinet_policies[0].date", date(2022, 1, 1))
    store.set_value(KEY, "verdict.rationale", "新しい根拠\n二行目" + "あ" * 100)
    store.close()


def test_text_lists_every_change_in_japanese(db_path: Path) -> None:
    _edited(db_path)
    result = hyoka("history", KEY, db=db_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert "取り込み" in lines[0]
    assert lines[1].endswith("tester  変更  令和３年度 執行額  238,163 → 240,000")
    assert lines[2].endswith("内閣の重要政策１ 年月日  令和３年６月18日 → 令和４年１月１日")
    # a long value is shortened and a line break shown as ↵, so one change stays one line
    assert "→ 新しい根拠↵二行目" in lines[3] and lines[3].endswith("…")
    assert len(lines[3]) < 200
    assert result.stderr == ""


def test_text_in_english(db_path: Path) -> None:
    _edited(db_path)
    result = hyoka("history", KEY, db=db_path, lang="en")
    assert result.returncode == 0
    assert "tester  set  FY2021 Executed  238,163 → 240,000" in result.stdout
    assert "import" in result.stdout.splitlines()[0]


def test_json_gives_values_in_full(db_path: Path) -> None:
    _edited(db_path)
    result = hyoka("history", KEY, "--format", "json", db=db_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["action"] for r in rows] == ["import", "set", "set", "set"]
    assert rows[1] | {"at": "", "local_time": "", "id": 0} == {
        "id": 0,
        "at": "",
        "local_time": "",
        "user": "tester",
        "report": KEY,
        "action": "set",
        "path": "budget[2021].executed",
        "label": "令和３年度 執行額",
        "old": 238163,
        "new": 240000,
    }
    assert rows[3]["new"] == "新しい根拠\n二行目" + "あ" * 100
    assert rows[3]["old"] == load_sample().verdict.rationale


def test_deleted_report_still_has_history(db_path: Path) -> None:
    store = open_store(str(db_path), user="tester")
    store.delete_report(KEY)
    store.close()
    text = hyoka("history", KEY, db=db_path)
    assert text.returncode == 0
    assert "削除" in text.stdout.splitlines()[-1] and "スナップショット" in text.stdout
    rows = json.loads(hyoka("history", KEY, "--format", "json", db=db_path).stdout)
    assert rows[-1]["action"] == "delete"
    assert rows[-1]["old"] == dumps_snapshot(load_sample())  # the whole report, recoverable


def test_unknown_key_is_exit_1(db_path: Path) -> None:
    result = hyoka("history", "no-such-report", db=db_path)
    assert result.returncode == 1
    assert "no-such-report" in result.stderr and result.stdout == ""
    assert "Traceback" not in result.stderr
    english = hyoka("history", "no-such-report", db=db_path, lang="en")
    assert "no report and no history for no-such-report" in english.stderr


def test_usage_errors_are_exit_2(db_path: Path) -> None:
    assert hyoka("history", db=db_path).returncode == 2
    assert hyoka("history", KEY, "--format", "xml", db=db_path).returncode == 2


def test_bad_database_is_exit_1(tmp_path: Path) -> None:
    result = hyoka("history", KEY, db=tmp_path)  # a directory
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "ディレクトリ" in result.stderr


def test_terminal_controls_never_printed(tmp_path: Path) -> None:
    """Values are refused by the store already; a row written behind its back is escaped."""
    import sqlite3

    db = tmp_path / "h.db"
    store = open_store(str(db))
    store.import_report(load_sample())
    store.close()
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO change (at, user, report_key, action, path, old, new) VALUES "
            "('2024-01-01T00:00:00+00:00', ?, ?, 'set', 'verdict.rationale', ?, ?)",
            ("\x1b]0;pwned\x07", KEY, json.dumps("\x1b[2J"), json.dumps("a\u202eb\x9bc")),
        )
    for fmt in ("text", "json"):
        out = hyoka("history", KEY, "--format", fmt, db=db).stdout
        assert not any(ch in out for ch in "\x1b\x07\x9b\u202e"), fmt
    rows = json.loads(hyoka("history", KEY, "--format", "json", db=db).stdout)
    assert rows[-1]["new"] == "a\u202eb\x9bc"  # escaped, not altered


def test_json_writes_japanese_as_utf8(db_path: Path) -> None:
    _edited(db_path)
    history = hyoka("history", KEY, "--format", "json", db=db_path)
    check = hyoka("check", KEY, "--format", "json", db=db_path)
    for out in (history.stdout, check.stdout):
        assert "\\u" not in out
    assert "令和３年度 執行額" in history.stdout and "新しい根拠" in history.stdout
    assert "総務省" in check.stdout or "測定指標" in check.stdout


def test_a_long_text_edited_in_the_middle_shows_what_changed(db_path: Path) -> None:
    store = open_store(str(db_path), user="tester")
    old = store.load_report(KEY).verdict.rationale
    new = old.replace("進展している", "着実に進展している")
    store.set_value(KEY, "verdict.rationale", new)
    store.close()
    line = hyoka("history", KEY, db=db_path).stdout.splitlines()[-1]
    assert "判断根拠" in line
    before, after = line.split("  判断根拠  ")[1].split(" → ")
    assert "着実に" in after and "着実に" not in before
    assert before.startswith("…") and "進展している" in before and "進展している" in after
