"""The fixed 事前分析表 in the store: one JSON text in ``report.plan`` (None: not fixed).

The plan is one record written whole (models/snapshot/plan_record.py holds its JSON form, the
snapshot's ``[plan]`` keys), so it is never rebuilt from rows and cannot drift from what was
fixed. :func:`to_v7` brings a version-6 database over: each plan kept as ``plan_fixed_on`` and
``planned_indicator`` rows becomes its record (with only 基準 and 目標, as it was fixed), and
those two go.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from models.report.model import Baseline, FixedPlan, PlannedIndicator, Target
from models.snapshot.plan_record import plan_from_json, plan_to_json
from models.store.columns import NumberText

__all__ = ["plan_from_json", "plan_to_json", "to_v7"]

_NUMBER = NumberText()


def _number(value: Any) -> int | float | None:
    return _NUMBER.process_result_value(value, None)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _planned(row: Any) -> PlannedIndicator:
    return PlannedIndicator(
        objective=row.objective,
        number=row.number,
        name=row.name,
        baseline=Baseline(
            row.baseline_fiscal_year,
            _number(row.baseline_value),
            _number(row.baseline_numerator),
            _number(row.baseline_denominator),
            row.baseline_text,
            row.baseline_note,
        ),
        target=Target(
            row.target_fiscal_year,
            _number(row.target_value),
            None if row.target_approximate is None else bool(row.target_approximate),
            row.target_text,
            row.target_note,
        ),
    )


def to_v7(conn: Connection) -> None:
    """Version 6 → 7: ``report.plan`` (JSON) replaces ``plan_fixed_on``, ``planned_indicator``."""
    conn.execute(text("ALTER TABLE report ADD COLUMN plan TEXT"))
    rows: dict[int, list[PlannedIndicator]] = defaultdict(list)
    for row in conn.execute(text("SELECT * FROM planned_indicator ORDER BY report_id, position")):
        rows[row.report_id].append(_planned(row))
    fixed = conn.execute(
        text("SELECT id, plan_fixed_on FROM report WHERE plan_fixed_on IS NOT NULL")
    ).all()
    for report_id, fixed_on in fixed:
        plan = FixedPlan(_day(fixed_on), indicators=rows[report_id])
        conn.execute(
            text("UPDATE report SET plan = :plan WHERE id = :id"),
            {"plan": plan_to_json(plan), "id": report_id},
        )
    conn.execute(text("DROP TABLE planned_indicator"))
    conn.execute(text("ALTER TABLE report DROP COLUMN plan_fixed_on"))
