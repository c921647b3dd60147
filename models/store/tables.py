"""The database tables, one per section of the form (SQLModel, engine-neutral).

Every child row hangs off ``report.id`` with ON DELETE CASCADE and has a natural key
inside its report (a fiscal year, an indicator number, a position), so a report can be
written with plain bulk inserts and read back in printed order. Indicator values, which
may be integers or floats, are kept as their exact text (``NumberText``) so ``100`` and
``100.0`` survive the round trip on every engine; budget figures are integers.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import BigInteger, Column, ForeignKey, String, Table, Text
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class NumberText(TypeDecorator[Any]):
    """An int or a float, stored as its shortest exact decimal text."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else repr(value)

    def process_result_value(self, value: Any, dialect: Any) -> int | float | None:
        if value is None:
            return None
        if "." in value or "e" in value or "E" in value or "n" in value:  # 1.5, 1e+20, inf, nan
            return float(value)
        return int(value)


def _report_fk() -> Any:
    return Field(
        sa_column=Column("report_id", ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    )


def _number() -> Any:
    return Field(default=None, sa_type=NumberText)


def _long_text() -> Any:
    return Field(default="", sa_type=Text)


def _money() -> Any:
    return Field(default=None, sa_type=BigInteger)


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
    overview: str = _long_text()
    final_outcome: str = _long_text()
    expert_knowledge: str = _long_text()
    materials: str = _long_text()
    bureau: str = ""
    evaluation_month: str = ""
    predecessor: str = ""
    budget_unit: str = ""
    planned_evaluation: str = ""
    plan_fixed_on: dt.date | None = None  # None: the 事前分析表 is not fixed (no [plan])


class IntermediateOutcomeRow(SQLModel, table=True):
    """基本目標: one 中間アウトカム bullet."""

    __tablename__ = "intermediate_outcome"
    report_id: int = _report_fk()
    position: int = Field(primary_key=True)
    text: str = _long_text()


class ResponsibleRow(SQLModel, table=True):
    """作成責任者名: 役職 and 氏名."""

    __tablename__ = "responsible"
    report_id: int = _report_fk()
    position: int = Field(primary_key=True)
    title: str = ""
    name: str = ""


class BudgetNoteRow(SQLModel, table=True):
    """（注） under the budget table."""

    __tablename__ = "budget_note"
    report_id: int = _report_fk()
    position: int = Field(primary_key=True)
    text: str = _long_text()


class BudgetYearRow(SQLModel, table=True):
    """One fiscal-year column of the budget table (``total`` as printed)."""

    __tablename__ = "budget_year"
    report_id: int = _report_fk()
    fiscal_year: int = Field(primary_key=True)
    position: int = 0
    initial: int | None = _money()
    supplementary: int | None = _money()
    carryover: int | None = _money()
    total: int | None = _money()
    executed: int | None = _money()


class CabinetPolicyRow(SQLModel, table=True):
    """政策に関係する内閣の重要政策: one row."""

    __tablename__ = "cabinet_policy"
    report_id: int = _report_fk()
    position: int = Field(primary_key=True)
    name: str = ""
    date: dt.date | None = None
    excerpt: str = _long_text()


class ObjectiveRow(SQLModel, table=True):
    """施策目標."""

    __tablename__ = "objective"
    report_id: int = _report_fk()
    position: int = Field(primary_key=True)
    text: str = _long_text()


class IndicatorRow(SQLModel, table=True):
    """測定指標 with its 基準 and 目標 (one-to-one, kept as columns)."""

    __tablename__ = "indicator"
    report_id: int = _report_fk()
    number: int = Field(primary_key=True)
    objective_position: int = 0
    position: int = 0
    main: bool | None = None
    kind: str = ""
    name: str = _long_text()
    unit: str = ""
    direction: str = ""
    bound: str = ""
    cumulative: bool | None = None
    qualitative: bool | None = None
    criterion: str = _long_text()
    mark: str = ""
    drop_next: bool | None = None
    reason: str = _long_text()
    change_reason: str = _long_text()
    baseline_fiscal_year: int | None = None
    baseline_value: float | int | None = _number()
    baseline_numerator: float | int | None = _number()
    baseline_denominator: float | int | None = _number()
    baseline_text: str = _long_text()
    baseline_note: str = _long_text()
    target_fiscal_year: int | None = None
    target_value: float | int | None = _number()
    target_approximate: bool | None = None
    target_text: str = _long_text()
    target_note: str = _long_text()


class IndicatorTagRow(SQLModel, table=True):
    """A tag of an indicator, such as 【…KPI関係】."""

    __tablename__ = "indicator_tag"
    report_id: int = _report_fk()
    indicator_number: int = Field(primary_key=True)
    position: int = Field(primary_key=True)
    text: str = ""


class IndicatorYearRow(SQLModel, table=True):
    """年度ごとの目標（値） and 実績（値） of one indicator and fiscal year."""

    __tablename__ = "indicator_year"
    report_id: int = _report_fk()
    indicator_number: int = Field(primary_key=True)
    fiscal_year: int = Field(primary_key=True)
    position: int = 0
    target: float | int | None = _number()
    target_text: str = _long_text()
    actual: float | int | None = _number()
    numerator: float | int | None = _number()
    denominator: float | int | None = _number()
    actual_text: str = _long_text()
    as_of: dt.date | None = None
    note: str = _long_text()


class IndicatorPartRow(SQLModel, table=True):
    """A うち series of an indicator with its 基準 and 目標 (kept as columns)."""

    __tablename__ = "indicator_part"
    report_id: int = _report_fk()
    indicator_number: int = Field(primary_key=True)
    position: int = Field(primary_key=True)
    name: str = _long_text()
    unit: str = ""
    baseline_fiscal_year: int | None = None
    baseline_value: float | int | None = _number()
    baseline_numerator: float | int | None = _number()
    baseline_denominator: float | int | None = _number()
    baseline_text: str = _long_text()
    baseline_note: str = _long_text()
    target_fiscal_year: int | None = None
    target_value: float | int | None = _number()
    target_approximate: bool | None = None
    target_text: str = _long_text()
    target_note: str = _long_text()


class IndicatorPartYearRow(SQLModel, table=True):
    """年度ごとの目標（値） and 実績（値） of one うち series and fiscal year."""

    __tablename__ = "indicator_part_year"
    report_id: int = _report_fk()
    indicator_number: int = Field(primary_key=True)
    part_position: int = Field(primary_key=True)
    fiscal_year: int = Field(primary_key=True)
    position: int = 0
    target: float | int | None = _number()
    target_text: str = _long_text()
    actual: float | int | None = _number()
    numerator: float | int | None = _number()
    denominator: float | int | None = _number()
    actual_text: str = _long_text()
    as_of: dt.date | None = None
    note: str = _long_text()


class MeansRow(SQLModel, table=True):
    """施策手段 (達成手段) of an objective."""

    __tablename__ = "means"
    report_id: int = _report_fk()
    objective_position: int = Field(primary_key=True)
    position: int = Field(primary_key=True)
    name: str = _long_text()
    review_number: str = ""
    summary: str = _long_text()
    indicator_numbers: str = ""  # comma-separated 測定指標 numbers, in order
    start_fiscal_year: int | None = None


class MeansYearRow(SQLModel, table=True):
    """予算額 and 執行額 of one 達成手段 and fiscal year (the 事前分析表's columns)."""

    __tablename__ = "means_year"
    report_id: int = _report_fk()
    objective_position: int = Field(primary_key=True)
    means_position: int = Field(primary_key=True)
    fiscal_year: int = Field(primary_key=True)
    position: int = 0
    budget: int | None = _money()
    executed: int | None = _money()


class PlannedIndicatorRow(SQLModel, table=True):
    """An indicator of the fixed 事前分析表 (``[plan]``) with its 基準 and 目標 then."""

    __tablename__ = "planned_indicator"
    report_id: int = _report_fk()
    number: int = Field(primary_key=True)
    position: int = 0
    objective: int = 0
    name: str = _long_text()
    baseline_fiscal_year: int | None = None
    baseline_value: float | int | None = _number()
    baseline_numerator: float | int | None = _number()
    baseline_denominator: float | int | None = _number()
    baseline_text: str = _long_text()
    baseline_note: str = _long_text()
    target_fiscal_year: int | None = None
    target_value: float | int | None = _number()
    target_approximate: bool | None = None
    target_text: str = _long_text()
    target_note: str = _long_text()


class VerdictRow(SQLModel, table=True):
    """目標達成度合いの測定結果, 判断根拠 and 政策の分析."""

    __tablename__ = "verdict"
    report_id: int = _report_fk()
    category: str = ""
    rationale: str = _long_text()
    analysis: str = _long_text()


class NextStepsRow(SQLModel, table=True):
    """次期目標等への反映の方向性."""

    __tablename__ = "next_steps"
    report_id: int = _report_fk()
    measures: str = _long_text()
    budget_request_fiscal_year: int | None = None
    budget_request: str = ""
    budget_reflection: str = _long_text()
    institutional_reflection: str = _long_text()


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
    PlannedIndicatorRow,
    VerdictRow,
    NextStepsRow,
)


def core_table(model: type[SQLModel]) -> Table:
    """The SQLAlchemy Core table of a model: the store works in Core for bulk speed."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


REPORT = core_table(ReportRow)
VERDICT = core_table(VerdictRow)
CHANGE = core_table(ChangeRow)
CHILDREN = tuple(core_table(model) for model in CHILD_TABLES)
