"""Shared fixtures: a temporary database holding the seed report, and a pinned environment."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _keep_bytecode() -> None:
    """Compiled modules kept for the suite's own processes (its workers, every ``hyoka`` a
    journey or a CLI test starts), when the environment forbids writing them beside the
    sources (``PYTHONDONTWRITEBYTECODE``, as this machine sets): each would compile textual,
    sqlalchemy and sqlmodel from source again, about 1.3 s of CPU per process. They go under
    ``.pytest_cache/`` (git-ignored); a prefix the developer chose is kept."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return
    prefix = ROOT / ".pytest_cache" / "pycache"
    os.environ.pop("PYTHONDONTWRITEBYTECODE")
    os.environ["PYTHONPYCACHEPREFIX"] = str(prefix)  # read by every process started from here
    sys.dont_write_bytecode = False
    sys.pycache_prefix = str(prefix)


_keep_bytecode()  # before the workers start (pytest-xdist) and before the imports below

from models.i18n import set_language  # noqa: E402
from models.snapshot.sample import load_sample  # noqa: E402
from models.store.store import Store, open_store  # noqa: E402

SEED = ROOT / "models" / "data" / "soumu-r4-08.toml"


@pytest.fixture(autouse=True)
def _pinned_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """No test reads the developer's config, data directory or language."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    monkeypatch.delenv("HYOKA_DB", raising=False)
    monkeypatch.delenv("HYOKA_LANG", raising=False)
    monkeypatch.delenv("HYOKA_CONFIG", raising=False)
    set_language(None)
    yield
    set_language(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file holding the seed report."""
    path = tmp_path / "hyoka.db"
    store = open_store(str(path))
    store.import_report(load_sample())
    store.close()
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(str(db_path))
    yield s
    s.close()


from tests.engines import pg_schema, target  # noqa: E402,F401  (fixtures for the engine suite)
