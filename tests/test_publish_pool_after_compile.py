"""A process that has compiled a PDF can still publish over worker processes.

Typst's compiler keeps a thread pool, and a worker forked from a process that has compiled
hangs in its own first compile. hyoka's CLI never compiles before its pool, but a front end
that publishes one report and then many does: the pool must then spawn its workers. The scenario
runs in a child process, so a hang fails this test on its timeout instead of stopping the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCENARIO = textwrap.dedent(
    """
    import sys
    from dataclasses import replace
    from pathlib import Path

    from models.publish import document, render
    from models.services import parallel
    from models.snapshot.sample import load_sample
    from models.store.store import open_store
    from tui.cli.publish import _task

    db, out = Path(sys.argv[1]), Path(sys.argv[2])
    report = load_sample()
    render(document(report), "pdf")  # the parent compiles first
    store = open_store(str(db), user="t", create=True)
    keys = []
    for n in range(4):
        # each its own policy name, so that no worker finds the parent's PDF in the cache
        name = f"{report.policy_name}（{n}）"
        store.import_report(replace(report, key=f"r{n}", policy_name=name))
        keys.append(f"r{n}")
    store.close()
    paths = {k: str(out / f"{k}.pdf") for k in keys}
    with parallel.pool(2, str(db), "t") as executor:
        futures = [executor.submit(_task, [k], {k: paths[k]}, "pdf", None, "report") for k in keys]
        results = [f.result() for f in futures]
    print(results)
    """
)


def test_workers_started_after_a_compile_publish_pdfs(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", SCENARIO, str(tmp_path / "r.db"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")},
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str([(1, "")] * 4)
    for n in range(4):
        assert (tmp_path / f"r{n}.pdf").read_bytes().startswith(b"%PDF")
