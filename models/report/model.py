"""The report as plain values: one dataclass per section of the printed form.

These are what the store returns, what snapshots are read into and written from, what
the rules inspect and what the UI displays. They carry no database session.
Absent cells are ``None`` (numbers, dates, booleans), ``""`` (text) or ``[]`` (lists).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.report.fields import (
    INTEGER,
    TEXT,
    boolean,
    choice,
    integer,
    items,
    local_date,
    long_text,
    money,
    month,
    number,
    optional_section,
    report_key,
    rows,
    section,
    text,
    year,
)

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
# A report's stage (spec/cycle.md): the year of its evaluation (評価書), or a year between
# evaluations (モニタリング), in which actuals are added to the plan and no verdict is asked for.
EVALUATION = "evaluation"
MONITORING = "monitoring"
STAGES = (EVALUATION, MONITORING)
# Labels that more than one field carries.
UNIT = ("単位", "Unit")
BASELINE = ("基準（値）", "Baseline")
TARGET = ("目標（値）", "Target")


@dataclass
class Responsible:
    """作成責任者: 役職 and 氏名."""

    title: str = text()
    name: str = text()


@dataclass
class BudgetYear:
    """One fiscal-year column of 政策の予算額・執行額等; ``total`` is kept as printed."""

    fiscal_year: int = year(required=True)
    initial: int | None = money(("当初予算（a）", "Initial budget (a)"))
    supplementary: int | None = money(("補正予算（b）", "Supplementary (b)"))
    carryover: int | None = money(("繰越し等（c）", "Carry-over etc. (c)"))
    total: int | None = money(("合計（a＋b＋c）", "Total (a+b+c)"))
    executed: int | None = money(("執行額", "Executed"))


@dataclass
class Budget:
    unit: str = choice(BUDGET_UNITS)
    notes: list[str] = items(TEXT)
    years: list[BudgetYear] = rows(BudgetYear)

    def year(self, fiscal_year: int) -> BudgetYear | None:
        return next((y for y in self.years if y.fiscal_year == fiscal_year), None)


@dataclass
class CabinetPolicy:
    """政策に関係する内閣の重要政策: one row."""

    name: str = text()
    date: date | None = local_date()
    excerpt: str = long_text()


@dataclass
class Baseline:
    """基準（値）【年度】."""

    fiscal_year: int | None = year()
    value: Number | None = number()
    numerator: Number | None = number(("分子", "Numerator"))
    denominator: Number | None = number(("分母", "Denominator"))
    text: str = long_text()
    note: str = long_text(("備考", "Note"))


@dataclass
class Target:
    """目標（値）【年度】; ``approximate`` is the form's 約."""

    fiscal_year: int | None = year()
    value: Number | None = number()
    approximate: bool | None = boolean(("約", "Approximate"))
    text: str = long_text()
    note: str = long_text(("備考", "Note"))


@dataclass
class IndicatorYear:
    """年度ごとの目標（値） and 実績（値） of one fiscal year."""

    fiscal_year: int = year(required=True)
    target: Number | None = number()
    target_text: str = long_text(("目標テキスト", "Target text"))
    actual: Number | None = number()
    numerator: Number | None = number(("分子", "Numerator"))
    denominator: Number | None = number(("分母", "Denominator"))
    actual_text: str = long_text(("実績テキスト", "Actual text"))
    as_of: date | None = local_date(("時点", "As of"))
    note: str = long_text(("備考", "Note"))


@dataclass
class IndicatorPart:
    """A うち series measured alongside its indicator (e.g. うち自治体クラウド導入団体数):
    its own 基準, 目標 and yearly values, in the indicator's shape."""

    name: str = long_text(required=True)
    unit: str = text(UNIT)
    baseline: Baseline = section(Baseline, BASELINE)
    target: Target = section(Target, TARGET)
    years: list[IndicatorYear] = rows(IndicatorYear)

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

    number: int = integer(required=True)
    main: bool | None = boolean()
    kind: str = choice(INDICATOR_KINDS, ("指標の種類", "Kind"))
    name: str = long_text(required=True)
    tags: list[str] = items(TEXT, ("関係", "Tags"))
    unit: str = text(UNIT)
    direction: str = choice(DIRECTIONS, ("方向", "Direction"))
    bound: str = choice(BOUNDS)
    cumulative: bool | None = boolean(("累計", "Cumulative"))
    qualitative: bool | None = boolean(("定性的", "Qualitative"))
    criterion: str = long_text(("目標達成基準", "Achievement criterion"))
    mark: str = choice(MARKS, ("達成", "Mark"))
    drop_next: bool | None = boolean(("次期目標等で削除", "Dropped for next time"))
    reason: str = long_text(
        ("測定指標の選定理由及び目標（値）の設定の根拠", "Reason for the indicator and its target")
    )
    change_reason: str = long_text(
        ("事前分析表からの変更理由", "Reason for the change from the plan")
    )
    baseline: Baseline = section(Baseline, BASELINE)
    target: Target = section(Target, TARGET)
    years: list[IndicatorYear] = rows(IndicatorYear)
    parts: list[IndicatorPart] = rows(IndicatorPart)

    def year(self, fiscal_year: int) -> IndicatorYear | None:
        return next((y for y in self.years if y.fiscal_year == fiscal_year), None)


