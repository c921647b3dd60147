"""A version-5 database (before the provenance of imported forms) is migrated: its reports stay
as they were, and a form imported into it keeps where each value came from."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from models.foreign import read_form
from models.snapshot.codec import dumps_snapshot
from models.store.migrations import SCHEMA_VERSION, stored_version
from models.store.store import open_store
from tests.conftest import ROOT
from tests.test_migrations import _build

V5_SCHEMA = (ROOT / "tests" / "fixtures" / "schema_v5.sql").read_text(encoding="utf-8")
V5_ROWS = """
INSERT INTO report (id, key, revision, ministry, document_id, title, evaluated_fiscal_year,
  policy_number, policy_name, field, overview, final_outcome, expert_knowledge, materials, bureau,
  evaluation_month, predecessor, budget_unit, planned_evaluation)
VALUES (1, 'v5-report', 2, '総務省', '', '', 2021, 8, '電子自治体の推進', '', '', '', '', '', '',
  '2022-08', '', '百万円', '');
INSERT INTO objective (report_id, position, text) VALUES (1, 0, '施策目標');
INSERT INTO indicator (report_id, number, objective_position, position, kind, name, unit,
  direction, bound, criterion, mark, reason, change_reason, baseline_fiscal_year, baseline_value,
  baseline_text, baseline_note, target_fiscal_year, target_value, target_text, target_note)
VALUES (1, 1, 0, 0, 'アウトカム', 'クラウド導入市区町村数', '団体', 'increase', '', '', 'ロ',
  '', '', 2018, '1067', '', '', 2023, '1600', '', '');
INSERT INTO verdict (report_id, category, rationale, analysis) VALUES (1, '目標達成', '根拠', '');
INSERT INTO next_steps (report_id, measures, budget_request, budget_reflection,
  institutional_reflection) VALUES (1, '', '', '', '');
"""
FOREIGN = ROOT.parent / "shared" / "fixtures" / "foreign" / "soumu-r4-08.xlsx"


def test_version_5_database_is_migrated_and_takes_provenance(target: str) -> None:
    postgres = "://" in target
    url = target if postgres else f"sqlite:///{target}"
    _build(url, postgres, V5_SCHEMA + V5_ROWS)
    engine = create_engine(url)
    with engine.begin() as conn:
        assert stored_version(conn) == 5
        assert not inspect(conn).has_table("provenance")
        if postgres:  # the row above was given its id: the sequence moves past it
            conn.execute(text("SELECT setval(pg_get_serial_sequence('report', 'id'), 1)"))
    engine.dispose()
    store = open_store(target, user="tester")
    try:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
            assert inspect(conn).has_table("provenance")
        before = dumps_snapshot(store.load_report("v5-report"))
        assert store.provenance(["v5-report"]) == {"v5-report": []}
        form = read_form(FOREIGN)
        form.report.key = "imported"
        store.import_form(form.report, form.provenance, {"file": "x.xlsx", "sha256": "0" * 64})
        records = store.provenance(["imported"], open_only=True)["imported"]
        assert {r.path for r in records} >= {"indicator[1].baseline.value"}
        assert store.confirm("imported", "indicator[1].baseline.value").value == 1067
        store.delete_report("imported")  # its provenance goes with it (ON DELETE CASCADE)
        assert store.provenance(["imported"]) == {"imported": []}
        assert dumps_snapshot(store.load_report("v5-report")) == before
    finally:
        store.close()
