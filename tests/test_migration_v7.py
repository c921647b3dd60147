"""A version-6 database (before ``report.stage``) is migrated: its reports read as evaluation
reports, the same as before, and a monitoring report can then be stored and read back."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from models.snapshot.codec import dumps_snapshot, loads_snapshot
from models.store.migrations import SCHEMA_VERSION, stored_version
from models.store.store import open_store
from tests.conftest import ROOT
from tests.test_migrations import _build

V6_SCHEMA = (ROOT / "tests" / "fixtures" / "schema_v6.sql").read_text(encoding="utf-8")
V6_ROWS = """
INSERT INTO report (id, key, revision, ministry, document_id, title, evaluated_fiscal_year,
  policy_number, policy_name, field, overview, final_outcome, expert_knowledge, materials, bureau,
  evaluation_month, predecessor, budget_unit, planned_evaluation)
VALUES (1, 'v6-report', 2, '総務省', '', '', 2021, 8, '電子自治体の推進', '', '', '', '', '', '',
  '2022-08', '', '百万円', '');
INSERT INTO verdict (report_id, category, rationale, analysis) VALUES (1, '目標達成', '根拠', '');
INSERT INTO next_steps (report_id, measures, budget_request, budget_reflection,
  institutional_reflection) VALUES (1, '', '', '', '');
"""


def test_version_6_database_is_migrated_and_takes_a_stage(target: str) -> None:
    postgres = "://" in target
    url = target if postgres else f"sqlite:///{target}"
    _build(url, postgres, V6_SCHEMA + V6_ROWS)
    engine = create_engine(url)
    with engine.begin() as conn:
        assert stored_version(conn) == 6
        assert "stage" not in {c["name"] for c in inspect(conn).get_columns("report")}
        if postgres:  # the row above was given its id: the sequence moves past it
            conn.execute(text("SELECT setval(pg_get_serial_sequence('report', 'id'), 1)"))
    engine.dispose()
    store = open_store(target, user="tester")
    try:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION == 7
        old = store.load_report("v6-report")
        assert old.stage == "evaluation"
        assert "stage" not in dumps_snapshot(old)  # the default is never written
        source = dumps_snapshot(old).replace('key = "v6-report"', 'key = "m"', 1)
        source = source.replace("[report]\n", '[report]\nstage = "monitoring"\n', 1)
        monitoring = loads_snapshot(source)
        store.import_report(monitoring)
        again = store.load_report("m")
        assert again.stage == "monitoring"
        assert 'stage = "monitoring"' in dumps_snapshot(again)
    finally:
        store.close()
