"""Two hyoka processes on one database (two SSH sessions), on every engine.

Each process shows the report (reads it), then saves an edit against what it was shown:
different fields are both saved; the same field gives the second writer a conflict
holding both values, and the first writer's value stays.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.conftest import ROOT

KEY = "soumu-r4-08"

WRITER = textwrap.dedent("""
    import json, sys
    from models.store.store import open_store
    from models.store.errors import Conflict
    target, user, path, value = sys.argv[1:5]
    store = open_store(target, user=user)
    from models.report import paths as fieldpath
    shown = fieldpath.get(store.load_report("soumu-r4-08"), path)
    print("shown", flush=True)
    sys.stdin.readline()  # wait until told to save
    try:
        store.set_value("soumu-r4-08", path, value, expected=shown)
        print(json.dumps({"saved": value}), flush=True)
    except Conflict as exc:
        print(json.dumps({"conflict": [exc.expected, exc.current]}, ensure_ascii=False), flush=True)
    store.close()
""")


def _start(target: str, user: str, path: str, value: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, target, user, path, value],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "shown"
    return proc


def _save(proc: subprocess.Popen[str]) -> dict[str, object]:
    out, _ = proc.communicate("go\n", timeout=60)
    assert proc.returncode == 0
    return json.loads(out.strip().splitlines()[-1])


def _seed(target: str) -> None:
    store = open_store(target)
    store.import_report(load_sample())
    store.close()


def test_different_fields_are_both_saved(target: str) -> None:
    _seed(target)
    first = _start(target, "sato", "verdict.rationale", "佐藤の判断根拠")
    second = _start(target, "suzuki", "verdict.analysis", "鈴木の分析")
    assert _save(first) == {"saved": "佐藤の判断根拠"}
    assert _save(second) == {"saved": "鈴木の分析"}
    store = open_store(target)
    report = store.load_report(KEY)
    assert (report.verdict.rationale, report.verdict.analysis) == ("佐藤の判断根拠", "鈴木の分析")
    assert [c.user for c in store.history(KEY)][-2:] == ["sato", "suzuki"]
    store.close()


def test_same_field_second_writer_sees_a_conflict(target: str) -> None:
    _seed(target)
    first = _start(target, "sato", "report.policy_name", "佐藤の政策名")
    second = _start(target, "suzuki", "report.policy_name", "鈴木の政策名")
    assert _save(first) == {"saved": "佐藤の政策名"}
    assert _save(second) == {"conflict": ["電子自治体の推進", "佐藤の政策名"]}
    store = open_store(target)
    assert store.load_report(KEY).policy_name == "佐藤の政策名"
    store.close()
