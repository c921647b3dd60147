"""A hyoka process killed at any moment (SIGKILL: no cleanup at all) loses nothing accepted.

Children import generated reports (in batches, one transaction each) or edit a field in a
loop, printing after every commit what was committed. The test kills each after a random
short delay, then checks: the database passes ``PRAGMA integrity_check``; every report is
either wholly there (its export equals its source) or absent, batch by batch; everything
acknowledged before the kill is there. Several children with different delays run at once.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from models.report.model import Report
from models.snapshot.codec import dumps_snapshot
from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.conftest import ROOT

KEY = "soumu-r4-08"
BATCH = 3

CHILD = r"""
import sys
sys.path.insert(0, {root!r})
from models.store.store import open_store
from tests.test_crash import BATCH, KEY, generated

store = open_store({db!r}, user="crash")
print("ready", flush=True)
if {mode!r} == "import":
    for start in range(0, 100_000, BATCH):
        batch = [generated(i) for i in range(start, start + BATCH)]
        store.import_reports(batch)
        print(" ".join(r.key for r in batch), flush=True)
else:
    for i in range(1, 100_000):
        store.set_value(KEY, "budget[2021].executed", i)
        print(store.revision(KEY), i, flush=True)
"""


def generated(i: int) -> Report:
    """Report number ``i`` of the crash test: the seed under another key, a little changed."""
    report = load_sample()
    report.key = f"gen-{i:05d}"
    report.policy_name = f"生成 {i}"
    report.verdict.rationale = f"{report.verdict.rationale}\n{i}"
    report.budget.years[0].executed = i
    return report


def _kill_after(db: Path, mode: str, delay: float) -> list[str]:
    """Run a child, wait until it is working, kill it after ``delay``; return its lines."""
    script = CHILD.format(root=str(ROOT), db=str(db), mode=mode)
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first == "ready\n", first + child.stderr.read()  # type: ignore[union-attr]
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    lines = out.splitlines()
    # a line cut by the kill is not an acknowledgement
    return lines if out.endswith("\n") else lines[:-1]


def _integrity(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def _check_import(db: Path, acknowledged: list[str], context: str) -> int:
    _integrity(db)
    store = open_store(str(db))
    present = set(store.keys()) - {KEY}
    acked = {key for line in acknowledged for key in line.split()}
    assert acked <= present, f"{context}: acknowledged but lost: {sorted(acked - present)}"
    for key in present:
        i = int(key.removeprefix("gen-"))
        assert dumps_snapshot(store.load_report(key)) == dumps_snapshot(generated(i)), context
    numbers = sorted(int(k.removeprefix("gen-")) for k in present)
    assert numbers == list(range(len(numbers))), context  # whole batches, in order
    assert len(numbers) % BATCH == 0, f"{context}: a batch was half imported"
    assert dumps_snapshot(store.load_report(KEY)) == dumps_snapshot(load_sample())
    history = store.history()
    assert sorted(c.report_key for c in history if c.action == "import") == sorted(present | {KEY})
    store.close()
    return len(numbers)


def _check_edit(db: Path, acknowledged: list[str], context: str) -> int:
    _integrity(db)
    store = open_store(str(db))
    report = store.load_report(KEY)
    value = report.budget.year(2021).executed  # type: ignore[union-attr]
    revision = store.revision(KEY)
    if acknowledged:
        last_revision, last_value = (int(x) for x in acknowledged[-1].split())
        # the last acknowledged edit is there, or one more that committed before the kill
        assert (revision, value) in (
            (last_revision, last_value),
            (last_revision + 1, last_value + 1),
        ), context
    sets = [c for c in store.history(KEY) if c.action == "set"]
    if sets:  # the child set 1, 2, 3…: one recorded change per committed edit
        assert len(sets) == value and sets[-1].new == value, context
    else:
        assert value == load_sample().budget.year(2021).executed, context  # type: ignore[union-attr]
    expected = load_sample()
    expected.budget.year(2021).executed = value  # type: ignore[union-attr]
    assert dumps_snapshot(report) == dumps_snapshot(expected), context
    store.close()
    return len(acknowledged)


def test_sigkill_mid_import_and_mid_edit_loses_nothing_acknowledged(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    plans = [(mode, n, rng.uniform(0.05, 0.8)) for n in range(3) for mode in ("import", "edit")]
    dbs = {}
    for mode, n, _ in plans:
        db = tmp_path / f"{mode}-{n}.db"
        store = open_store(str(db))
        store.import_report(load_sample())
        store.close()
        dbs[mode, n] = db
    with ThreadPoolExecutor(max_workers=len(plans)) as pool:
        lines = dict(
            zip(
                [(m, n) for m, n, _ in plans],
                pool.map(lambda plan: _kill_after(dbs[plan[0], plan[1]], plan[0], plan[2]), plans),
                strict=True,
            )
        )
    progressed = 0
    for mode, n, delay in plans:
        context = f"{mode} #{n}, killed after {delay:.3f}s (random seed {seed})"
        check = _check_import if mode == "import" else _check_edit
        progressed += check(dbs[mode, n], lines[mode, n], context)
    assert progressed > 0  # the children were killed while working, not before
