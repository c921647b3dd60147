"""施策目標 and what hangs off them: indicators with their tags, years and うち series, the
達成手段 with their money per year, and the indicators of the fixed 事前分析表."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from models.store.columns import exact_number, long_text, money, report_fk


class ObjectiveRow(SQLModel, table=True):
    """施策目標."""

    __tablename__ = "objective"
    report_id: int = report_fk()
    position: int = Field(primary_key=True)
    text: str = long_text()


class IndicatorRow(SQLModel, table=True):
    """測定指標 with its 基準 and 目標 (one-to-one, kept as columns)."""

    __tablename__ = "indicator"
    report_id: int = report_fk()
    number: int = Field(primary_key=True)
    objective_position: int = 0
    position: int = 0
    main: bool | None = None
    kind: str = ""
    name: str = long_text()
    unit: str = ""
    direction: str = ""
    bound: str = ""
    cumulative: bool | None = None
    qualitative: bool | None = None
    criterion: str = long_text()
    mark: str = ""
    drop_next: bool | None = None
    reason: str = long_text()
    change_reason: str = long_text()
    baseline_fiscal_year: int | None = None
    baseline_value: float | int | None = exact_number()
    baseline_numerator: float | int | None = exact_number()
    baseline_denominator: float | int | None = exact_number()
    baseline_text: str = long_text()
    baseline_note: str = long_text()
    target_fiscal_year: int | None = None
    target_value: float | int | None = exact_number()
    target_approximate: bool | None = None
    target_text: str = long_text()
    target_note: str = long_text()


class IndicatorTagRow(SQLModel, table=True):
    """A tag of an indicator, such as 【…KPI関係】."""

    __tablename__ = "indicator_tag"
    report_id: int = report_fk()
    indicator_number: int = Field(primary_key=True)
    position: int = Field(primary_key=True)
    text: str = ""


class IndicatorYearRow(SQLModel, table=True):
    """年度ごとの目標（値） and 実績（値） of one indicator and fiscal year."""

    __tablename__ = "indicator_year"
    report_id: int = report_fk()
    indicator_number: int = Field(primary_key=True)
    fiscal_year: int = Field(primary_key=True)
    position: int = 0
    target: float | int | None = exact_number()
    target_text: str = long_text()
    actual: float | int | None = exact_number()
    numerator: float | int | None = exact_number()
    denominator: float | int | None = exact_number()
    actual_text: str = long_text()
    as_of: dt.date | None = None
    note: str = long_text()


class IndicatorPartRow(SQLModel, table=True):
    """A うち series of an indicator with its 基準 and 目標 (kept as columns)."""

    __tablename__ = "indicator_part"
    report_id: int = report_fk()
    indicator_number: int = Field(primary_key=True)
    position: int = Field(primary_key=True)
    name: str = long_text()
    unit: str = ""
    baseline_fiscal_year: int | None = None
    baseline_value: float | int | None = exact_number()
    baseline_numerator: float | int | None = exact_number()
    baseline_denominator: float | int | None = exact_number()
    baseline_text: str = long_text()
    baseline_note: str = long_text()
    target_fiscal_year: int | None = None
    target_value: float | int | None = exact_number()
    target_approximate: bool | None = None
    target_text: str = long_text()
    target_note: str = long_text()


class IndicatorPartYearRow(SQLModel, table=True):
    """年度ごとの目標（値） and 実績（値） of one うち series and fiscal year."""

    __tablename__ = "indicator_part_year"
    report_id: int = report_fk()
    indicator_number: int = Field(primary_key=True)
    part_position: int = Field(primary_key=True)
    fiscal_year: int = Field(primary_key=True)
    position: int = 0
    target: float | int | None = exact_number()
    target_text: str = long_text()
    actual: float | int | None = exact_number()
    numerator: float | int | None = exact_number()
    denominator: float | int | None = exact_number()
    actual_text: str = long_text()
    as_of: dt.date | None = None
    note: str = long_text()


class MeansRow(SQLModel, table=True):
    """施策手段 (達成手段) of an objective."""

    __tablename__ = "means"
    report_id: int = report_fk()
    objective_position: int = Field(primary_key=True)
    position: int = Field(primary_key=True)
    name: str = long_text()
    review_number: str = ""
    summary: str = long_text()
    indicator_numbers: str = ""  # comma-separated 測定指標 numbers, in order
    start_fiscal_year: int | None = None


class MeansYearRow(SQLModel, table=True):
    """予算額 and 執行額 of one 達成手段 and fiscal year (the 事前分析表's columns)."""

    __tablename__ = "means_year"
    report_id: int = report_fk()
    objective_position: int = Field(primary_key=True)
    means_position: int = Field(primary_key=True)
    fiscal_year: int = Field(primary_key=True)
    position: int = 0
    budget: int | None = money()
    executed: int | None = money()
