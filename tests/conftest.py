"""Shared fixtures: a temporary database holding the seed report, and a pinned environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from models.i18n import set_language
from models.snapshot.sample import load_sample
from models.store.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
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
