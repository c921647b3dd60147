"""A database made by the previous schema version opens, is migrated, and keeps its data."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from models.report.model import IndicatorPart, IndicatorYear
from models.snapshot.codec import dumps_snapshot
from models.store.errors import StoreError
from models.store.migrations import SCHEMA_VERSION, stored_version
from models.store.store import open_store
from tests.conftest import ROOT

V1_SCHEMA = (ROOT / "tests" / "fixtures" / "schema_v1.sql").read_text(encoding="utf-8")
V2_SCHEMA = (ROOT / "tests" / "fixtures" / "schema_v2.sql").read_text(encoding="utf-8")
V3_SCHEMA = (ROOT / "tests" / "fixtures" / "schema_v3.sql").read_text(encoding="utf-8")
V1_ROWS = """
INSERT INTO report (id, key, ministry, document_id, title, evaluated_fiscal_year, policy_number,
  policy_name, field, overview, final_outcome, expert_knowledge, materials, bureau,
  evaluation_month, budget_unit)
VALUES (1, 'old-report', '総務省', '', '', 2021, 8, '電子自治体の推進', '', '', '', '', '', '',
  '2022-08', '百万円');
INSERT INTO budget_year (report_id, fiscal_year, position, initial, carryover)
VALUES (1, 2021, 0, 133986, -1582692);
INSERT INTO verdict (report_id, category, rationale, analysis) VALUES (1, '目標達成', '根拠', '');
INSERT INTO next_steps (report_id, measures, budget_request, budget_reflection,
  institutional_reflection) VALUES (1, '', '', '', '');
"""


V2_ROWS = """
INSERT INTO report (id, key, revision, ministry, document_id, title, evaluated_fiscal_year,
  policy_number, policy_name, field, overview, final_outcome, expert_knowledge, materials, bureau,
  evaluation_month, budget_unit)
VALUES (1, 'v2-report', 4, '総務省', '', '', 2021, 8, '電子自治体の推進', '', '', '', '', '', '',
  '2022-08', '百万円');
INSERT INTO objective (report_id, position, text) VALUES (1, 0, '施策目標');
INSERT INTO indicator (report_id, number, objective_position, position, kind, name, unit,
  direction, criterion, mark, baseline_fiscal_year, baseline_value, baseline_text, baseline_note,
  target_fiscal_year, target_value, target_text, target_note)
VALUES (1, 1, 0, 0, 'アウトカム', 'クラウド導入市区町村数', '団体', 'increase', '', 'ロ', 2018,
  '1067', '', '', 2023, '1600', '', '');
INSERT INTO indicator_year (report_id, indicator_number, fiscal_year, position, target_text,
  actual, actual_text, note) VALUES (1, 1, 2021, 0, '', '1404', '', '');
INSERT INTO verdict (report_id, category, rationale, analysis) VALUES (1, '目標達成', '根拠', '');
INSERT INTO next_steps (report_id, measures, budget_request, budget_reflection,
  institutional_reflection) VALUES (1, '', '', '', '');
"""


V3_ROWS = """
INSERT INTO report (id, key, revision, ministry, document_id, title, evaluated_fiscal_year,
  policy_number, policy_name, field, overview, final_outcome, expert_knowledge, materials, bureau,
  evaluation_month, predecessor, budget_unit)
VALUES (1, 'v3-report', 2, '総務省', '', '', 2021, 8, '電子自治体の推進', '', '', '', '', '', '',
  '2022-08', '', '百万円');
INSERT INTO objective (report_id, position, text) VALUES (1, 0, '施策目標');
INSERT INTO indicator (report_id, number, objective_position, position, kind, name, unit,
  direction, bound, criterion, mark, baseline_fiscal_year, baseline_value, baseline_text,
  baseline_note, target_fiscal_year, target_value, target_text, target_note)
VALUES (1, 1, 0, 0, 'アウトカム', 'クラウド導入市区町村数', '団体', 'increase', 'at_least', '',
  'ロ', 2018, '1067', '', '', 2023, '1600', '', '');
INSERT INTO indicator_year (report_id, indicator_number, fiscal_year, position, target_text,
  actual, actual_text, note) VALUES (1, 1, 2021, 0, '', '1404', '', '');
