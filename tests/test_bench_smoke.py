"""The benchmarks still run: ``python -m bench.run --quick`` on 20 reports prints every figure.

No timing is asserted here (docs/performance.md holds the figures); this only fails when a
benchmark breaks, e.g. because a screen it drives was renamed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

EXPECTED = (
    "start-up to the list painted",
    "hyoka --help",
    "filter keystroke",
    "open budget screen",
    "open verdict screen",
    "export --all",
    "import",
    "hyoka check --all",
    "bytes written for 10 keystrokes",
    "peak memory",
)


def test_generated_reports_are_valid_and_deterministic() -> None:
    from bench.generate import generate, make_report
    from models.snapshot.codec import dumps_snapshot, loads_snapshot

    reports = list(generate(5, seed=3))
    for report in reports:
        assert loads_snapshot(dumps_snapshot(report)) == report
        assert len(report.objectives) == 3
        assert all(len(o.indicators) == 4 for o in report.objectives)
        assert all(len(i.years) == 4 for i in report.indicators())
        assert len(report.budget.years) == 4 and len(report.cabinet_policies) == 6
        assert 1024 <= len(report.verdict.rationale.encode()) <= 3072
    assert dumps_snapshot(make_report(3, 4)) == dumps_snapshot(reports[4])
    assert len({r.key for r in generate(200, seed=3)}) == 200


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a pty and /proc")
def test_quick_benchmarks_print_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("HYOKA_")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.run",
            "--quick",
            "--workdir",
            str(tmp_path / "work"),
            "--json",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    figures = json.loads(out.read_text(encoding="utf-8"))["figures"]
    for name in EXPECTED:
        found = [f for f in figures if f["name"].startswith(name)]
        assert found, f"no figure named {name!r}:\n{done.stdout}"
        assert found[0]["value"] is not None, f"{name}: {found[0]['notes']}"
        assert found[0]["result"] in ("PASS", "MISS", "info")
    assert "| benchmark | figure | anchor | ratio | target | result |" in done.stdout
