"""The printed form (別紙２): one ordered model of the report as paper prints it.

Everything that shows or publishes a report draws this model — the TUI's preview and the
renderers of :mod:`models.publish` (PDF, HTML, Excel, Word) — so a fix to wording or order shows
in every format at once. ``blocks`` holds the vocabulary (sections, tables with merged and
numeric cells, headings, fields, notes), ``sections`` lays a report out in the form's order,
``indicators`` the 測定指標 grid, ``means`` the 施策手段 tables, ``plan`` the 事前分析表 (the
plan, in its own layout: docs/plan-layout.md), ``years`` era years for any year a report holds,
``profiles`` the ministries' wording (data files), ``monitoring`` the モニタリング結果 (the plan
with the year's actuals and marks) that a monitoring year's report prints instead of the 評価書,
``gist`` the 評価書の要旨 (the one-page summary).
:func:`stage_document` and :func:`stage_sections` pick the document the report's ``stage`` asks for.
"""

from models.printed.blocks import (
    Block,
    Cell,
    Document,
    Field,
    Heading,
    Note,
    Section,
    Table,
    block_text,
)
from models.printed.gist import gist_document, gist_sections
from models.printed.indicators import circled, indicator_number
from models.printed.monitoring import monitoring_document, monitoring_sections
from models.printed.plan import plan_document, plan_sections
from models.printed.profiles import Profile, ProfileError, load_profile, profile_for
from models.printed.sections import printed_document, printed_sections
from models.report.model import Report


def stage_document(report: Report, profile: Profile | None = None) -> Document:
    """What the report publishes as: the 評価書, or in a monitoring year the モニタリング結果."""
    if report.stage == "monitoring":
        return monitoring_document(report, profile)
    return printed_document(report, profile)


def stage_sections(report: Report, profile: Profile | None = None) -> list[Section]:
    """The sections of :func:`stage_document` (the preview draws these)."""
    if report.stage == "monitoring":
        return monitoring_sections(report, profile)
    return printed_sections(report, profile)


__all__ = [
    "Block",
    "Cell",
    "Document",
    "Field",
    "Heading",
    "Note",
    "Profile",
    "ProfileError",
    "Section",
    "Table",
    "block_text",
    "circled",
    "gist_document",
    "gist_sections",
    "indicator_number",
    "load_profile",
    "monitoring_document",
    "monitoring_sections",
    "plan_document",
    "plan_sections",
    "printed_document",
    "printed_sections",
    "profile_for",
    "stage_document",
    "stage_sections",
]
