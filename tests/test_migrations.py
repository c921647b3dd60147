"""A database made by the previous schema version opens, is migrated, and keeps its data."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from models.migrations import SCHEMA_VERSION, stored_version
from models.snapshot import dumps_snapshot
from models.store import StoreError, open_store
from tests.conftest import ROOT

V1_SCHEMA = (ROOT / "tests" / "fixtures" / "schema_v1.sql").read_text(encoding="utf-8")
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


def _build_v1(url: str, postgres: bool) -> None:
    schema = (
        V1_SCHEMA.replace("\tid INTEGER NOT NULL, ", "\tid SERIAL NOT NULL, ")
        if postgres
        else V1_SCHEMA
    )
    sql = "\n".join(line for line in (schema + V1_ROWS).splitlines() if not line.startswith("--"))
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


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(str(path)).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE meta SET value = '99' WHERE name = 'schema_version'"))
    engine.dispose()
    with pytest.raises(StoreError, match="99"):
        open_store(str(path))
