"""Autosaves of one field by one person in one typing session make one history entry
(models/store/history_rows.py), each save still committed when made; an accepted value and its
undo stay entries of their own; a new report is recorded as created; a deleted report
comes back from its history (Store.restore_report)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.snapshot.codec import dumps_snapshot
from models.snapshot.sample import load_sample
from models.store.errors import NotDeleted
from models.store.store import open_store
from tests.conftest import ROOT

KEY = "soumu-r4-08"
PATH = "verdict.rationale"
TYPING = object()  # one typing session (the TUI keeps one per field until the value is accepted)


def _entries(store):
    return [(c.user, c.action, c.path, c.old, c.new) for c in store.history(KEY)]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "m.db"
    store = open_store(str(path), user="花子")
    store.import_report(load_sample())
    store.close()
    return path


def _age_last_entry(db: Path, seconds: int) -> None:
    """Move the newest history row ``seconds`` into the past (as if saved that long ago)."""
    with sqlite3.connect(db) as conn:
        (at,) = conn.execute("SELECT at FROM change ORDER BY id DESC LIMIT 1").fetchone()
        from datetime import datetime, timedelta

        older = (datetime.fromisoformat(at) - timedelta(seconds=seconds)).isoformat()
        conn.execute("UPDATE change SET at = ? WHERE id = (SELECT max(id) FROM change)", (older,))


def test_saves_of_one_field_in_the_window_are_one_entry(db: Path) -> None:
    store = open_store(str(db), user="花子", merge_seconds=60)
    first = store.load_report(KEY).verdict.rationale
    for text in ("あ", "あい", "あいう"):
        store.set_value(KEY, PATH, text, session=TYPING)
        assert store.load_report(KEY).verdict.rationale == text  # committed at once
    assert _entries(store)[1:] == [("花子", "set", PATH, first, "あいう")]


def test_without_a_window_every_save_is_an_entry(db: Path) -> None:
    store = open_store(str(db), user="花子")
    for text in ("あ", "あい"):
        store.set_value(KEY, PATH, text, session=TYPING)
    assert [e[4] for e in _entries(store)[1:]] == ["あ", "あい"]


def test_another_field_person_or_a_pause_starts_a_new_entry(db: Path) -> None:
    hanako = open_store(str(db), user="花子", merge_seconds=60)
    taro = open_store(str(db), user="太郎", merge_seconds=60)
    hanako.set_value(KEY, PATH, "一", session=TYPING)
    hanako.set_value(KEY, "verdict.analysis", "分析", session=TYPING)
    hanako.set_value(KEY, PATH, "二", session=TYPING)
    taro.set_value(KEY, PATH, "三", session=TYPING)
    _age_last_entry(db, 61)
    taro.set_value(KEY, PATH, "四", session=TYPING)
    taro.set_value(KEY, PATH, "五", session=TYPING)
    got = [(who, path, new) for who, _, path, _, new in _entries(hanako)[1:]]
    assert got == [
        ("花子", PATH, "一"),
        ("花子", "verdict.analysis", "分析"),
        ("花子", PATH, "二"),
        ("太郎", PATH, "三"),
        ("太郎", PATH, "五"),  # 四 and 五 are one entry: 三 → 五
    ]
    assert _entries(hanako)[-1][3] == "三"


def test_a_value_typed_and_taken_back_leaves_no_entry(db: Path) -> None:
    store = open_store(str(db), user="花子", merge_seconds=60)
    first = store.load_report(KEY).verdict.rationale
    store.set_value(KEY, PATH, "下書き", session=TYPING)
    store.set_value(KEY, PATH, first, session=TYPING)
    assert [e[1] for e in _entries(store)] == ["import"]


def test_an_accepted_value_and_its_undo_stay_in_the_history(db: Path) -> None:
    """#24: appended to 政策名, tab, ctrl+z within the window: both were lost (the undo was
    merged into the edit, which brought the value back, which removed the entry)."""
    store = open_store(str(db), user="花子", merge_seconds=60)
    name = store.load_report(KEY).policy_name
    store.set_value(KEY, "report.policy_name", name + "（改）", expected=name, session=object())
    store.set_value(KEY, "report.policy_name", name, expected=name + "（改）")  # the undo
    assert _entries(store)[1:] == [
        ("花子", "set", "report.policy_name", name, name + "（改）"),
        ("花子", "set", "report.policy_name", name + "（改）", name),
    ]


def test_an_undo_is_never_merged_into_the_autosaves_it_takes_back(db: Path) -> None:
    store = open_store(str(db), user="花子", merge_seconds=60)
    first = store.load_report(KEY).verdict.rationale
    store.set_value(KEY, PATH, "あ", session=TYPING)
    store.set_value(KEY, PATH, "あい", session=TYPING)
    store.set_value(KEY, PATH, "あ", expected="あい")  # ctrl+z: no session
    store.set_value(KEY, PATH, first, expected="あ")  # and again
    assert [(old, new) for *_, old, new in _entries(store)[1:]] == [
        (first, "あい"),
        ("あい", "あ"),
        ("あ", first),
    ]


def test_a_new_session_after_an_accepted_value_starts_a_new_entry(db: Path) -> None:
    """The value accepted (tab) ends the session: typing on in the field within the window
    does not fold the accepted value into the next one, even back to where it began."""
    store = open_store(str(db), user="花子", merge_seconds=60)
    first = store.load_report(KEY).verdict.rationale
    store.set_value(KEY, PATH, "下書き", session=TYPING)  # autosave, then accepted (tab)
    later = object()  # back in the field: a new session
    store.set_value(KEY, PATH, "下書き２", session=later)
    store.set_value(KEY, PATH, "下書き", session=later)  # taken back to where it began
    assert [(old, new) for *_, old, new in _entries(store)[1:]] == [(first, "下書き")]
    store.set_value(KEY, PATH, "下書き３", session=later)
    store.set_value(KEY, PATH, first, session=later)
    assert [(old, new) for *_, old, new in _entries(store)[1:]] == [
        (first, "下書き"),
        ("下書き", first),
    ]
    store.set_value(KEY, PATH, "清書", session=TYPING)  # an old session does not come back
    assert [(old, new) for *_, old, new in _entries(store)[1:]] == [
        (first, "下書き"),
        ("下書き", first),
        (first, "清書"),
    ]


def test_a_save_without_a_session_is_an_entry_of_its_own(db: Path) -> None:
    store = open_store(str(db), user="花子", merge_seconds=60)
    store.set_value(KEY, PATH, "一", session=TYPING)
    store.set_value(KEY, PATH, "二")  # a restore from the history, a value kept in a conflict
    store.set_value(KEY, PATH, "三", session=TYPING)  # the session's entry is no longer the last
    assert [e[4] for e in _entries(store)[1:]] == ["一", "二", "三"]


CHILD = r"""
import sys
sys.path.insert(0, {root!r})
from models.store.store import open_store
store = open_store({db!r}, user="crash", merge_seconds=3600)
print("ready", flush=True)
text = ""
typing = object()
for i in range(100_000):
    text += "字"
    store.set_value("soumu-r4-08", "verdict.rationale", text, session=typing)
    print(len(text), flush=True)
