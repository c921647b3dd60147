"""Fixing the 事前分析表 in a store (``hyoka plan fix``, 「事前分析表を確定」 in the TUI).

The plan is recorded inside the report (``report.plan``, models/report/plan.py), in one
edit with one history row at the place ``plan``, so undo and the history see it like any
other change. A plan already fixed is kept unless ``again`` is given.
"""

from __future__ import annotations

import re
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


class PlanReasonRefused(ValueError):
    """The item names nothing the fixed plan could hold a reason for; nothing was written."""


_ITEM = re.compile(r"(indicator|means)\[(\d+)\]|planned_evaluation")


def reason_place(report: Report, item: str) -> str:
    """Where the reason for a change to ``item`` is written (models/report/plan_changes.py):
    ``indicator[N]`` (its ``change_reason``, or the plan's record of it when it is gone),
    ``means[N]`` (the N-th 達成手段 of the fixed plan, as P013/P014 number them) or
    ``planned_evaluation``. PlanReasonRefused when the plan is not fixed or has no such item."""
    plan = report.plan
    found = _ITEM.fullmatch(item.strip())
    if plan is None:
        raise PlanReasonRefused(
            tr("{key} の事前分析表は未確定です", "the plan of {key} is not fixed", key=report.key)
        )
    if found is None:
        raise PlanReasonRefused(
            tr(
                "変更理由の対象は indicator[N]、means[N]、planned_evaluationのいずれかです: {item}",
                "the item is one of indicator[N], means[N], planned_evaluation: {item}",
                item=item,
            )
        )
    if found.group(1) is None:
        return "plan.change_reason"
    n = int(found.group(2))
    if found.group(1) == "indicator":
        if report.indicator(n) is not None:
            return f"indicator[{n}].change_reason"
        for i, planned in enumerate(plan.indicators):
            if planned.number == n:
                return f"plan.indicators[{i}].change_reason"
    elif 1 <= n <= len(plan.means):
        return f"plan.means[{n - 1}].change_reason"
    raise PlanReasonRefused(
        tr(
            "{item} は評価書にも事前分析表にもありません",
            "{item} is in neither the report nor the plan",
            item=item,
        )
    )


def write_plan_reason(store: Store, key: str, item: str, reason: str) -> tuple[str, Report]:
    """Write the reason for the changes to ``item`` since the plan was fixed (see
    :func:`reason_place`); the place written and the saved report."""
    place = reason_place(store.load_report(key), item)
    return place, store.set_value(key, place, reason)