@dataclass
class MeansYear:
    """One fiscal year of a 達成手段's money: 予算額 and 執行額 (the budget table's unit)."""

    fiscal_year: int = year(required=True)
    budget: int | None = money()
    executed: int | None = money(("執行額", "Executed"))


@dataclass
class Means:
    """施策手段 (達成手段): a budget programme with its 行政事業レビュー事業番号.

    ``start_fiscal_year`` (開始年度) and ``years`` (予算額・執行額 per fiscal year) are the
    事前分析表's columns (spec/cycle.md)."""

    name: str = long_text()
    review_number: str = text(("行政事業レビュー事業番号", "Administrative review number"))
    summary: str = long_text()
    indicator_numbers: list[int] = items(INTEGER)
    start_fiscal_year: int | None = year(("開始年度", "Start year"))
    years: list[MeansYear] = rows(MeansYear)

    def year(self, fiscal_year: int) -> MeansYear | None:
        return next((y for y in self.years if y.fiscal_year == fiscal_year), None)


@dataclass
class Objective:
    """施策目標 with its indicators and means."""

    text: str = long_text()
    indicators: list[Indicator] = rows(Indicator)
    means: list[Means] = rows(Means)


@dataclass
class Verdict:
    """目標達成度合いの測定結果, 判断根拠 and 政策の分析."""

    category: str = choice(VERDICT_CATEGORIES)
    rationale: str = long_text(("（判断根拠）", "(Rationale)"))
    analysis: str = long_text(
        ("政策の分析（達成・未達成に関する要因分析）", "Analysis of achievement")
    )


@dataclass
class NextSteps:
    """次期目標等への反映の方向性."""

    measures: str = long_text(("【施策】", "[Measures]"))
    budget_request_fiscal_year: int | None = year()
    budget_request: str = text(("【予算要求】", "[Budget request]"))
    budget_reflection: str = long_text(
        ("予算概算要求への主な反映内容", "Reflection in the budget request")
    )
    institutional_reflection: str = long_text(
        (
            "税制、法令、組織、定員等への主な反映内容",
            "Reflection in tax, law, organisation, staffing",
        )
    )


@dataclass
class Gist:
    """The 評価書の要旨's shorter texts, where the evaluator writes them (blank: the report's own
    text is printed in full): 施策目標, 判断根拠, 政策の分析, 次期目標等への反映の方向性."""

    # labelled in places (models/report/places.py) as the parts they shorten
    objectives: str = long_text()
    rationale: str = long_text()
    analysis: str = long_text()
    next_steps: str = long_text()


@dataclass
class PlannedYear:
    """A 年度ごとの目標（値） as the fixed 事前分析表 published it."""

    fiscal_year: int = year(required=True)
    target: Number | None = number()
    target_text: str = long_text()


@dataclass
class PlannedPart:
    """A うち series as the fixed 事前分析表 published it: its 基準, 目標 and yearly targets."""

    name: str = long_text(required=True)
    baseline: Baseline = section(Baseline, BASELINE)
    target: Target = section(Target, TARGET)
    years: list[PlannedYear] = rows(PlannedYear)


