"""``[report] stage``: an evaluation year (absent: the default) or a monitoring year (issue 26
item 1, spec/cycle.md), declared once (models/report/model.py): read, written, stored, migrated."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from models.report.model import EVALUATION, MONITORING
from models.snapshot.codec import SnapshotError, dumps_snapshot, loads_snapshot
from models.snapshot.sample import load_sample, sample_text
from models.store.migrations import SCHEMA_VERSION, stored_version
from models.store.store import open_store
from tests.conftest import ROOT
from tests.test_migrations import _build

V6_SCHEMA = (ROOT / "tests" / "fixtures" / "schema_v6.sql").read_text(encoding="utf-8")
V6_ROWS = """
INSERT INTO report (id, key, revision, ministry, document_id, title, evaluated_fiscal_year,
  policy_number, policy_name, field, overview, final_outcome, expert_knowledge, materials, bureau,
  evaluation_month, predecessor, budget_unit, planned_evaluation)
VALUES (1, 'v6-report', 3, '総務省', '', '', 2021, 8, '電子自治体の推進', '', '', '', '', '', '',
  '2022-08', '', '百万円', '');
INSERT INTO verdict (report_id, category, rationale, analysis) VALUES (1, '目標達成', '根拠', '');
INSERT INTO next_steps (report_id, measures, budget_request, budget_reflection,
  institutional_reflection) VALUES (1, '', '', '', '');
"""


def _monitoring_text() -> str:
    text_ = sample_text()
    assert "\nstage" not in text_
    return text_.replace("\n\n[budget]\n", '\nstage = "monitoring"\n\n[budget]\n', 1)


def test_absent_means_evaluation_and_is_not_written() -> None:
    report = load_sample()
    assert report.stage == EVALUATION
    assert dumps_snapshot(report) == sample_text()


def test_a_monitoring_report_round_trips_with_its_key_last_in_report() -> None:
    written = _monitoring_text()
    report = loads_snapshot(written)
    assert report.stage == MONITORING
    assert dumps_snapshot(report) == written
    header = written.split("\n[budget]")[0]
    assert header.rstrip().endswith('stage = "monitoring"')


def test_another_stage_is_refused_with_the_two_it_takes() -> None:
    with pytest.raises(SnapshotError) as err:
        loads_snapshot(_monitoring_text().replace('"monitoring"', '"final"'))
    assert "report.stage" in str(err.value)
    assert "evaluation, monitoring" in str(err.value)


def test_the_store_keeps_the_stage(target: str) -> None:
    store = open_store(target, user="tester")
    try:
        report = loads_snapshot(_monitoring_text())
        store.import_report(report)
        assert store.load_report(report.key).stage == MONITORING
        report.key = "evaluated"
        report.stage = EVALUATION
        store.import_report(report)
        assert store.load_report("evaluated").stage == EVALUATION
    finally:
        store.close()


def test_a_version_6_database_is_migrated_and_its_reports_are_evaluations(target: str) -> None:
    postgres = "://" in target
    url = target if postgres else f"sqlite:///{target}"
    _build(url, postgres, V6_SCHEMA + V6_ROWS)
    engine = create_engine(url)
    with engine.begin() as conn:
        assert stored_version(conn) == 6
        if postgres:  # the row above was given its id: the sequence moves past it
            conn.execute(text("SELECT setval(pg_get_serial_sequence('report', 'id'), 1)"))
    engine.dispose()
    store = open_store(target, user="tester")
    try:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION == 7
        old = store.load_report("v6-report")
        assert old.stage == EVALUATION and old.verdict.category == "目標達成"
        old.stage = MONITORING
        store.import_report(old, replace=True)
        assert store.load_report("v6-report").stage == MONITORING
        assert 'stage = "monitoring"' in dumps_snapshot(store.load_report("v6-report"))
    finally:
        store.close()
