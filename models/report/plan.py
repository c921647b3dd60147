"""The fixed 事前分析表 (spec/cycle.md): fixing the plan and what has changed since.

:func:`fixed_plan` records the plan as it stands with the date it was published: each
indicator's 基準 and 目標, its 年度ごとの目標, 目標達成基準, 選定理由 and うち series; each
達成手段 with its years' 予算額; the 政策評価実施予定時期. The report keeps it as ``report.plan``
so that it travels in the snapshot. :func:`plan_changes` (models/report/plan_changes.py)
holds the report now against it.
"""

from __future__ import annotations

import copy
from datetime import date

from models.i18n import tr
from models.report.eras import fy_label
from models.report.model import (
    FixedPlan,
    Indicator,
    IndicatorPart,
    IndicatorYear,
    Means,
    PlannedBudget,
    PlannedIndicator,
    PlannedMeans,
    PlannedPart,
    PlannedYear,
    Report,
)
from models.report.numbers import render_number


def _yearly(years: list[IndicatorYear]) -> list[PlannedYear]:
    return [
        PlannedYear(y.fiscal_year, y.target, y.target_text)
        for y in years
        if y.target is not None or y.target_text.strip()
    ]


def _part(part: IndicatorPart) -> PlannedPart:
    return PlannedPart(
        part.name,
        copy.deepcopy(part.baseline),
        copy.deepcopy(part.target),
        _yearly(part.years),
    )


def _indicator(objective: int, ind: Indicator) -> PlannedIndicator:
    return PlannedIndicator(
        objective=objective,
        number=ind.number,
        name=ind.name,
        baseline=copy.deepcopy(ind.baseline),
        target=copy.deepcopy(ind.target),
        criterion=ind.criterion,
        reason=ind.reason,
        years=_yearly(ind.years),
        parts=[_part(p) for p in ind.parts],
    )


def _means(objective: int, means: Means) -> PlannedMeans:
    return PlannedMeans(
        objective=objective,
        name=means.name,
        review_number=means.review_number,
        years=[PlannedBudget(y.fiscal_year, y.budget) for y in means.years if y.budget is not None],
    )


def fixed_plan(report: Report, fixed_on: date) -> FixedPlan:
    """The plan as published on ``fixed_on``: everything a reader of it relied on (copied)."""
    return FixedPlan(
        fixed_on,
        indicators=[
            _indicator(o + 1, ind)
            for o, objective in enumerate(report.objectives)
            for ind in objective.indicators
        ],
        whole=True,
        means=[
            _means(o + 1, means)
            for o, objective in enumerate(report.objectives)
            for means in objective.means
        ],
        planned_evaluation=report.planned_evaluation,
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


def text_words(text: str) -> str:
    return text.strip() if text.strip() else blank()


def as_planned(report: Report) -> Report:
    """A copy of ``report`` holding the fixed plan's targets instead of today's: each planned
    indicator's 基準, 目標, yearly targets, 目標達成基準 and うち series' 基準, 目標 and yearly
    targets (actuals and marks as they are now). The report itself when no plan is fixed."""
    plan = report.plan
    if plan is None:
        return report
    out = copy.deepcopy(report)
    planned = {p.number: p for p in plan.indicators}
    for ind in out.indicators():
        then = planned.get(ind.number)
        if then is None:
            continue
        ind.baseline, ind.target = copy.deepcopy(then.baseline), copy.deepcopy(then.target)
        if not plan.whole:
            continue
        ind.criterion = then.criterion
        _put_yearly(ind.years, then.years)
        parts = {p.name: p for p in then.parts}
        for part in ind.parts:
            was = parts.get(part.name)
            if was is not None:
                part.baseline, part.target = copy.deepcopy(was.baseline), copy.deepcopy(was.target)
                _put_yearly(part.years, was.years)
    return out


def _put_yearly(years: list[IndicatorYear], planned: list[PlannedYear]) -> None:
    by_year = {y.fiscal_year: y for y in planned}
    for year in years:
        was = by_year.get(year.fiscal_year)
        year.target = was.target if was is not None else None
        year.target_text = was.target_text if was is not None else ""
