"""What an import from a ministry's form left in doubt (M001, M002), as the report screens show
it: the reason under each field still holding a doubtful value (F2), a list at the top of the
preview (F6). A value the evaluator edits is no longer in doubt (models/rules/imported.py)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text

from models.i18n import tr
from models.report.model import Report
from models.report.places import place_label
from models.report.provenance import Provenance
from models.rules.findings import Finding
from models.rules.imported import check_imported


def open_doubts(report: Report, imported: Iterable[Provenance]) -> list[Finding]:
    """The M findings still open: doubtful values not edited since, text with no place."""
    return check_imported(report, imported)


def field_doubt(finding: Finding) -> str:
    """The words under a field whose imported value is in doubt."""
    return tr(
        "⚠ 取り込み時の推測（{source}: {reason}）。確かめて、違っていれば直してください",
        "⚠ imported with doubt ({source}: {reason}); check it and correct it if wrong",
        source=finding.data.get("source", ""),
        reason=finding.data.get("reason", ""),
    )


def doubts_text(findings: list[Finding]) -> Text:
    """The preview's list: how many, then each place in the form's words with its finding."""
    out = Text(
        tr(
            "⚠ 取り込みで確かめる値 {n} 件（編集するか hyoka confirm で確認済みに）",
            "⚠ {n} imported values to check (edit them, or hyoka confirm)",
            n=len(findings),
        ),
        style="bold",
    )
    for f in findings:
        out.append(f"\n{f.code} {place_label(f.place)}: ")
        out.append(f.message)
    return out
