"""A version-5/6 database whose plan is kept as ``plan_fixed_on`` and ``planned_indicator`` rows
is migrated to the one JSON record (``report.plan``, schema 7): the plan reads as it was fixed,
and the old column and table are gone."""

from __future__ import annotations

from datetime import date

from sqlalchemy import create_engine, inspect, text

from models.rules.check import check_report
from models.store.migrations import SCHEMA_VERSION, stored_version
from models.store.store import open_store
from tests.test_migration_v6 import V5_ROWS, V5_SCHEMA
from tests.test_migrations import _build

PLAN_ROWS = """
UPDATE report SET plan_fixed_on = '2021-04-01' WHERE id = 1;
INSERT INTO planned_indicator (report_id, number, position, objective, name,
  baseline_fiscal_year, baseline_value, baseline_text, baseline_note, target_fiscal_year,
  target_value, target_approximate, target_text, target_note)
VALUES (1, 1, 0, 1, 'クラウド導入市区町村数', 2018, '1067', '', '', 2023, '1500', true, '', '');
"""


def test_a_plan_in_rows_becomes_one_record(target: str) -> None:
    postgres = "://" in target
    url = target if postgres else f"sqlite:///{target}"
    _build(url, postgres, V5_SCHEMA + V5_ROWS + PLAN_ROWS)
    engine = create_engine(url)
    with engine.begin() as conn:
        assert stored_version(conn) == 5
        if postgres:
            conn.execute(text("SELECT setval(pg_get_serial_sequence('report', 'id'), 1)"))
    engine.dispose()
    store = open_store(target, user="tester")
    try:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION == 7
            assert not inspect(conn).has_table("planned_indicator")
            columns = {c["name"] for c in inspect(conn).get_columns("report")}
            assert "plan" in columns and "plan_fixed_on" not in columns
        report = store.load_report("v5-report")
        plan = report.plan
        assert plan is not None and plan.fixed_on == date(2021, 4, 1) and plan.whole is None
        (planned,) = plan.indicators
        assert (planned.number, planned.target.value, planned.target.approximate) == (
            1,
            1500,
            True,
        )
        assert planned.baseline.value == 1067 and planned.target.fiscal_year == 2023
        # the report's target is 1,600 (no 約): the old plan still holds it to account
        codes = [f.code for f in check_report(report) if f.code.startswith("P")]
        assert codes == ["P001"]
    finally:
        store.close()
