"""Changes to the fixed 事前分析表 that the report does not explain (codes P001–P008).

Once the plan is fixed (``report.plan``), a target, a target year, a baseline or the set of
indicators may still change, but the report must say why: each change without the
indicator's ``change_reason`` is a warning naming the indicator, the planned and the
current value (models/report/plan.py finds the changes).
"""

from __future__ import annotations

from models.i18n import tr
from models.report.eras import date_long
from models.report.model import Report
from models.report.places import form_number
from models.report.plan import KINDS, plan_changes
from models.rules.findings import Finding, indicator_place

CODES = {kind: f"P{i:03d}" for i, kind in enumerate(KINDS, start=1)}


def check_plan(report: Report) -> list[Finding]:
    if report.plan is None:
        return []
    try:
        fixed = tr(date_long(report.plan.fixed_on), report.plan.fixed_on.isoformat())
    except ValueError:
        fixed = report.plan.fixed_on.isoformat()
    out = []
    for change in plan_changes(report):
        if change.explained:
            continue
        data: dict[str, object] = {
            "what": change.kind,
            "planned": change.planned,
            "current": change.current,
            "fixed_on": report.plan.fixed_on.isoformat(),
        }
        if change.kind == "removed":
            message = tr(
                "測定指標{n}「{name}」は事前分析表（{fixed}確定）にありましたが、今はありません。"
                "事前分析表を確定し直すまで残ります。",
                "indicator {n} ({name}) was in the plan fixed on {fixed} and is gone; "
                "this stays until the plan is fixed again.",
                n=form_number(change.number),
                name=change.name,
                fixed=fixed,
            )
            place = "plan"
        elif change.kind == "added":
            message = tr(
                "測定指標{n}「{name}」は事前分析表（{fixed}確定）の後に加わりました。"
                "変更理由を書いてください。",
                "indicator {n} ({name}) was added after the plan fixed on {fixed}; "
                "write the reason for the change.",
                n=form_number(change.number),
                name=change.name,
                fixed=fixed,
            )
            place = indicator_place(change.number, "change_reason")
        else:
            message = tr(
                "測定指標{n}「{name}」の{what}が事前分析表（{fixed}確定）から変わっています"
                "（計画: {planned} → 現在: {current}）。変更理由を書いてください。",
                "indicator {n} ({name}): the {what} differs from the plan fixed on {fixed} "
                "(planned: {planned} → now: {current}); write the reason for the change.",
                n=form_number(change.number),
                name=change.name,
                what=change.what(),
                fixed=fixed,
                planned=change.planned,
                current=change.current,
            )
            place = indicator_place(change.number, "change_reason")
        out.append(
            Finding(
                CODES[change.kind],
                "warning",
                message,
                place,
                indicator=change.number,
                data=data,
            )
        )
    return out
