"""The report's own tables: its heading, outcomes, responsible officials, the budget table
and its notes, cabinet policies, the verdict, the next steps, the change history and the
database's facts (``meta``).

The report's own tables are their keys and the columns of the fields they keep, made from their
declarations (models/store/declared.py); ``meta`` and ``change`` are the store's own."""

from __future__ import annotations

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from models.report import model as r
from models.store.columns import long_text
from models.store.declared import columns, key, report_id, table_model


class Meta(SQLModel, table=True):
    """Facts about the database itself, such as ``schema_version``."""

    __tablename__ = "meta"
    name: str = Field(primary_key=True, max_length=40)
    value: str = Field(default="")


ReportRow = table_model(
    "ReportRow",
    "report",
    "The header of a report, its 基本目標 and its unit; one row per report.",
    id=(int | None, Field(default=None, primary_key=True)),
    key=(str, Field(max_length=100, unique=True, index=True)),
    revision=(int, Field(default=0)),
    **columns(r.Report, skip=("key",)),
    **columns(r.Budget, "budget_"),
    # the fixed 事前分析表 as one JSON record, None while it is not fixed (store/plan_column.py)
    plan=(str | None, Field(default=None, sa_type=Text)),
)
IntermediateOutcomeRow = table_model(
    "IntermediateOutcomeRow",
    "intermediate_outcome",
    "基本目標: one 中間アウトカム bullet.",
    report_id=report_id(),
    position=key(),
    text=(str, long_text()),
)
ResponsibleRow = table_model(
    "ResponsibleRow",
    "responsible",
    "作成責任者名: 役職 and 氏名.",
    report_id=report_id(),
    position=key(),
    **columns(r.Responsible),
)
BudgetNoteRow = table_model(
    "BudgetNoteRow",
    "budget_note",
    "（注） under the budget table.",
    report_id=report_id(),
    position=key(),
    text=(str, long_text()),
)
BudgetYearRow = table_model(
    "BudgetYearRow",
    "budget_year",
    "One fiscal-year column of the budget table (``total`` as printed).",
    report_id=report_id(),
    fiscal_year=key(),
    position=(int, 0),
    **columns(r.BudgetYear, skip=("fiscal_year",)),
)
CabinetPolicyRow = table_model(
    "CabinetPolicyRow",
    "cabinet_policy",
    "政策に関係する内閣の重要政策: one row.",
    report_id=report_id(),
    position=key(),
    **columns(r.CabinetPolicy),
)
VerdictRow = table_model(
    "VerdictRow",
    "verdict",
    "目標達成度合いの測定結果, 判断根拠 and 政策の分析.",
    report_id=report_id(),
    **columns(r.Verdict),
)
NextStepsRow = table_model(
    "NextStepsRow",
    "next_steps",
    "次期目標等への反映の方向性.",
    report_id=report_id(),
    **columns(r.NextSteps),
)


GistRow = table_model(
    "GistRow",
    "gist",
    "The 評価書の要旨's shorter texts (schema 7; a row only where one is written).",
    report_id=report_id(),
    **columns(r.Gist),
)


class ChangeRow(SQLModel, table=True):
    """One accepted change, append-only: who changed what, where, from what to what.

    ``report_key`` is kept as text (not a foreign key) so the history of a report that
    was deleted or replaced stays readable. Values are JSON.
    """

    __tablename__ = "change"
    id: int | None = Field(default=None, primary_key=True)
    at: str = Field(max_length=40)
    user: str = Field(default="", max_length=200)
    report_key: str = Field(max_length=100, index=True)
    action: str = Field(max_length=20)
    path: str = Field(default="", sa_type=Text)
    old: str | None = Field(default=None, sa_type=Text)
    new: str | None = Field(default=None, sa_type=Text)
