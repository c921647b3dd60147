"""The report's own tables: its heading, outcomes, responsible officials, the budget table
and its notes, cabinet policies, the verdict, the next steps, the change history and the
database's facts (``meta``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from models.store.columns import long_text, money, report_fk


class Meta(SQLModel, table=True):
    """Facts about the database itself, such as ``schema_version``."""

    __tablename__ = "meta"
    name: str = Field(primary_key=True, max_length=40)
    value: str = Field(default="")


class ReportRow(SQLModel, table=True):
    """The header of a report, its 基本目標 and its unit; one row per report."""

    __tablename__ = "report"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=100, unique=True, index=True)
    revision: int = Field(default=0)
    ministry: str = ""
    document_id: str = ""
    title: str = ""
    evaluated_fiscal_year: int | None = None
    policy_number: int | None = None
    policy_name: str = ""
    field: str = ""
    overview: str = long_text()
    final_outcome: str = long_text()
    expert_knowledge: str = long_text()
    materials: str = long_text()
    bureau: str = ""
    evaluation_month: str = ""
    predecessor: str = ""
    budget_unit: str = ""
    planned_evaluation: str = ""
    plan: str | None = Field(default=None, sa_type=Text)  # [plan] as JSON (store/plan_column.py)


class IntermediateOutcomeRow(SQLModel, table=True):
    """基本目標: one 中間アウトカム bullet."""

    __tablename__ = "intermediate_outcome"
    report_id: int = report_fk()
    position: int = Field(primary_key=True)
    text: str = long_text()


class ResponsibleRow(SQLModel, table=True):
    """作成責任者名: 役職 and 氏名."""

    __tablename__ = "responsible"
    report_id: int = report_fk()
    position: int = Field(primary_key=True)
    title: str = ""
    name: str = ""


class BudgetNoteRow(SQLModel, table=True):
    """（注） under the budget table."""

    __tablename__ = "budget_note"
    report_id: int = report_fk()
    position: int = Field(primary_key=True)
    text: str = long_text()


class BudgetYearRow(SQLModel, table=True):
    """One fiscal-year column of the budget table (``total`` as printed)."""

    __tablename__ = "budget_year"
    report_id: int = report_fk()
    fiscal_year: int = Field(primary_key=True)
    position: int = 0
    initial: int | None = money()
    supplementary: int | None = money()
    carryover: int | None = money()
    total: int | None = money()
    executed: int | None = money()


class CabinetPolicyRow(SQLModel, table=True):
    """政策に関係する内閣の重要政策: one row."""

    __tablename__ = "cabinet_policy"
    report_id: int = report_fk()
    position: int = Field(primary_key=True)
    name: str = ""
    date: dt.date | None = None
    excerpt: str = long_text()


class VerdictRow(SQLModel, table=True):
    """目標達成度合いの測定結果, 判断根拠 and 政策の分析."""

    __tablename__ = "verdict"
    report_id: int = report_fk()
    category: str = ""
    rationale: str = long_text()
    analysis: str = long_text()


class NextStepsRow(SQLModel, table=True):
    """次期目標等への反映の方向性."""

    __tablename__ = "next_steps"
    report_id: int = report_fk()
    measures: str = long_text()
    budget_request_fiscal_year: int | None = None
    budget_request: str = ""
    budget_reflection: str = long_text()
    institutional_reflection: str = long_text()


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
