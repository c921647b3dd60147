"""A version-6 database (before the 評価書の要旨's texts) is migrated: its reports read as they
were, with no gist, and a gist written after the upgrade is kept."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from models.report.model import Gist
from models.snapshot.codec import dumps_snapshot
from models.store.migrations import SCHEMA_VERSION, stored_version
from models.store.store import open_store
from tests.conftest import ROOT
from tests.test_migration_v6 import V5_ROWS
from tests.test_migrations import _build

V6_SCHEMA = (ROOT / "tests" / "fixtures" / "schema_v6.sql").read_text(encoding="utf-8")
V6_ROWS = V5_ROWS.replace("'v5-report'", "'v6-report'")


def test_version_6_database_is_migrated_and_keeps_a_gist(target: str) -> None:
    postgres = "://" in target
    url = target if postgres else f"sqlite:///{target}"
    _build(url, postgres, V6_SCHEMA + V6_ROWS)
    engine = create_engine(url)
    with engine.begin() as conn:
        assert stored_version(conn) == 6
        assert not inspect(conn).has_table("gist")
        if postgres:  # the row above was given its id: the sequence moves past it
            conn.execute(text("SELECT setval(pg_get_serial_sequence('report', 'id'), 1)"))
    engine.dispose()
    store = open_store(target, user="tester")
    try:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
            assert inspect(conn).has_table("gist")
        report = store.load_report("v6-report")
        assert report.gist == Gist()
        assert "[gist]" not in dumps_snapshot(report)
        report.gist = Gist(rationale="目標を達成した。", next_steps="引き続き推進する。")
        store.import_report(report, replace=True)
        again = store.load_report("v6-report")
        assert again.gist == report.gist
        assert '[gist]\nrationale = "目標を達成した。"' in dumps_snapshot(again)
    finally:
        store.close()
