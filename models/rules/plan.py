"""Changes to the fixed 事前分析表 that the report does not explain (codes P001–P015), and
whether the plan's targets would suggest another verdict (P016).

Once the plan is fixed (``report.plan``), anything it published may still change, but the
report must say why: each change without its reason (models/report/plan_changes.py says where
each reason lives) is a warning naming the item, the planned and the current value. P016 is
said whether or not the changes are explained: moving the goal posts stays visible.
"""

from __future__ import annotations

from models.i18n import tr
from models.report.eras import date_long
from models.report.model import Report
from models.report.places import form_number
from models.report.plan_changes import KINDS, PlanChange, plan_changes
from models.rules.findings import Finding, indicator_place

CODES = {kind: f"P{i:03d}" for i, kind in enumerate(KINDS, start=1)}
SUGGESTION_CODE = "P016"


def _message(change: PlanChange, fixed: str) -> str:
    common = {"name": change.name, "fixed": fixed, "n": form_number(change.number)}
    if change.kind == "removed":
        return tr(
            "測定指標{n}「{name}」は事前分析表（{fixed}確定）にありましたが、今はありません。"
            "削除の理由を書いてください（hyoka plan reason）。",
            "indicator {n} ({name}) was in the plan fixed on {fixed} and is gone; "
            "write the reason (hyoka plan reason).",
            **common,
        )
    if change.kind == "added":
        return tr(
            "測定指標{n}「{name}」は事前分析表（{fixed}確定）の後に加わりました。"
            "変更理由を書いてください。",
            "indicator {n} ({name}) was added after the plan fixed on {fixed}; "
            "write the reason for the change.",
            **common,
        )
    if change.kind == "means_removed":
        return tr(
            "達成手段{n}「{name}」は事前分析表（{fixed}確定）にありましたが、今はありません。"
            "削除の理由を書いてください（hyoka plan reason）。",
            "means {n} ({name}) was in the plan fixed on {fixed} and is gone; "
            "write the reason (hyoka plan reason).",
            **common,
        )
    sides = {"what": change.what(), "planned": change.planned, "current": change.current}
    if change.kind == "means_budget":
        return tr(
            "達成手段{n}「{name}」の{what}が事前分析表（{fixed}確定）から変わっています"
            "（計画: {planned} → 現在: {current}）。"
            "変更理由を書いてください（hyoka plan reason）。",
            "means {n} ({name}): the {what} differs from the plan fixed on {fixed} "
            "(planned: {planned} → now: {current}); write the reason (hyoka plan reason).",
            **common,
            **sides,
        )
    if change.kind == "planned_evaluation":
        return tr(
            "{what}が事前分析表（{fixed}確定）から変わっています（計画: {planned} → 現在: "
            "{current}）。変更理由を書いてください（hyoka plan reason）。",
            "the {what} differs from the plan fixed on {fixed} (planned: {planned} → now: "
            "{current}); write the reason (hyoka plan reason).",
            fixed=fixed,
            **sides,
        )
    return tr(
        "測定指標{n}「{name}」の{what}が事前分析表（{fixed}確定）から変わっています"
        "（計画: {planned} → 現在: {current}）。変更理由を書いてください。",
        "indicator {n} ({name}): the {what} differs from the plan fixed on {fixed} "
        "(planned: {planned} → now: {current}); write the reason for the change.",
        **common,
        **sides,
    )


def fixed_words(report: Report) -> str:
    assert report.plan is not None
    try:
        return tr(date_long(report.plan.fixed_on), report.plan.fixed_on.isoformat())
    except ValueError:
        return report.plan.fixed_on.isoformat()


def check_plan(report: Report) -> list[Finding]:
    if report.plan is None:
        return []
    fixed = fixed_words(report)
    out = []
    for change in plan_changes(report):
        if change.explained:
            continue
        data: dict[str, object] = {
            "what": change.kind,
            "item": change.what(),
            "planned": change.planned,
            "current": change.current,
            "fixed_on": report.plan.fixed_on.isoformat(),
        }
        at_indicator = change.subject == "indicator" and change.kind != "removed"
        place = indicator_place(change.number, "change_reason") if at_indicator else "plan"
        out.append(
            Finding(
                CODES[change.kind],
                "warning",
                _message(change, fixed),
                place,
                indicator=change.number if change.subject == "indicator" else None,
                data=data,
            )
        )
    return out


def suggestion_moved(planned: str | None, current: str | None, explained: bool) -> Finding:
    """P016: the plan's targets suggest ``planned``, today's ``current``; a warning while a
    change behind it has no reason (``explained`` False), then info."""
    none = tr("提案なし", "no suggestion")
    return Finding(
        SUGGESTION_CODE,
        "info" if explained else "warning",
        tr(
            "計画どおりの目標なら提案は {planned}、現在の目標では {current}",
            "with the plan's targets the suggestion is {planned}; with today's, {current}",
            planned=planned or none,
            current=current or none,
        ),
        "plan",
        data={"planned": planned, "current": current},
    )
