"""What a shared database needs, on every engine: seeing others' commits, copying between
engines with the history, read-only connections refused cleanly, credentials masked."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.locations import mask_url
from models.snapshot.codec import dumps_snapshot
from models.snapshot.sample import load_sample
from models.store.copy import copy_store
from models.store.errors import ReadOnly, StoreError
from models.store.store import open_store
from models.store.watch import Watcher
from tests.engines import PG_URL, pg_url

KEY = "soumu-r4-08"


def test_watcher_sees_other_process_commits(target: str) -> None:
    mine = open_store(target, user="a")
    other = open_store(target, user="b")
    try:
        mine.import_report(load_sample())
        watcher = Watcher(mine)
        assert watcher.changed() is False
        other.set_value(KEY, "verdict.rationale", "他の人の編集")
        assert watcher.changed(wait=10) is True
        assert watcher.changed() is False  # consumed
        watcher.close()
    finally:
        mine.close()
        other.close()


def _changes(store):
    return [(c.at, c.user, c.report_key, c.action, c.path, c.old, c.new) for c in store.history()]


def test_copy_sqlite_postgresql_sqlite(tmp_path: Path, pg_schema: str) -> None:
    first = open_store(str(tmp_path / "first.db"), user="tester")
    first.import_report(load_sample())
    first.set_value(KEY, "budget[2021].executed", 1, expected=238163)
    other = load_sample()
    other.key = "other"
    first.import_report(other)
    middle = open_store(pg_url(pg_schema))
    last = open_store(str(tmp_path / "last.db"))
    try:
        assert copy_store(first, middle) == 2
        assert copy_store(middle, last) == 2
        for key in (KEY, "other"):
            assert dumps_snapshot(last.load_report(key)) == dumps_snapshot(first.load_report(key))
        assert _changes(last) == _changes(first) == _changes(middle)
        with pytest.raises(StoreError):  # the keys are there now: refused, nothing changes
            copy_store(first, last)
        assert len(last.history()) == len(first.history())
    finally:
        for s in (first, middle, last):
            s.close()


def test_read_only_role_browses_and_exports_but_cannot_edit(pg_schema: str) -> None:
    import psycopg

    owner = open_store(pg_url(pg_schema))
    owner.import_report(load_sample())
    owner.close()
    role = f"{pg_schema}_reader"
    dsn = PG_URL.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
        conn.execute(f'GRANT USAGE ON SCHEMA "{pg_schema}" TO "{role}"')
        conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{pg_schema}" TO "{role}"')
    try:
        reader_url = pg_url(pg_schema).replace("//postgres@", f"//{role}@", 1)
        reader = open_store(reader_url)
        try:
            assert reader.keys() == [KEY]
            assert dumps_snapshot(reader.load_report(KEY)) == dumps_snapshot(load_sample())
            with pytest.raises(ReadOnly, match="読み取り専用"):
                reader.set_value(KEY, "verdict.rationale", "x")
        finally:
            reader.close()
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP OWNED BY "{role}"')
            conn.execute(f'DROP ROLE "{role}"')


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "postgresql+psycopg://kanri:s3cret@db.example/hyoka",
            "postgresql+psycopg://kanri:***@db.example/hyoka",
        ),
        ("postgresql+psycopg://kanri@db/hyoka", "postgresql+psycopg://kanri@db/hyoka"),
        ("/home/a/hyoka.db", "/home/a/hyoka.db"),
    ],
)
def test_passwords_are_masked(url: str, shown: str) -> None:
    assert mask_url(url) == shown


def test_connection_errors_never_show_the_password() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql+psycopg://nobody:TopSecret@127.0.0.1:1/none?connect_timeout=2")
    assert "TopSecret" not in str(caught.value)
    assert "***" in str(caught.value)
