"""The report list read with sqlite3 alone: the same rows as Store.list_reports, None for
anything it is not sure of, and no SQLAlchemy on the way."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from models.report.model import Report
from models.store import migrations
from models.store.quick_list import SCHEMA_VERSION, Prefetch, read_summaries
from models.store.store import Store, open_store
from tests.conftest import ROOT


def test_same_rows_as_the_store(store: Store, db_path: Path) -> None:
    store.import_reports(
        [
            Report(key="b-1", policy_name="[b]x[/b]", ministry="総務省", policy_number=3),
            Report(key="a-2", policy_name="", evaluated_fiscal_year=2019),
            Report(key="0-b", policy_name="数字で始まる"),
        ]
    )
    expected = store.list_reports()
    assert [s.key for s in expected] == ["0-b", "a-2", "b-1", "soumu-r4-08"]
    assert read_summaries(str(db_path)) == expected
    assert Prefetch(str(db_path)).result() == expected


def test_schema_version_matches_the_migrations() -> None:
    assert SCHEMA_VERSION == migrations.SCHEMA_VERSION


def test_falls_back_on_anything_else(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE report (key TEXT)")
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    old = tmp_path / "old.db"
    open_store(str(old)).close()
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE meta SET value = '1' WHERE name = 'schema_version'")
    for target in (other, text, old, tmp_path / "missing.db", tmp_path):
        assert read_summaries(str(target)) is None, target
    assert read_summaries("postgresql://u:p@localhost/hyoka") is None
    assert not (tmp_path / "missing.db").exists()  # never created


def test_no_sqlalchemy_on_the_way(db_path: Path) -> None:
    code = (
        "import sys\nfrom models.store.quick_list import read_summaries\n"
        f"assert read_summaries({str(db_path)!r})\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel') or m in ('models.store.store', 'models.rules.check')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_the_list_paints_before_the_store_is_imported(db_path: Path) -> None:
    """What the home screen needs until its first paint imports neither the ORM nor the checks."""
    code = (
        "import sys\n"
        "import tui.cli.main, tui.cli.open_tui, tui.app.app, tui.screens.reports\n"
        "import models.store.quick_list\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel') or m in ('models.store.store', 'models.rules.check')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"
