"""``check_report``: every rule hyoka knows, run over one report.

Codes are stable and documented in docs/rules.md: R (heading and the report's texts), B
(budget), I (indicators and marks), V (verdict), N (次期目標等), P (changes to the fixed
事前分析表), F (required fields of the form left blank), M (values of a report imported from a
ministry's form still to be confirmed).
Severities: ``error`` (the report contradicts itself or lacks what the form
requires), ``warning`` (likely a mistake; a person should look), ``info`` (worth knowing).
Thresholds come from :class:`RuleSettings` — hyoka's defaults, not the guideline's.
A monitoring year's report is not asked for a verdict, an analysis or 次期目標等
(:mod:`models.rules.stage`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from models.report.model import Report
from models.report.plan import as_planned
from models.report.plan_changes import plan_changes
from models.report.provenance import Provenance
from models.rules.budget import check_budget
from models.rules.findings import SEVERITIES, Finding, has_errors, summarize
from models.rules.heading import check_heading
from models.rules.imported import check_imported
from models.rules.indicators import check_indicators
from models.rules.marks import check_marks
from models.rules.plan import check_plan, suggestion_moved
from models.rules.plausible import check_plausible
from models.rules.required import check_required
from models.rules.review import check_review
from models.rules.settings import RuleSettings
from models.rules.stage import for_stage
from models.rules.suggest.verdict import VerdictSuggestion, suggest_verdict
from models.rules.texts import check_texts
from models.rules.verdict import check_verdict, mentioned_indicators

__all__ = [
    "SEVERITIES",
    "Finding",
    "RuleSettings",
    "check_report",
    "check_with_suggestion",
    "has_errors",
    "mentioned_indicators",
    "summarize",
]


def check_with_suggestion(
    report: Report, settings: RuleSettings | None = None, imported: Iterable[Provenance] = ()
) -> tuple[list[Finding], VerdictSuggestion]:
    """The findings and the verdict suggestion they were checked against; ``imported``: the
    provenance of a report imported from a ministry's form (its M findings)."""
    settings = settings or RuleSettings()
    suggestion = suggest_verdict(report, settings)
    moved: list[Finding] = []
    if report.plan is not None:
        suggestion, moved = _against_plan(report, settings, suggestion)
    findings = (
        check_heading(report)
        + check_plausible(report, settings)
        + check_budget(report, settings)
        + check_indicators(report, settings)
        + check_review(report)
        + check_marks(report, settings, suggestion.marks)
        + check_verdict(report, settings, suggestion)
        + check_texts(report, settings)
        + check_plan(report)
        + moved
        + check_required(report)
        + check_imported(report, imported)
    )
    return for_stage(report, findings), suggestion


def _against_plan(
    report: Report, settings: RuleSettings, suggestion: VerdictSuggestion
) -> tuple[VerdictSuggestion, list[Finding]]:
    """The suggestion with what the fixed plan's targets would suggest, and P016 when that
    differs from today's; unchanged (no work) when nothing the suggestion reads has moved."""
    changes = [c for c in plan_changes(report) if c.subject == "indicator"]
    if not changes:
        return suggestion, []
    planned = suggest_verdict(as_planned(report), settings).category
    if planned == suggestion.category:
        return suggestion, []
    explained = all(c.explained for c in changes)
    return (
        replace(suggestion, plan_category=planned, plan_moved=True),
        [suggestion_moved(planned, suggestion.category, explained)],
    )


def check_report(
    report: Report, settings: RuleSettings | None = None, imported: Iterable[Provenance] = ()
) -> list[Finding]:
    """Every finding for ``report``, in the form's order (heading, budget, indicators, verdict);
    ``imported``: its open provenance records when it came from a ministry's form."""
    return check_with_suggestion(report, settings, imported)[0]