@dataclass
class PlannedIndicator:
    """An indicator as the fixed 事前分析表 published it: what later changes are held against.

    ``criterion``, ``reason``, ``years`` and ``parts`` are recorded by plans fixed whole
    (:attr:`FixedPlan.whole`). ``change_reason`` is why the indicator is gone from the report
    (an indicator still there carries its reason itself)."""

    objective: int = integer(required=True)
    number: int = integer(required=True)
    name: str = long_text()
    criterion: str = long_text()
    reason: str = long_text()
    change_reason: str = long_text()
    baseline: Baseline = section(Baseline, BASELINE)
    target: Target = section(Target, TARGET)
    years: list[PlannedYear] = rows(PlannedYear)
    parts: list[PlannedPart] = rows(PlannedPart)


@dataclass
class PlannedBudget:
    """One fiscal year's 予算額 of a 達成手段 as the fixed 事前分析表 published it."""

    fiscal_year: int = year(required=True)
    budget: int | None = money()


@dataclass
class PlannedMeans:
    """A 達成手段 as the fixed 事前分析表 published it (matched to the report's by name).

    ``change_reason``: why its 予算額 changed or why it is gone (the report's means carry no
    reason of their own)."""

    objective: int = integer(required=True)
    name: str = long_text(required=True)
    review_number: str = text()
    change_reason: str = long_text()
    years: list[PlannedBudget] = rows(PlannedBudget)


@dataclass
class FixedPlan:
    """The 事前分析表 as published (``hyoka plan fix``): its date and its contents then.

    ``whole``: the plan records everything a reader of the 事前分析表 relied on (indicators'
    yearly targets, 目標達成基準, 選定理由, うち series, the means' 予算額, the
    政策評価実施予定時期); None for a plan fixed by an older hyoka, which recorded only 基準
    and 目標 (only those are compared). ``change_reason``: why the 政策評価実施予定時期 changed.
    Kept in the store as one JSON record (models/store/plan_column.py)."""

    fixed_on: date = local_date(required=True)
    whole: bool | None = boolean()
    planned_evaluation: str = text()
    change_reason: str = long_text()
    indicators: list[PlannedIndicator] = rows(PlannedIndicator)
    means: list[PlannedMeans] = rows(PlannedMeans)


@dataclass
class Report:
    """One 主要な政策に係る評価書."""

    key: str = report_key(required=True)
    ministry: str = text(("府省名", "Ministry"))
    document_id: str = text(("評価書番号", "Document number"))
    title: str = text()
    evaluated_fiscal_year: int | None = year(("評価対象年度", "Evaluated fiscal year"))
    policy_number: int | None = integer(("政策番号", "Policy number"))
    policy_name: str = text(("政策名", "Policy"), required=True)
    field: str = text(("分野", "Field"))
    overview: str = long_text(("政策の概要", "Overview"))
    final_outcome: str = long_text(("［最終アウトカム］", "[Final outcome]"))
    intermediate_outcomes: list[str] = items(
        TEXT, ("［中間アウトカム］", "[Intermediate outcomes]")
    )
    expert_knowledge: str = long_text(
        ("学識経験を有する者の知見等の活用", "Use of expert knowledge")
    )
    materials: str = long_text(
        ("政策評価を行う過程において使用した資料、データその他の情報", "Materials used")
    )
    bureau: str = text(("担当部局課室名", "Responsible bureau"))
    responsible: list[Responsible] = rows(
        Responsible, ("作成責任者名", "Responsible persons"), inline=True
    )
    evaluation_month: str = month(("政策評価実施時期", "Evaluated in"))
    planned_evaluation: str = text(("政策評価実施予定時期", "Planned evaluation time"))
    predecessor: str = report_key()
    stage: str = choice(
        STAGES, ("評価／モニタリング", "Evaluation or monitoring"), default=EVALUATION
    )
    # Sections: each its own table in a snapshot ([budget], [[objectives]] …).
    budget: Budget = section(Budget, ("政策の予算額・執行額等", "Budget and execution"))
    cabinet_policies: list[CabinetPolicy] = rows(
        CabinetPolicy,
        (
            "政策に関係する内閣の重要政策（施政方針演説等のうち主なもの）",
            "Related cabinet policies",
        ),
    )
    objectives: list[Objective] = rows(Objective)
    verdict: Verdict = section(Verdict, ("目標達成度合いの測定結果", "Degree of achievement"))
    next_steps: NextSteps = section(
        NextSteps, ("次期目標等への反映の方向性", "Direction for the next period")
    )
    plan: FixedPlan | None = optional_section(
        FixedPlan, ("事前分析表", "Pre-analysis table (plan)")
    )
    gist: Gist = section(Gist, ("評価書の要旨", "Summary of the report (要旨)"))

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
