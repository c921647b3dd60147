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
