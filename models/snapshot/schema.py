"""The ``hyoka/1`` snapshot format as data: which keys, in which order, of which type.

Reading and writing both walk these specs, so the importer's validation and the
exporter's key order can never drift apart. The order of fields here is the order of
the spec (docs/snapshot.md) and therefore the canonical writing order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from models.i18n import tr
from models.report import model as r
from models.report.key import KEY_PATTERN

SCHEMA = "hyoka/1"
MONTH_PATTERN = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
# Control characters other than tab and newline never enter the store: an escape
# sequence typed into a snapshot must not reach an evaluator's terminal through hyoka.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
INT_LIMIT = 2**63 - 1
YEAR_RANGE = (1868, 2200)


class Problem(Exception):
    """A value that does not fit its spec; the walker adds the key path."""


# ---------------------------------------------------------------- scalar kinds
@dataclass(frozen=True)
class Kind:
    """A scalar type: ``check`` returns the value or raises Problem; ``empty`` is TOML-absent."""

    check: Callable[[Any], Any]

    def is_empty(self, value: Any) -> bool:
        return value is None or value == ""


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise Problem(
            tr("文字列が必要です（{got}）", "expected a string (got {got})", got=_tname(value))
        )
    bad = CONTROL_CHARS.search(value)
    if bad:
        raise Problem(
            tr(
                "制御文字 U+{code:04X} は使えません（タブと改行のみ可）",
                "control character U+{code:04X} is not allowed (only tab and newline)",
                code=ord(bad.group()),
            )
        )
    return value


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Problem(
            tr("整数が必要です（{got}）", "expected an integer (got {got})", got=_tname(value))
        )
    if abs(value) > INT_LIMIT:
        raise Problem(tr("整数が大きすぎます", "integer out of range"))
    return value


def _year(value: Any) -> int:
    year = _integer(value)
    lo, hi = YEAR_RANGE
    if not lo <= year <= hi:
        raise Problem(
            tr(
                "西暦の年度が必要です（{lo}〜{hi}、例: 2021）: {got}",
                "expected a Western fiscal year ({lo}–{hi}, e.g. 2021): {got}",
                lo=lo,
                hi=hi,
                got=year,
            )
        )
    return year


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Problem(
            tr("数値が必要です（{got}）", "expected a number (got {got})", got=_tname(value))
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise Problem(tr("有限の数値が必要です", "expected a finite number"))
    if isinstance(value, int) and abs(value) > INT_LIMIT:
        raise Problem(tr("整数が大きすぎます", "integer out of range"))
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Problem(
            tr(
                "true か false が必要です（{got}）",
                "expected true or false (got {got})",
                got=_tname(value),
            )
        )
    return value


def _local_date(value: Any) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise Problem(
            tr(
                "日付が必要です（例: 2021-06-18）（{got}）",
                "expected a local date such as 2021-06-18 (got {got})",
                got=_tname(value),
            )
        )
    return value


def _pattern(regex: re.Pattern[str], example: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = _text(value)
        if text and not regex.fullmatch(text):
            raise Problem(
                tr(
                    "形式が違います（例: {ex}）: {got!r}",
                    "wrong form (e.g. {ex}): {got!r}",
                    ex=example,
                    got=text,
                )
            )
        return text

    return check


def _choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = _text(value)
        if text and text not in options:
            raise Problem(
                tr(
                    "次のいずれかが必要です: {opts}（{got!r}）",
                    "expected one of: {opts} (got {got!r})",
                    opts=", ".join(options),
                    got=text,
                )
            )
        return text

    return check


def _tname(value: Any) -> str:
    names = {
        str: "string",
        bool: "boolean",
        int: "integer",
        float: "float",
        list: "array",
        dict: "table",
    }
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, date):
        return "date"
    return names.get(type(value), type(value).__name__)


TEXT = Kind(_text)
INT = Kind(_integer)
YEAR = Kind(_year)
NUM = Kind(_number)
BOOL = Kind(_boolean)
DATE = Kind(_local_date)
MONTH = Kind(_pattern(MONTH_PATTERN, "2022-08"))
KEY = Kind(_pattern(KEY_PATTERN, "soumu-r4-08"))


def choice(options: tuple[str, ...]) -> Kind:
    return Kind(_choice(options))


# ---------------------------------------------------------------- compound specs
@dataclass(frozen=True)
class ListOf:
    """An array of scalars, e.g. ``notes`` or ``tags``."""

    item: Kind


@dataclass(frozen=True)
class Table:
    """A TOML table read into the dataclass ``cls``; ``fields`` in canonical order."""

    cls: type
    fields: tuple[tuple[str, Any], ...]
    required: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ArrayOf:
    """An array of tables, e.g. ``[[budget.years]]``; ``inline`` writes ``[{…}, …]`` instead."""

    table: Table
    inline: bool = False


Spec = Kind | ListOf | Table | ArrayOf


def table(cls: type, *fields: tuple[str, Any], required: tuple[str, ...] = ()) -> Table:
    return Table(cls, tuple(fields), frozenset(required))


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
PLANNED_INDICATOR = table(
    r.PlannedIndicator,
    ("objective", INT),
    ("number", INT),
    ("name", TEXT),
    ("baseline", BASELINE),
    ("target", TARGET),
    required=("objective", "number"),
)
# [plan]: the fixed 事前分析表; absent (None) until ``hyoka plan fix``.
PLAN = table(
    r.FixedPlan,
    ("fixed_on", DATE),
    ("indicators", ArrayOf(PLANNED_INDICATOR)),
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
