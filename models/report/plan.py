"""The fixed 事前分析表 (spec/cycle.md): fixing the plan and what has changed since.

:func:`fixed_plan` takes the report's indicators as they stand (objective, number, name,
基準 and 目標) with the date the plan was published; the report keeps it as ``report.plan``
so that it travels in the snapshot. :func:`plan_changes` holds the report now against that
plan: every changed target value or text, target year, baseline value, text or year, every
indicator added since and every one removed, with the planned and the current value as the
form writes them and whether the indicator's ``change_reason`` explains it. A removed
indicator has no row left to carry a reason: its change stays until the plan is fixed again.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date

from models.i18n import tr
from models.report.eras import fy_label
from models.report.model import (
    Baseline,
    FixedPlan,
    Indicator,
    PlannedIndicator,
    Report,
    Target,
)
from models.report.numbers import render_number

# What changed, in the order they are reported for one indicator.
KINDS = (
    "target_value",
    "target_text",
    "target_year",
    "baseline_value",
    "baseline_text",
    "baseline_year",
    "added",
    "removed",
)


@dataclass(frozen=True)
class PlanChange:
    """One difference between the fixed plan and the report now.

    ``objective`` counts from 1; ``planned`` and ``current`` are the values as text
    (「約1,100団体」, 「令和５年度」, 「（なし）」 for a blank); ``explained`` is True when the
    indicator carries a ``change_reason``.
    """

    objective: int
    number: int
    name: str
    kind: str
    planned: str
    current: str
    explained: bool

    def what(self) -> str:
        """The changed thing in words: 「目標（値）」, 「基準年度」…"""
        return what_changed(self.kind)


_WHAT = {
    "target_value": ("目標（値）", "target value"),
    "target_text": ("目標（値）の記載", "target text"),
    "target_year": ("目標年度", "target year"),
    "baseline_value": ("基準（値）", "baseline value"),
    "baseline_text": ("基準（値）の記載", "baseline text"),
    "baseline_year": ("基準年度", "baseline year"),
    "added": ("測定指標の追加", "indicator added"),
    "removed": ("測定指標の削除", "indicator removed"),
}


def what_changed(kind: str) -> str:
    ja, en = _WHAT[kind]
    return tr(ja, en)


def fixed_plan(report: Report, fixed_on: date) -> FixedPlan:
    """The plan as published on ``fixed_on``: every indicator's 基準 and 目標 now (copied)."""
    return FixedPlan(
        fixed_on,
        [
            PlannedIndicator(
                objective=o + 1,
                number=ind.number,
                name=ind.name,
                baseline=copy.deepcopy(ind.baseline),
                target=copy.deepcopy(ind.target),
            )
            for o, objective in enumerate(report.objectives)
            for ind in objective.indicators
        ],
    )


def blank() -> str:
    return tr("（なし）", "(none)")


def value_words(value: int | float | None, unit: str, approximate: bool | None = None) -> str:
    if value is None:
        return blank()
    return ("約" if approximate else "") + render_number(value) + unit


def year_words(fiscal_year: int | None) -> str:
    if fiscal_year is None:
        return blank()
    return fy_label(fiscal_year)


def _text(text: str) -> str:
    return text if text.strip() else blank()


def _target_changes(then: Target, now: Target, unit: str) -> list[tuple[str, str, str]]:
    out = []
    if (then.value, bool(then.approximate)) != (now.value, bool(now.approximate)):
        out.append(
            (
                "target_value",
                value_words(then.value, unit, then.approximate),
                value_words(now.value, unit, now.approximate),
            )
        )
    if then.text.strip() != now.text.strip():
        out.append(("target_text", _text(then.text), _text(now.text)))
    if then.fiscal_year != now.fiscal_year:
        out.append(("target_year", year_words(then.fiscal_year), year_words(now.fiscal_year)))
    return out


def _baseline_changes(then: Baseline, now: Baseline, unit: str) -> list[tuple[str, str, str]]:
    out = []
    if then.value != now.value:
        out.append(("baseline_value", value_words(then.value, unit), value_words(now.value, unit)))
    if then.text.strip() != now.text.strip():
        out.append(("baseline_text", _text(then.text), _text(now.text)))
    if then.fiscal_year != now.fiscal_year:
        out.append(("baseline_year", year_words(then.fiscal_year), year_words(now.fiscal_year)))
    return out


def indicator_changes(planned: PlannedIndicator, ind: Indicator) -> list[tuple[str, str, str]]:
    """``(kind, planned, current)`` for each thing of ``ind`` that differs from its plan."""
    return _target_changes(planned.target, ind.target, ind.unit) + _baseline_changes(
        planned.baseline, ind.baseline, ind.unit
    )


def plan_changes(report: Report) -> list[PlanChange]:
    """Every difference between ``report.plan`` and the report, in printed order (the
    plan's removed indicators last); empty when the plan is not fixed."""
    plan = report.plan
    if plan is None:
        return []
    planned = {p.number: p for p in plan.indicators}
    out: list[PlanChange] = []
    for o, objective in enumerate(report.objectives):
        for ind in objective.indicators:
            explained = bool(ind.change_reason.strip())
            then = planned.get(ind.number)
            if then is None:
                out.append(
                    PlanChange(o + 1, ind.number, ind.name, "added", blank(), ind.name, explained)
                )
                continue
            for kind, was, now in indicator_changes(then, ind):
                out.append(PlanChange(o + 1, ind.number, ind.name, kind, was, now, explained))
    present = {ind.number for ind in report.indicators()}
    for then in plan.indicators:
        if then.number not in present:
            out.append(
                PlanChange(
                    then.objective, then.number, then.name, "removed", then.name, blank(), False
                )
            )
    return out