"""


@pytest.mark.parametrize("delay", [0.1, 0.4])
def test_sigkill_between_saves_keeps_the_value_and_its_history(db: Path, delay: float) -> None:
    first = open_store(str(db)).load_report(KEY).verdict.rationale
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT), db=str(db))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n"
    assert child.stdout.readline().strip() == "1"  # at least one save acknowledged
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    lines = ["1", *out.splitlines()]
    acked = int(lines[-1] if out.endswith("\n") or not out else lines[-2])
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    store = open_store(str(db))
    value = store.load_report(KEY).verdict.rationale
    assert value in ("字" * acked, "字" * (acked + 1))  # the last acknowledged save, or one more
    assert _entries(store)[1:] == [("crash", "set", PATH, first, value)]


def test_a_new_report_is_recorded_as_created(tmp_path: Path) -> None:
    from models.report.model import Report

    store = open_store(str(tmp_path / "c.db"), user="花子")
    store.create_report(Report(key="new-1", policy_name="新しい政策"))
    assert [(c.action, c.path) for c in store.history("new-1")] == [("create", "")]


def test_a_deleted_report_is_restored_whole(db: Path) -> None:
    store = open_store(str(db), user="花子")
    store.set_value(KEY, PATH, "削除前の判断根拠")
    before = dumps_snapshot(store.load_report(KEY))
    store.delete_report(KEY)
    restored = store.restore_report(KEY)
    assert dumps_snapshot(restored) == before == dumps_snapshot(store.load_report(KEY))
    assert [c.action for c in store.history(KEY)][-2:] == ["delete", "restore"]
    with pytest.raises(NotDeleted, match="今もあります"):
        store.restore_report(KEY)  # it is there now
    with pytest.raises(NotDeleted, match="削除された記録がありません"):
        store.restore_report("never-there")


def test_the_window_is_a_setting(tmp_path: Path) -> None:
    from models.config import ConfigError, load_config

    path = tmp_path / "config.toml"
    assert load_config(path).history_merge_seconds == 60
    path.write_text("history_merge_seconds = 5\n", encoding="utf-8")
    assert load_config(path).history_merge_seconds == 5
    path.write_text('history_merge_seconds = "long"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="history_merge_seconds"):
        load_config(path)


def test_the_cli_opens_the_store_with_the_configured_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from tui.cli.common import store_from_args

    config = tmp_path / "config.toml"
    config.write_text("history_merge_seconds = 7\n", encoding="utf-8")
    monkeypatch.setenv("HYOKA_CONFIG", str(config))
    store = store_from_args(argparse.Namespace(db=str(tmp_path / "x.db")), create=True)
    assert store.merge_seconds == 7


def test_a_conflict_names_the_place_in_words_and_values_as_typed(db: Path) -> None:
    from models.store.errors import Conflict

    store = open_store(str(db), user="花子")
    with pytest.raises(Conflict) as caught:
        store.set_value(KEY, "budget[2021].executed", 1, expected=5)
    assert str(caught.value) == (
        "令和３年度 執行額 は他の人が変更しました（表示時: 5、現在: 238163）"
    )
    with pytest.raises(Conflict) as caught:
        store.set_value(KEY, "report.field", "x", expected="C:\\data\n")
    assert "表示時: C:\\data\n、" in str(caught.value)  # not '\\\\n C:\\\\data'


def test_figures_are_never_merged(db: Path) -> None:
    """A figure is one deliberate edit: typed, then undone within the window, both stay."""
    store = open_store(str(db), user="花子", merge_seconds=60)
    path = "budget[2019].initial"
    store.set_value(KEY, path, -1234, expected=76461)
    store.set_value(KEY, path, 76461, expected=-1234)
    values = [(old, new) for _, action, where, old, new in _entries(store) if where == path]
    store.close()
    assert values == [(76461, -1234), (-1234, 76461)]
