"""The 新旧対照表 of the 事前分析表: each item changed since the plan was fixed, 旧 (the fixed
plan), 新 (the report now) and the reason written for it (models/report/plan_changes.py), as
ministries publish a revised 事前分析表. Layout (docs/plan-layout.md): the title
（令和３年度実施政策に係る事前分析表 新旧対照表）and the document number; rows 政策名 and
事前分析表確定日; one table 変更箇所 | 旧 | 新 | 変更理由, one row per change in the plan's order
(indicators, indicators gone, 達成手段, 政策評価実施予定時期). A plan without changes prints one
row saying so; last, the profile's footnotes whose mark it prints. Labels come from the wording
profile.
"""

from __future__ import annotations

from models.printed.blocks import Cell, Document, Section, Table, or_blank
from models.printed.plan import plan_title
from models.printed.profiles import Profile, profile_for
from models.printed.sections import policy_sections, referred_notes, report_document
from models.printed.years import date_long
from models.report.eras import form_digits
from models.report.model import Report
from models.report.plan_changes import PlanChange, plan_changes


def _item(change: PlanChange, p: Profile) -> str:
    if change.subject == "report":
        return change.what()
    head = p.label("plan_means") if change.subject == "means" else p.label("indicator")
    return f"{head}{form_digits(change.number)}　{change.name}\n{change.what()}"


def plan_changes_table(report: Report, p: Profile) -> Table:
    """変更箇所 | 旧 | 新 | 変更理由, one row per change (see the module docstring)."""
    grid = [
        [
            Cell(p.label(name), header=True)
            for name in (
                "plan_changes_item",
                "plan_changes_old",
                "plan_changes_new",
                "plan_changes_reason",
            )
        ]
    ]
    for change in plan_changes(report):
        grid.append(
            [
                Cell(_item(change, p)),
                Cell(change.planned),
                Cell(change.current),
                Cell(or_blank(change.reason)),
            ]
        )
    if len(grid) == 1:
        grid.append([Cell(p.label("plan_changes_none"), colspan=4)])
    return Table.from_grid(grid, header_rows=1, widths=(2.2, 2.2, 2.2, 2.8))


def plan_changes_title(report: Report, p: Profile) -> str:
    return f"{plan_title(report, p)}　{p.label('plan_changes_title')}"


def plan_changes_document(report: Report, profile: Profile | None = None) -> Document:
    """The 新旧対照表 of ``report``'s fixed 事前分析表, ready for any renderer (the plan must
    be fixed: the caller refuses otherwise)."""
    p = profile or profile_for(report.ministry)
    fixed = date_long(report.plan.fixed_on) if report.plan is not None else ""
    number = (f"（{report.document_id}）",) if report.document_id.strip() else ()
    title = plan_changes_title(report, p)
    sections = [
        Section("title", title, number, layout="title"),
        policy_sections(report, p)[0],
        Section("plan_fixed_on", p.label("plan_fixed_on"), (or_blank(fixed),)),
        Section(
            "plan_changes",
            p.label("plan_changes_title"),
            (plan_changes_table(report, p),),
            layout="bare",
        ),
    ]
    notes = referred_notes(sections, p)  # 政策（※１）名's note
    return report_document(
        report, p, "plan_changes", title, [*sections, notes] if notes else sections
    )
