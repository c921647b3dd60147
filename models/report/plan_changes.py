"""What differs between the fixed 事前分析表 (``report.plan``) and the report now.

Every change comes with the planned and the current value as the form writes them and the
reason written for it (spec/cycle.md). Where a reason lives:

- an indicator still in the report: its ``change_reason`` (事前分析表からの変更理由), for its
  基準, 目標, yearly targets, 目標達成基準, 選定理由 and its うち series alike — a うち series
  is printed inside its indicator's row and the form has one 変更理由 per 測定指標;
- an indicator that is gone: the plan's record of it (``plan.indicators[i].change_reason``);
- a 達成手段 (its 予算額 changed, or gone): the plan's record of it
  (``plan.means[i].change_reason``), matched by name;
- the 政策評価実施予定時期: ``plan.change_reason``.

A plan fixed by an older hyoka (``whole`` unset) recorded only 基準 and 目標: only those and the
set of indicators are compared. A 達成手段 added since is not a change of what was published
(the budget table shows it); a year's 予算額 the plan had blank is not compared.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from models.i18n import tr
from models.report.eras import fy_label
from models.report.model import (
    Baseline,
    FixedPlan,
    IndicatorPart,
    IndicatorYear,
    PlannedPart,
    PlannedYear,
    Report,
    Target,
)
from models.report.numbers import render_number
from models.report.plan import blank, text_words, value_words, year_words

# What changed, in the order they are reported; their codes are P001… in this order.
KINDS = (
    "target_value",
    "target_text",
    "target_year",
    "baseline_value",
    "baseline_text",
    "baseline_year",
    "added",
    "removed",
    "yearly_target",
    "criterion",
    "reason",
    "part",
    "means_budget",
    "means_removed",
    "planned_evaluation",
)

_WHAT = {
    "target_value": ("目標（値）", "target value"),
    "target_text": ("目標（値）の記載", "target text"),
    "target_year": ("目標年度", "target year"),
    "baseline_value": ("基準（値）", "baseline value"),
    "baseline_text": ("基準（値）の記載", "baseline text"),
    "baseline_year": ("基準年度", "baseline year"),
    "added": ("測定指標の追加", "indicator added"),
    "removed": ("測定指標の削除", "indicator removed"),
    "yearly_target": ("年度ごとの目標（値）", "yearly target"),
    "criterion": ("目標達成基準", "criterion"),
    "reason": ("測定指標の選定理由", "reason for the indicator"),
    "part_added": ("うち系列の追加", "series added"),
    "part_removed": ("うち系列の削除", "series removed"),
    "means_budget": ("予算額", "budget"),
    "means_removed": ("達成手段の削除", "means removed"),
    "planned_evaluation": ("政策評価実施予定時期", "planned evaluation"),
}


def what_changed(kind: str) -> str:
    ja, en = _WHAT[kind]
    return tr(ja, en)


@dataclass(frozen=True)
class PlanChange:
    """One difference between the fixed plan and the report now.

    ``subject`` is ``"indicator"`` (``number`` is its number), ``"means"`` (``number`` is its
    position in the fixed plan, from 1) or ``"report"`` (the 政策評価実施予定時期). ``planned``
    and ``current`` are the values as text (「約1,100団体」, 「令和５年度」, 「（なし）」 for a
    blank); ``label`` names the changed thing when the kind alone does not
    (「うち自治体クラウド導入団体数の目標（値）」, 「年度ごとの目標（値）（令和３年度）」);
    ``reason`` is the reason written for it (see the module docstring) and ``explained``
    whether it holds text.
    """

    objective: int
    number: int
    name: str
    kind: str
    planned: str
    current: str
    explained: bool
    subject: str = "indicator"
    label: str = ""
    reason: str = ""

    def what(self) -> str:
        """The changed thing in words: 「目標（値）」, 「基準年度」…"""
        return self.label or what_changed(self.kind)


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
        out.append(("target_text", text_words(then.text), text_words(now.text)))
    if then.fiscal_year != now.fiscal_year:
        out.append(("target_year", year_words(then.fiscal_year), year_words(now.fiscal_year)))
    return out


def _baseline_changes(then: Baseline, now: Baseline, unit: str) -> list[tuple[str, str, str]]:
    out = []
    if then.value != now.value:
        out.append(("baseline_value", value_words(then.value, unit), value_words(now.value, unit)))
    if then.text.strip() != now.text.strip():
        out.append(("baseline_text", text_words(then.text), text_words(now.text)))
    if then.fiscal_year != now.fiscal_year:
        out.append(("baseline_year", year_words(then.fiscal_year), year_words(now.fiscal_year)))
    return out


def _yearly_words(target: float | None, text: str, unit: str) -> str:
    if text.strip():
        return text.strip() if target is None else f"{value_words(target, unit)}（{text.strip()}）"
    return value_words(target, unit)


def _yearly_changes(
    then: list[PlannedYear], now: list[IndicatorYear], unit: str
) -> list[tuple[str, str, str]]:
    """``(label, planned, current)`` per fiscal year whose 年度ごとの目標 differs."""
    planned = {y.fiscal_year: (y.target, y.target_text.strip()) for y in then}
    current = {
        y.fiscal_year: (y.target, y.target_text.strip())
        for y in now
        if y.target is not None or y.target_text.strip()
    }
    out = []
    for fy in sorted(planned.keys() | current.keys()):
        was, is_ = planned.get(fy, (None, "")), current.get(fy, (None, ""))
        if was != is_:
            what = f"{what_changed('yearly_target')}（{fy_label(fy)}）"
            out.append((what, _yearly_words(*was, unit), _yearly_words(*is_, unit)))
    return out


def _part_changes(
    then: list[PlannedPart], ind_parts: list[IndicatorPart], unit: str
) -> list[tuple[str, str, str]]:
    now = {p.name: p for p in ind_parts}
    out: list[tuple[str, str, str]] = []
    for part in then:
        found = now.pop(part.name, None)
        if found is None:
            out.append((what_changed("part_removed"), part.name, blank()))
            continue
        own = found.unit or unit
        for kind, was, is_ in _target_changes(part.target, found.target, own) + _baseline_changes(
            part.baseline, found.baseline, own
        ):
            out.append((f"{part.name}の{what_changed(kind)}", was, is_))
        for what, was, is_ in _yearly_changes(part.years, found.years, own):
            out.append((f"{part.name}の{what}", was, is_))
    for name in now:
        out.append((what_changed("part_added"), blank(), name))
    return out


def _at(base: PlanChange, kind: str, was: str, is_: str, what: str = "") -> PlanChange:
    return replace(base, kind=kind, planned=was, current=is_, label=what)


def _money(value: int | None) -> str:
    return blank() if value is None else render_number(value)


def _means_changes(plan: FixedPlan, report: Report) -> list[PlanChange]:
    now = {m.name: m for m in report.all_means()}
    out = []
    for n, then in enumerate(plan.means, start=1):
        reason = then.change_reason
        means = now.get(then.name)
        base = PlanChange(
            then.objective, n, then.name, "", "", "", bool(reason.strip()), "means", "", reason
        )
        if means is None:
            out.append(_at(base, "means_removed", then.name, blank()))
            continue
        for year in then.years:
            found = means.year(year.fiscal_year)
            budget = found.budget if found is not None else None
            if budget != year.budget:
                what = f"{what_changed('means_budget')}（{fy_label(year.fiscal_year)}）"
                out.append(_at(base, "means_budget", _money(year.budget), _money(budget), what))
    return out


def plan_changes(report: Report) -> list[PlanChange]:
    """Every difference between ``report.plan`` and the report, in printed order (the plan's
    removed indicators after the indicators, then the means, then the planned time); empty
    when the plan is not fixed."""
    plan = report.plan
    if plan is None:
        return []
    whole = bool(plan.whole)
    planned = {p.number: p for p in plan.indicators}
    out: list[PlanChange] = []
    for o, objective in enumerate(report.objectives):
        for ind in objective.indicators:
            reason = ind.change_reason
            explained = bool(reason.strip())
            base = PlanChange(o + 1, ind.number, ind.name, "", "", "", explained, "indicator")
            base = replace(base, reason=reason)
            then = planned.get(ind.number)

            if then is None:
                out.append(_at(base, "added", blank(), ind.name))
                continue
            for kind, was, is_ in _target_changes(then.target, ind.target, ind.unit):
                out.append(_at(base, kind, was, is_))
            for kind, was, is_ in _baseline_changes(then.baseline, ind.baseline, ind.unit):
                out.append(_at(base, kind, was, is_))
            if not whole:
                continue
            for what, was, is_ in _yearly_changes(then.years, ind.years, ind.unit):
                out.append(_at(base, "yearly_target", was, is_, what))
            if then.criterion.strip() != ind.criterion.strip():
                was, is_ = text_words(then.criterion), text_words(ind.criterion)
                out.append(_at(base, "criterion", was, is_))
            if then.reason.strip() != ind.reason.strip():
                out.append(_at(base, "reason", text_words(then.reason), text_words(ind.reason)))
            for what, was, is_ in _part_changes(then.parts, ind.parts, ind.unit):
                out.append(_at(base, "part", was, is_, what))
    present = {ind.number for ind in report.indicators()}
    for then in plan.indicators:
        if then.number not in present:
            reason = then.change_reason
            out.append(
                PlanChange(
                    then.objective,
                    then.number,
                    then.name,
                    "removed",
                    then.name,
                    blank(),
                    bool(reason.strip()),
                    "indicator",
                    "",
                    reason,
                )
            )
    if whole:
        out.extend(_means_changes(plan, report))
        if plan.planned_evaluation.strip() != report.planned_evaluation.strip():
            out.append(
                PlanChange(
                    0,
                    0,
                    "",
                    "planned_evaluation",
                    text_words(plan.planned_evaluation),
                    text_words(report.planned_evaluation),
                    bool(plan.change_reason.strip()),
                    "report",
                    "",
                    plan.change_reason,
                )
            )
    return out
