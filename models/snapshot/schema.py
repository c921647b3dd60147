"""The ``hyoka/1`` snapshot format as data: which keys, in which order, of which type.

Reading and writing both walk these specs, so the importer's validation and the
exporter's key order can never drift apart. The order of fields here is the order of
the spec (docs/snapshot.md) and therefore the canonical writing order.
"""

from __future__ import annotations

from models.report import model as r
from models.snapshot.kinds import (
    BOOL,
    DATE,
    INT,
    KEY,
    MONTH,
    NUM,
    TEXT,
    YEAR,
    ArrayOf,
    ListOf,
    Spec,
    choice,
    table,
)

RESPONSIBLE = table(r.Responsible, ("title", TEXT), ("name", TEXT))
BUDGET_YEAR = table(
    r.BudgetYear,
    ("fiscal_year", YEAR),
    ("initial", INT),
    ("supplementary", INT),
    ("carryover", INT),
    ("total", INT),
    ("executed", INT),
    required=("fiscal_year",),
)
BUDGET = table(
    r.Budget,
    ("unit", choice(r.BUDGET_UNITS)),
    ("notes", ListOf(TEXT)),
    ("years", ArrayOf(BUDGET_YEAR)),
)
CABINET_POLICY = table(r.CabinetPolicy, ("name", TEXT), ("date", DATE), ("excerpt", TEXT))
BASELINE = table(
    r.Baseline,
    ("fiscal_year", YEAR),
    ("value", NUM),
    ("numerator", NUM),
    ("denominator", NUM),
    ("text", TEXT),
    ("note", TEXT),
)
TARGET = table(
    r.Target,
    ("fiscal_year", YEAR),
    ("value", NUM),
    ("approximate", BOOL),
    ("text", TEXT),
    ("note", TEXT),
)
INDICATOR_YEAR = table(
    r.IndicatorYear,
    ("fiscal_year", YEAR),
    ("target", NUM),
    ("target_text", TEXT),
    ("actual", NUM),
    ("numerator", NUM),
    ("denominator", NUM),
    ("actual_text", TEXT),
    ("as_of", DATE),
    ("note", TEXT),
    required=("fiscal_year",),
)
INDICATOR_PART = table(
    r.IndicatorPart,
    ("name", TEXT),
    ("unit", TEXT),
    ("baseline", BASELINE),
    ("target", TARGET),
    ("years", ArrayOf(INDICATOR_YEAR)),
    required=("name",),
)
INDICATOR = table(
    r.Indicator,
    ("number", INT),
    ("main", BOOL),
    ("kind", choice(r.INDICATOR_KINDS)),
    ("name", TEXT),
    ("tags", ListOf(TEXT)),
    ("unit", TEXT),
    ("direction", choice(r.DIRECTIONS)),
    ("bound", choice(r.BOUNDS)),
    ("cumulative", BOOL),
    ("qualitative", BOOL),
    ("criterion", TEXT),
    ("mark", choice(r.MARKS)),
    ("drop_next", BOOL),
    ("reason", TEXT),
    ("change_reason", TEXT),
    ("baseline", BASELINE),
    ("target", TARGET),
    ("years", ArrayOf(INDICATOR_YEAR)),
    ("parts", ArrayOf(INDICATOR_PART)),
    required=("number", "name"),
)
MEANS_YEAR = table(
    r.MeansYear,
    ("fiscal_year", YEAR),
    ("budget", INT),
    ("executed", INT),
    required=("fiscal_year",),
)
MEANS = table(
    r.Means,
    ("name", TEXT),
    ("review_number", TEXT),
    ("summary", TEXT),
    ("indicator_numbers", ListOf(INT)),
    ("start_fiscal_year", YEAR),
    ("years", ArrayOf(MEANS_YEAR)),
)
OBJECTIVE = table(
    r.Objective,
    ("text", TEXT),
    ("indicators", ArrayOf(INDICATOR)),
    ("means", ArrayOf(MEANS)),
)
VERDICT = table(
    r.Verdict,
    ("category", choice(r.VERDICT_CATEGORIES)),
    ("rationale", TEXT),
    ("analysis", TEXT),
)
NEXT_STEPS = table(
    r.NextSteps,
    ("measures", TEXT),
    ("budget_request_fiscal_year", YEAR),
    ("budget_request", TEXT),
    ("budget_reflection", TEXT),
    ("institutional_reflection", TEXT),
)
PLANNED_YEAR = table(
    r.PlannedYear,
    ("fiscal_year", YEAR),
    ("target", NUM),
    ("target_text", TEXT),
    required=("fiscal_year",),
)
PLANNED_PART = table(
    r.PlannedPart,
    ("name", TEXT),
    ("baseline", BASELINE),
    ("target", TARGET),
    ("years", ArrayOf(PLANNED_YEAR)),
    required=("name",),
)
PLANNED_INDICATOR = table(
    r.PlannedIndicator,
    ("objective", INT),
    ("number", INT),
    ("name", TEXT),
    ("criterion", TEXT),
    ("reason", TEXT),
    ("change_reason", TEXT),
    ("baseline", BASELINE),
    ("target", TARGET),
    ("years", ArrayOf(PLANNED_YEAR)),
    ("parts", ArrayOf(PLANNED_PART)),
    required=("objective", "number"),
)
PLANNED_BUDGET = table(
    r.PlannedBudget,
    ("fiscal_year", YEAR),
    ("budget", INT),
    required=("fiscal_year",),
)
PLANNED_MEANS = table(
    r.PlannedMeans,
    ("objective", INT),
    ("name", TEXT),
    ("review_number", TEXT),
    ("change_reason", TEXT),
    ("years", ArrayOf(PLANNED_BUDGET)),
    required=("objective", "name"),
)
# [plan]: the fixed 事前分析表; absent (None) until ``hyoka plan fix``. A plan fixed before
# ``whole`` existed holds only fixed_on and its indicators' baseline and target.
PLAN = table(
    r.FixedPlan,
    ("fixed_on", DATE),
    ("whole", BOOL),
    ("planned_evaluation", TEXT),
    ("change_reason", TEXT),
    ("indicators", ArrayOf(PLANNED_INDICATOR)),
    ("means", ArrayOf(PLANNED_MEANS)),
    required=("fixed_on",),
)
# [report]: the header keys of Report (everything but the sections below).
REPORT_HEADER = table(
    r.Report,
    ("key", KEY),
    ("ministry", TEXT),
    ("document_id", TEXT),
    ("title", TEXT),
    ("evaluated_fiscal_year", YEAR),
    ("policy_number", INT),
    ("policy_name", TEXT),
    ("field", TEXT),
    ("overview", TEXT),
    ("final_outcome", TEXT),
    ("intermediate_outcomes", ListOf(TEXT)),
    ("expert_knowledge", TEXT),
    ("materials", TEXT),
    ("bureau", TEXT),
    ("responsible", ArrayOf(RESPONSIBLE, inline=True)),
    ("evaluation_month", MONTH),
    ("planned_evaluation", TEXT),
    ("predecessor", KEY),
    required=("key", "policy_name"),
)
# The top-level sections after [report], each an attribute of Report of the same name.
SECTIONS: tuple[tuple[str, Spec], ...] = (
    ("budget", BUDGET),
    ("cabinet_policies", ArrayOf(CABINET_POLICY)),
    ("objectives", ArrayOf(OBJECTIVE)),
    ("verdict", VERDICT),
    ("next_steps", NEXT_STEPS),
    ("plan", PLAN),
)
