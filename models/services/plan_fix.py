"""Fixing the 事前分析表 in a store (``hyoka plan fix``, 「事前分析表を確定」 in the TUI).

The plan is recorded inside the report (``report.plan``, models/report/plan.py), in one
edit with one history row at the place ``plan``, so undo and the history see it like any
other change. A plan already fixed is kept unless ``again`` is given.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from models.i18n import tr
from models.report.eras import date_long
from models.report.model import FixedPlan, Report
from models.report.plan import fixed_plan

if TYPE_CHECKING:
    from models.store.store import Store


class PlanAlreadyFixed(ValueError):
    """The plan is fixed already and ``again`` was not given; nothing was written."""


def fixed_on_words(day: date) -> str:
    try:
        return tr(date_long(day), day.isoformat())
    except ValueError:
        return day.isoformat()


def already_fixed(key: str, plan: FixedPlan) -> PlanAlreadyFixed:
    return PlanAlreadyFixed(
        tr(
            "{key} の事前分析表は{day}に確定済みです（確定し直すには --again）",
            "the plan of {key} was fixed on {day} (use --again to fix it anew)",
            key=key,
            day=fixed_on_words(plan.fixed_on),
        )
    )


def fix_plan_in(store: Store, key: str, on: date | None = None, *, again: bool = False) -> Report:
    """Record the plan of ``key`` as published on ``on`` (today by default); the saved
    report. PlanAlreadyFixed when it is fixed and not ``again``."""
    day = on or date.today()

    def change(report: Report) -> list[tuple[str, str, Any, Any]]:
        old = report.plan
        if old is not None and not again:
            raise already_fixed(key, old)
        report.plan = fixed_plan(report, day)
        return [("set", "plan", old, report.plan)]

    return store.edit(key, change)
