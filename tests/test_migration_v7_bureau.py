"""A version-6 database (before a bureau's people and reviews) is migrated: its reports stay as
they were, every report is 作成中 with no comments, and people and comments can be added."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from models.bureau.people import parse_public_key
from models.store.migrations import SCHEMA_VERSION, stored_version
from models.store.store import open_store
from tests.bureau_people import public_key
from tests.conftest import ROOT
from tests.test_migration_v6 import V5_ROWS
from tests.test_migrations import _build

V6_SCHEMA = (ROOT / "tests" / "fixtures" / "schema_v6.sql").read_text(encoding="utf-8")


def test_version_6_database_is_migrated_and_takes_a_review(target: str) -> None:
    postgres = "://" in target
    url = target if postgres else f"sqlite:///{target}"
    _build(url, postgres, V6_SCHEMA + V5_ROWS.replace("v5-report", "v6-report"))
    engine = create_engine(url)
    with engine.begin() as conn:
        assert stored_version(conn) == 6
        assert not inspect(conn).has_table("review_comment")
        if postgres:
            conn.execute(text("SELECT setval(pg_get_serial_sequence('report', 'id'), 1)"))
    engine.dispose()
    store = open_store(target, user="tester")
    try:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
            for table in ("person", "review_status", "review_comment", "review_reply"):
                assert inspect(conn).has_table(table)
        assert store.statuses() == {"v6-report": "作成中"}
        assert store.review("v6-report").comments == []
        store.add_person("bob", parse_public_key(public_key("bob")), "reviewer")
        store.comment("v6-report", "indicator[1].target", "根拠は？")
        store.set_status("v6-report", "確認依頼")
        assert [c.text for c in store.review("v6-report").comments] == ["根拠は？"]
        assert store.load_report("v6-report").policy_name == "電子自治体の推進"
        store.delete_report("v6-report")  # the review goes with it (ON DELETE CASCADE)
    finally:
        store.close()
