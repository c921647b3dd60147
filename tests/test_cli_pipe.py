"""A reader that goes away early (``hyoka check --all | head``): hyoka stops quietly, with no
traceback, in its own process (stdout a real pipe closed by the reader)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.conftest import ROOT


def test_a_closed_pipe_ends_hyoka_without_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "many.db"
    store = open_store(str(db))
    try:
        sample = load_sample()
        for i in range(60):  # some 150 KB of check output: more than a pipe holds
            store.import_report(replace(sample, key=f"r-{i:03d}"))
    finally:
        store.close()
    script = Path(sys.executable).with_name("hyoka")
    reader = subprocess.Popen(
        [str(script), "--db", str(db), "check", "--all", "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert reader.stdout is not None and reader.stderr is not None
    first = reader.stdout.read(200)  # what `head -c 200` reads, then it closes
    reader.stdout.close()
    err = reader.stderr.read().decode()
    code = reader.wait(timeout=120)
    assert first
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert code == 141
