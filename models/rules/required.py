"""Required fields of the form left blank (codes F001–F015).

The printed form has no empty cell for these: a blank one prints 「－」 (models/printed), and
``check`` names each, so that the 「－」 on paper is a choice, not an oversight. The fields the
other checks already name are left to them (政策名 R001, 測定結果 V001, 判断根拠 V003,
政策の分析 V008, 【施策】 N002). F013–F015 are what the 事前分析表 adds: its 評価書番号, its
政策評価実施予定時期 and each indicator's 測定指標の選定理由.
"""

from __future__ import annotations

from collections.abc import Callable

from models.i18n import tr
from models.report.labels import form_label
from models.report.model import Report
from models.report.paths import indicator_place, report_place
from models.report.places import form_number
from models.rules.findings import Finding

# code, place, the form's label (models/report/labels.py), whether the report leaves it blank
REPORT_FIELDS: tuple[tuple[str, str, str, Callable[[Report], bool]], ...] = (
    ("F001", report_place("field"), "field", lambda r: _blank(r.field)),
    ("F002", report_place("overview"), "overview", lambda r: _blank(r.overview)),
    ("F003", report_place("final_outcome"), "final_outcome", lambda r: _blank(r.final_outcome)),
    ("F004", "cabinet_policies", "cabinet_policies", lambda r: not r.cabinet_policies),
    (
        "F005",
        report_place("expert_knowledge"),
        "expert_knowledge",
        lambda r: _blank(r.expert_knowledge),
    ),
    ("F006", report_place("materials"), "materials", lambda r: _blank(r.materials)),
    ("F007", report_place("bureau"), "bureau", lambda r: _blank(r.bureau)),
    ("F008", "responsible", "responsible", lambda r: not _people(r)),
    (
        "F009",
        report_place("evaluation_month"),
        "evaluation_month",
        lambda r: _blank(r.evaluation_month),
    ),
    (
        "F010",
        "next_steps.budget_request",
        "budget_request",
        lambda r: _blank(r.next_steps.budget_request),
    ),
    (
        "F011",
        "next_steps.budget_reflection",
        "budget_reflection",
        lambda r: _blank(r.next_steps.budget_reflection),
    ),
    (
        "F012",
        "next_steps.institutional_reflection",
        "institutional_reflection",
        lambda r: _blank(r.next_steps.institutional_reflection),
    ),
    ("F013", report_place("document_id"), "document_id", lambda r: _blank(r.document_id)),
    (
        "F014",
        report_place("planned_evaluation"),
        "planned_evaluation",
        lambda r: _blank(r.planned_evaluation),
    ),
)
REASON_CODE = "F015"  # an indicator's 測定指標の選定理由 (事前分析表)


def _blank(text: str) -> bool:
    return not text.strip(" \u3000\n\t")


def _people(report: Report) -> bool:
    return any(not _blank(p.title) or not _blank(p.name) for p in report.responsible)


def _finding(code: str, place: str, label: str, indicator: int | None = None) -> Finding:
    if code == "F013":  # a heading line, not a cell: nothing is printed
        message = tr(
            "「{label}」が空欄です（表題の下に番号が印刷されません）。",
            "「{label}」 is blank (no number is printed under the title).",
            label=label,
        )
    else:
        message = tr(
            "「{label}」が空欄です（様式には「－」と印刷されます）。",
            "「{label}」 is blank (the form prints 「－」 there).",
            label=label,
        )
    return Finding(code, "warning", message, place, indicator=indicator)


def check_required(report: Report) -> list[Finding]:
    """A finding for each required field of the form (and of the 事前分析表) left blank."""
    out = [
        _finding(code, place, form_label(name))
        for code, place, name, blank in REPORT_FIELDS
        if blank(report)
    ]
    for ind in report.indicators():
        if _blank(ind.reason):
            label = f"{form_label('indicator')}{form_number(ind.number)}　{form_label('reason')}"
            place = indicator_place(ind.number, "reason")
            out.append(_finding(REASON_CODE, place, label, ind.number))
    return out
