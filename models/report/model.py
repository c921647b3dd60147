"""The report as plain values: one dataclass per section of the printed form.

These are what the store returns, what snapshots are read into and written from, what
the rules inspect and what the UI displays. They carry no database session.
Absent cells are ``None`` (numbers, dates, booleans), ``""`` (text) or ``[]`` (lists).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date

Number = int | float

BUDGET_UNITS = ("百万円", "千円", "円")
INDICATOR_KINDS = ("アウトカム", "アウトプット", "参考")
DIRECTIONS = ("increase", "decrease", "maintain")
BOUNDS = ("at_least", "at_most")
MARKS = ("イ", "ロ", "ハ", "－")
VERDICT_CATEGORIES = (
    "目標超過達成",
    "目標達成",
    "相当程度進展あり",
    "進展が大きくない",
    "目標に向かっていない",
)


@dataclass
class Responsible:
    """作成責任者: 役職 and 氏名."""

    title: str = ""
    name: str = ""


@dataclass
class BudgetYear:
    """One fiscal-year column of 政策の予算額・執行額等; ``total`` is kept as printed."""

    fiscal_year: int
    initial: int | None = None
    supplementary: int | None = None
    carryover: int | None = None
    total: int | None = None
    executed: int | None = None


@dataclass
class Budget:
    unit: str = ""
    notes: list[str] = dc_field(default_factory=list)
    years: list[BudgetYear] = dc_field(default_factory=list)

    def year(self, fiscal_year: int) -> BudgetYear | None:
        return next((y for y in self.years if y.fiscal_year == fiscal_year), None)


@dataclass
class CabinetPolicy:
    """政策に関係する内閣の重要政策: one row."""

    name: str = ""
    date: date | None = None
    excerpt: str = ""


@dataclass
class Baseline:
    """基準（値）【年度】."""

    fiscal_year: int | None = None
    value: Number | None = None
    numerator: Number | None = None
    denominator: Number | None = None
    text: str = ""
    note: str = ""


@dataclass
class Target:
    """目標（値）【年度】; ``approximate`` is the form's 約."""

    fiscal_year: int | None = None
    value: Number | None = None
    approximate: bool | None = None
    text: str = ""
    note: str = ""


@dataclass
class IndicatorYear:
    """年度ごとの目標（値） and 実績（値） of one fiscal year."""

    fiscal_year: int
    target: Number | None = None
    target_text: str = ""
    actual: Number | None = None
    numerator: Number | None = None
    denominator: Number | None = None
    actual_text: str = ""
    as_of: date | None = None
    note: str = ""


@dataclass
class IndicatorPart:
    """A うち series measured alongside its indicator (e.g. うち自治体クラウド導入団体数):
    its own 基準, 目標 and yearly values, in the indicator's shape."""

    name: str = ""
    unit: str = ""
    baseline: Baseline = dc_field(default_factory=Baseline)
    target: Target = dc_field(default_factory=Target)
    years: list[IndicatorYear] = dc_field(default_factory=list)

    def year(self, fiscal_year: int) -> IndicatorYear | None:
        return next((y for y in self.years if y.fiscal_year == fiscal_year), None)


@dataclass
class Indicator:
    """測定指標. ``main`` marks a 主要な測定指標 (printed with a circled number).

    ``bound`` says how an actual is held against the target: ``"at_least"`` (以上) or
    ``"at_most"`` (以下); empty means inferred (models/rules/suggest/bounds.py). ``parts`` are
    its うち series.
    ``drop_next`` records the 次期目標等 decision to leave the indicator out of the next
    report: roll-over (models/services/rollover.py) does not carry it.
    """

    number: int
    name: str = ""
    main: bool | None = None
    kind: str = ""
    tags: list[str] = dc_field(default_factory=list)
    unit: str = ""
    direction: str = ""
    bound: str = ""
    cumulative: bool | None = None
    qualitative: bool | None = None
    criterion: str = ""
    mark: str = ""
    drop_next: bool | None = None
    reason: str = ""
    change_reason: str = ""
    baseline: Baseline = dc_field(default_factory=Baseline)
    target: Target = dc_field(default_factory=Target)
    years: list[IndicatorYear] = dc_field(default_factory=list)
    parts: list[IndicatorPart] = dc_field(default_factory=list)

    def year(self, fiscal_year: int) -> IndicatorYear | None:
        return next((y for y in self.years if y.fiscal_year == fiscal_year), None)


@dataclass
class MeansYear:
    """One fiscal year of a 達成手段's money: 予算額 and 執行額 (the budget table's unit)."""

    fiscal_year: int
    budget: int | None = None
    executed: int | None = None


@dataclass
class Means:
    """施策手段 (達成手段): a budget programme with its 行政事業レビュー事業番号.

    ``start_fiscal_year`` (開始年度) and ``years`` (予算額・執行額 per fiscal year) are the
    事前分析表's columns (spec/cycle.md)."""

    name: str = ""
    review_number: str = ""
    summary: str = ""
    indicator_numbers: list[int] = dc_field(default_factory=list)
    start_fiscal_year: int | None = None
    years: list[MeansYear] = dc_field(default_factory=list)

    def year(self, fiscal_year: int) -> MeansYear | None:
        return next((y for y in self.years if y.fiscal_year == fiscal_year), None)


