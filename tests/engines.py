"""The database engines the store suite runs against: SQLite always, PostgreSQL for real.

PostgreSQL comes from ``HYOKA_TEST_PG`` (default: the local server, trust auth, database
``test``). Each test gets its own schema, created before and dropped after, so runs and
parallel workers do not interfere. An unreachable server is a failure, never a skip: CI starts one.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_URL = os.environ.get("HYOKA_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ENGINES = ("sqlite", "postgresql")


def _libpq_dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture
def pg_schema() -> Iterator[str]:
    import psycopg

    # per test, so parallel workers (pytest-xdist) never meet; the worker's name says whose
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"hyoka_test_{worker}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq_dsn(PG_URL), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(_libpq_dsn(PG_URL), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{name}" CASCADE')


def pg_url(schema: str) -> str:
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=ENGINES)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database target (file path or URL) for an empty store on each engine."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return pg_url(request.getfixturevalue("pg_schema"))
