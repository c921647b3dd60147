"""The fixed 事前分析表 (``[plan]``) as one plain JSON text, for the store's ``report.plan``
column: the same keys as the snapshot's ``[plan]`` (models/snapshot/schema.py ``PLAN``), read
with the same checks, the date as ISO text. One record, written whole when the plan is fixed
(or a reason is added to it) and never rebuilt from rows.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from models.report.model import FixedPlan
from models.snapshot.codec import Issue, SnapshotError, read_value, write_value
from models.snapshot.schema import PLAN


def plan_to_json(plan: FixedPlan | None) -> str | None:
    """The plan as compact JSON (keys in the spec's order, empties left out); None for none."""
    if plan is None:
        return None
    plain: dict[str, Any] = write_value(plan, PLAN) or {}
    plain["fixed_on"] = plan.fixed_on.isoformat()
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def plan_from_json(text: str | None) -> FixedPlan | None:
    """The plan a :func:`plan_to_json` text holds; None for none. SnapshotError when the text
    is not such a plan."""
    if text is None or text == "":
        return None
    plain = json.loads(text)
    if isinstance(plain, dict) and isinstance(plain.get("fixed_on"), str):
        plain["fixed_on"] = date.fromisoformat(plain["fixed_on"])
    issues: list[Issue] = []
    plan = read_value(plain, PLAN, "plan", issues)
    if issues or not isinstance(plan, FixedPlan):
        raise SnapshotError("report.plan", issues or [Issue("plan", "not a plan")])
    return plan
