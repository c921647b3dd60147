"""The printed form (別紙２): one ordered model of the report as paper prints it.

Everything that shows or publishes a report draws this model — the TUI's preview and the
renderers of :mod:`models.publish` (PDF, HTML, Excel, Word) — so a fix to wording or order shows
in every format at once. ``blocks`` holds the vocabulary (sections, tables with merged and
numeric cells, headings, fields, notes), ``sections`` lays a report out in the form's order,
``indicators`` the 測定指標 grid, ``means`` the 施策手段 tables, ``plan`` the 事前分析表 (the
plan, in its own layout: docs/plan-layout.md), ``years`` era years for any year a report holds,
``profiles`` the ministries' wording (data files), ``gist`` the 評価書の要旨 (the one-page summary).
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
from models.printed.plan import plan_document, plan_sections
from models.printed.profiles import Profile, ProfileError, load_profile, profile_for
from models.printed.sections import printed_document, printed_sections

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
    "plan_document",
    "plan_sections",
    "printed_document",
    "printed_sections",
    "profile_for",
]
