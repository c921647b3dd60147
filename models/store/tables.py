"""The database tables, one per section of the form (SQLModel, engine-neutral), gathered
for the store: every child row has a natural key inside its report (a fiscal year, an
indicator number, a position), so a report is written with plain bulk inserts and read
back in printed order. The tables themselves are in ``report_tables`` and
``objective_tables``; their column types in ``columns``.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table
from sqlmodel import SQLModel

from models.store import bureau_tables, provenance  # noqa: F401 - their tables are the database's
from models.store.objective_tables import (
    IndicatorPartRow,
    IndicatorPartYearRow,
    IndicatorRow,
    IndicatorTagRow,
    IndicatorYearRow,
    MeansRow,
    MeansYearRow,
    ObjectiveRow,
)
from models.store.report_tables import (
    BudgetNoteRow,
    BudgetYearRow,
    CabinetPolicyRow,
    ChangeRow,
    GistRow,
    IntermediateOutcomeRow,
    Meta,
    NextStepsRow,
    ReportRow,
    ResponsibleRow,
    VerdictRow,
)

__all__ = ["Meta", "core_table"]

CHILD_TABLES = (
    IntermediateOutcomeRow,
    ResponsibleRow,
    BudgetNoteRow,
    BudgetYearRow,
    CabinetPolicyRow,
    ObjectiveRow,
    IndicatorRow,
    IndicatorTagRow,
    IndicatorYearRow,
    IndicatorPartRow,
    IndicatorPartYearRow,
    MeansRow,
    MeansYearRow,
    VerdictRow,
    NextStepsRow,
    GistRow,
)


def core_table(model: type[SQLModel]) -> Table:
    """The SQLAlchemy Core table of a model: the store works in Core for bulk speed."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


REPORT = core_table(ReportRow)
VERDICT = core_table(VerdictRow)
CHANGE = core_table(ChangeRow)
CHILDREN = tuple(core_table(model) for model in CHILD_TABLES)
