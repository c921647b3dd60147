"""A version-4 database (before the 事前分析表) is migrated and takes the plan's values."""

from __future__ import annotations

from datetime import date

from sqlalchemy import create_engine

from models.report.model import MeansYear
from models.services.plan_fix import fix_plan_in
from models.snapshot.codec import dumps_snapshot
from models.store.migrations import SCHEMA_VERSION, stored_version
from models.store.store import open_store
from tests.conftest import ROOT
from tests.test_migrations import _build

V4_SCHEMA = (ROOT / "tests" / "fixtures" / "schema_v4.sql").read_text(encoding="utf-8")
V4_ROWS = """
INSERT INTO report (id, key, revision, ministry, document_id, title, evaluated_fiscal_year,
  policy_number, policy_name, field, overview, final_outcome, expert_knowledge, materials, bureau,
  evaluation_month, predecessor, budget_unit)
VALUES (1, 'v4-report', 3, '総務省', '', '', 2021, 8, '電子自治体の推進', '', '', '', '', '', '',
  '2022-08', '', '百万円');
INSERT INTO objective (report_id, position, text) VALUES (1, 0, '施策目標');
INSERT INTO indicator (report_id, number, objective_position, position, kind, name, unit,
  direction, bound, criterion, mark, drop_next, baseline_fiscal_year, baseline_value,
  baseline_text, baseline_note, target_fiscal_year, target_value, target_text, target_note)
VALUES (1, 1, 0, 0, 'アウトカム', 'クラウド導入市区町村数', '団体', 'increase', '', '', 'ロ',
  NULL, 2018, '1067', '', '', 2023, '1600', '', '');
INSERT INTO means (report_id, objective_position, position, name, review_number, summary,
  indicator_numbers) VALUES (1, 0, 0, '標準化推進事業', '0001', '', '1');
INSERT INTO verdict (report_id, category, rationale, analysis) VALUES (1, '目標達成', '根拠', '');
INSERT INTO next_steps (report_id, measures, budget_request, budget_reflection,
  institutional_reflection) VALUES (1, '', '', '', '');
"""


def test_version_4_database_is_migrated_and_takes_the_plan(target: str) -> None:
    postgres = "://" in target
    url = target if postgres else f"sqlite:///{target}"
    _build(url, postgres, V4_SCHEMA + V4_ROWS)
    engine = create_engine(url)
    with engine.connect() as conn:
        assert stored_version(conn) == 4
    engine.dispose()
    store = open_store(target, user="tester")
    try:
        with store.engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
        before = dumps_snapshot(store.load_report("v4-report"))
        report = store.load_report("v4-report")
        assert report.plan is None and report.planned_evaluation == ""
        indicator = report.indicator(1)
        assert indicator is not None and indicator.reason == "" == indicator.change_reason
        (means,) = report.objectives[0].means
        assert means.start_fiscal_year is None and means.years == []
        assert store.revision("v4-report") == 3
        store.set_value("v4-report", "indicator[1].reason", "選定理由", expected="")
        store.set_value("v4-report", "planned_evaluation", "令和４年８月")
        store.set_value("v4-report", "means[1].start_fiscal_year", 2020)
        store.insert_item("v4-report", "means[1].years", MeansYear(2021))
        store.set_value("v4-report", "means[1].years[2021].budget", 1200)
        again = store.load_report("v4-report")
        assert again.indicator(1).reason == "選定理由"
        assert again.planned_evaluation == "令和４年８月"
        assert again.objectives[0].means[0].start_fiscal_year == 2020
        assert again.objectives[0].means[0].years == [MeansYear(2021, 1200, None)]
        fix_plan_in(store, "v4-report", date(2022, 4, 1))
        fixed = store.load_report("v4-report")
        assert fixed.plan is not None and fixed.plan.fixed_on == date(2022, 4, 1)
        assert [(p.number, p.target.value) for p in fixed.plan.indicators] == [(1, 1600)]
        text = dumps_snapshot(fixed)
        assert text.startswith(before.split("\n\n")[0])
        assert "[plan]\nfixed_on = 2022-04-01\n" in text
    finally:
        store.close()
