"""models/ is the domain: importing all of it loads neither textual nor the tui package,
and ``hyoka --help`` / ``--version`` answer without loading textual or sqlmodel."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import models
from tests.conftest import ROOT


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_models_never_import_the_ui() -> None:
    names = [m.name for m in pkgutil.walk_packages(models.__path__, "models.")]
    assert "models.store.store" in names and "models.snapshot.codec" in names
    loaded = _modules_after("\n".join(f"import {name}" for name in names))
    assert not {m for m in loaded if m == "textual" or m.startswith(("textual.", "tui"))}


def test_help_and_version_stay_light() -> None:
    for flag in ("--help", "--version"):
        loaded = _modules_after(
            f"import sys; sys.argv = ['hyoka', '{flag}']\n"
            "from tui.cli.main import main\ntry:\n    main()\nexcept SystemExit:\n    pass"
        )
        heavy = {m for m in loaded if m.split(".")[0] in ("textual", "sqlmodel", "sqlalchemy")}
        assert heavy == set(), flag
        # nor the dataclass machinery (inspect, ast: a third of --help's import time): a
        # command's options are built from plain constants (models/report/review_status.py)
        assert "dataclasses" not in loaded, flag


def test_only_the_store_talks_to_a_database() -> None:
    """No module outside models/store imports sqlite3, SQLAlchemy or SQLModel, at the top or
    inside a function (what pyproject's contract "only models.store talks to a database" says,
    checked here too so that the suite catches it)."""
    import ast

    database = {"sqlite3", "sqlalchemy", "sqlmodel"}
    found = []
    for file in sorted([*(ROOT / "models").rglob("*.py"), *(ROOT / "tui").rglob("*.py")]):
        if file.is_relative_to(ROOT / "models" / "store"):
            continue
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            found += [
                f"{file.relative_to(ROOT)}:{node.lineno} {name}"
                for name in names
                if name.split(".")[0] in database
            ]
    assert found == []