INSERT INTO verdict (report_id, category, rationale, analysis) VALUES (1, '目標達成', '根拠', '');
INSERT INTO next_steps (report_id, measures, budget_request, budget_reflection,
  institutional_reflection) VALUES (1, '', '', '', '');
"""


def _build_v1(url: str, postgres: bool) -> None:
    _build(url, postgres, V1_SCHEMA + V1_ROWS)


def _build(url: str, postgres: bool, script: str) -> None:
    if postgres:
        script = script.replace("\tid INTEGER NOT NULL, ", "\tid SERIAL NOT NULL, ")
    sql = "\n".join(line for line in script.splitlines() if not line.startswith("--"))
    engine = create_engine(url)
    with engine.begin() as conn:
        for statement in sql.split(";"):
            if statement.strip():
                conn.execute(text(statement))
    engine.dispose()


def test_version_1_database_is_migrated(target: str) -> None:
    postgres = "://" in target
    url = target if postgres else f"sqlite:///{target}"
    _build_v1(url, postgres)
    engine = create_engine(url)
    with engine.connect() as conn:
        assert stored_version(conn) == 1
    engine.dispose()

    store = open_store(target, user="tester")
    try:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
        report = store.load_report("old-report")
        assert report.budget.year(2021).carryover == -1582692
        assert report.verdict.category == "目標達成"
        store.set_value("old-report", "verdict.rationale", "移行後の編集", expected="根拠")
        assert store.history("old-report")[-1].new == "移行後の編集"
        assert store.revision("old-report") == 1
        text_before = dumps_snapshot(store.load_report("old-report"))
    finally:
        store.close()
    again = open_store(target)  # opening a current database changes nothing
    try:
        assert dumps_snapshot(again.load_report("old-report")) == text_before
    finally:
        again.close()


def test_version_2_database_is_migrated_and_takes_the_new_keys(target: str) -> None:
    postgres = "://" in target
    url = target if postgres else f"sqlite:///{target}"
    _build(url, postgres, V2_SCHEMA + V2_ROWS)
    store = open_store(target, user="tester")
    try:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
        report = store.load_report("v2-report")
        indicator = report.indicator(1)
        assert indicator is not None and indicator.bound == "" and indicator.parts == []
        assert indicator.year(2021).actual == 1404 and report.predecessor == ""
        assert store.revision("v2-report") == 4
        store.set_value("v2-report", "indicator[1].bound", "at_least", expected="")
        store.set_value("v2-report", "report.predecessor", "soumu-r3-08")
        store.insert_item(
            "v2-report",
            "indicator[1].parts",
            IndicatorPart(
                "うち自治体クラウド導入団体数", "団体", years=[IndicatorYear(2021, actual=713)]
            ),
        )
        again = store.load_report("v2-report")
        assert again.indicator(1).bound == "at_least" and again.predecessor == "soumu-r3-08"
        assert again.indicator(1).parts[0].year(2021).actual == 713
    finally:
        store.close()


def test_version_3_database_is_migrated_and_takes_the_drop_flag(target: str) -> None:
    postgres = "://" in target
    url = target if postgres else f"sqlite:///{target}"
    _build(url, postgres, V3_SCHEMA + V3_ROWS)
    engine = create_engine(url)
    with engine.connect() as conn:
        assert stored_version(conn) == 3
    engine.dispose()
    store = open_store(target, user="tester")
    try:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
        report = store.load_report("v3-report")
        indicator = report.indicator(1)
        assert indicator is not None and indicator.drop_next is None
        assert indicator.bound == "at_least" and indicator.year(2021).actual == 1404
        store.set_value("v3-report", "indicator[1].drop_next", True, expected=None)
        assert store.load_report("v3-report").indicator(1).drop_next is True
        assert "drop_next = true\n" in dumps_snapshot(store.load_report("v3-report"))
    finally:
        store.close()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(str(path)).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE meta SET value = '99' WHERE name = 'schema_version'"))
    engine.dispose()
    with pytest.raises(StoreError, match="99"):
        open_store(str(path))
