"""``hyoka list``: TSV that stays one line per report when piped; on a terminal, whole keys."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from models.report.model import Report
from models.store.store import open_store
from tests.conftest import ROOT
from tests.test_cli import hyoka

LONG_KEY = "kokudo-kotsu-" + "x" * 40 + "-r4-08"


def _db(tmp_path: Path, *reports: Report) -> Path:
    path = tmp_path / "h.db"
    store = open_store(str(path))
    store.import_reports(list(reports))
    store.close()
    return path


def test_tabs_newlines_and_backslashes_are_escaped_in_tsv(tmp_path: Path) -> None:
    tricky = Report(key="acc-1", ministry="総務\\省", policy_name="地方\t行政\nの推進\r")
    db = _db(tmp_path, tricky, Report(key="plain", policy_name="普通"))
    done = hyoka("list", db=db)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert lines[-1] == "" and len(lines) == 3  # one line per report
    assert [len(line.split("\t")) for line in lines[:-1]] == [6, 6]
    assert lines[0] == "acc-1\t総務\\\\省\t地方\\t行政\\nの推進\\r\t\t\t作成中"


def test_list_help_says_how_values_are_escaped() -> None:
    helped = hyoka("list", "--help", env={"COLUMNS": "200"})
    assert helped.returncode == 0
    assert "\\t \\n \\r \\\\" in helped.stdout
    assert "\\t \\n \\r \\\\" in hyoka("--lang", "en", "list", "--help").stdout.replace("\n", " ")


def _on_a_terminal(db: Path, columns: int) -> str:
    """``hyoka list`` with its stdout on a pseudo-terminal ``columns`` wide; what it showed."""
    leader, follower = pty.openpty()
    env = {**os.environ, "HYOKA_DB": str(db), "COLUMNS": str(columns), "LINES": "24"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui.cli.main", "list"],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait(timeout=120) == 0, proc.stderr.read() if proc.stderr else ""
    return b"".join(chunks).decode("utf-8", "replace")


def test_a_terminal_table_never_shortens_the_key(tmp_path: Path) -> None:
    db = _db(
        tmp_path,
        Report(key=LONG_KEY, ministry="国土交通省", policy_name="とても長い政策の名前" * 3),
        Report(key="soumu-r4-08", ministry="総務省", policy_name="電子自治体の推進"),
    )
    for columns in (40, 80):
        shown = _on_a_terminal(db, columns)
        assert "│" in shown or "|" in shown  # the table, not TSV
        assert LONG_KEY in shown, shown  # whole, on one line
        assert "soumu-r4-08" in shown