@dataclass
class Objective:
    """施策目標 with its indicators and means."""

    text: str = ""
    indicators: list[Indicator] = dc_field(default_factory=list)
    means: list[Means] = dc_field(default_factory=list)


@dataclass
class Verdict:
    """目標達成度合いの測定結果, 判断根拠 and 政策の分析."""

    category: str = ""
    rationale: str = ""
    analysis: str = ""


@dataclass
class NextSteps:
    """次期目標等への反映の方向性."""

    measures: str = ""
    budget_request_fiscal_year: int | None = None
    budget_request: str = ""
    budget_reflection: str = ""
    institutional_reflection: str = ""


@dataclass
class PlannedYear:
    """A 年度ごとの目標（値） as the fixed 事前分析表 published it."""

    fiscal_year: int
    target: Number | None = None
    target_text: str = ""


@dataclass
class PlannedPart:
    """A うち series as the fixed 事前分析表 published it: its 基準, 目標 and yearly targets."""

    name: str = ""
    baseline: Baseline = dc_field(default_factory=Baseline)
    target: Target = dc_field(default_factory=Target)
    years: list[PlannedYear] = dc_field(default_factory=list)


@dataclass
class PlannedIndicator:
    """An indicator as the fixed 事前分析表 published it: what later changes are held against.

    ``criterion``, ``reason``, ``years`` and ``parts`` are recorded by plans fixed whole
    (:attr:`FixedPlan.whole`). ``change_reason`` is why the indicator is gone from the report
    (an indicator still there carries its reason itself)."""

    objective: int
    number: int
    name: str = ""
    baseline: Baseline = dc_field(default_factory=Baseline)
    target: Target = dc_field(default_factory=Target)
    criterion: str = ""
    reason: str = ""
    years: list[PlannedYear] = dc_field(default_factory=list)
    parts: list[PlannedPart] = dc_field(default_factory=list)
    change_reason: str = ""


@dataclass
class PlannedBudget:
    """One fiscal year's 予算額 of a 達成手段 as the fixed 事前分析表 published it."""

    fiscal_year: int
    budget: int | None = None


@dataclass
class PlannedMeans:
    """A 達成手段 as the fixed 事前分析表 published it (matched to the report's by name).

    ``change_reason``: why its 予算額 changed or why it is gone (the report's means carry no
    reason of their own)."""

    objective: int
    name: str = ""
    review_number: str = ""
    years: list[PlannedBudget] = dc_field(default_factory=list)
    change_reason: str = ""


@dataclass
class FixedPlan:
    """The 事前分析表 as published (``hyoka plan fix``): its date and its contents then.

    ``whole``: the plan records everything a reader of the 事前分析表 relied on (indicators'
    yearly targets, 目標達成基準, 選定理由, うち series, the means' 予算額, the
    政策評価実施予定時期); None for a plan fixed by an older hyoka, which recorded only 基準
    and 目標 (only those are compared). ``change_reason``: why the 政策評価実施予定時期 changed."""

    fixed_on: date
    indicators: list[PlannedIndicator] = dc_field(default_factory=list)
    whole: bool | None = None
    means: list[PlannedMeans] = dc_field(default_factory=list)
    planned_evaluation: str = ""
    change_reason: str = ""


@dataclass
class Report:
    """One 主要な政策に係る評価書."""

    key: str
    policy_name: str = ""
    ministry: str = ""
    document_id: str = ""
    title: str = ""
    evaluated_fiscal_year: int | None = None
    policy_number: int | None = None
    field: str = ""
    overview: str = ""
    final_outcome: str = ""
    intermediate_outcomes: list[str] = dc_field(default_factory=list)
    expert_knowledge: str = ""
    materials: str = ""
    bureau: str = ""
    responsible: list[Responsible] = dc_field(default_factory=list)
    evaluation_month: str = ""
    planned_evaluation: str = ""
    predecessor: str = ""
    budget: Budget = dc_field(default_factory=Budget)
    cabinet_policies: list[CabinetPolicy] = dc_field(default_factory=list)
    objectives: list[Objective] = dc_field(default_factory=list)
    verdict: Verdict = dc_field(default_factory=Verdict)
    next_steps: NextSteps = dc_field(default_factory=NextSteps)
    plan: FixedPlan | None = None

    def indicators(self) -> list[Indicator]:
        """Every indicator of every objective, in printed order."""
        return [ind for obj in self.objectives for ind in obj.indicators]

    def indicator(self, number: int) -> Indicator | None:
        return next((i for i in self.indicators() if i.number == number), None)

    def all_means(self) -> list[Means]:
        """Every 達成手段 of every objective, in printed order (``means[1]`` is the first)."""
        return [m for obj in self.objectives for m in obj.means]


@dataclass(frozen=True)
class ReportSummary:
    """One row of the report list: what the home screen and ``hyoka list`` show."""

    key: str
    ministry: str
    policy_number: int | None
    policy_name: str
    evaluated_fiscal_year: int | None
    verdict: str
    revision: int = 0
