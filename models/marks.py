"""A suggested 達成 mark (イ/ロ/ハ/－) per indicator, from its numbers.

This is hyoka's own documented reading (see docs/rules.md); the evaluator's mark always wins.

Achievement rate (1.0 = target reached):

- increase, with a baseline below the target: (actual − baseline) ÷ (target − baseline)
- decrease, with a baseline above the target: (baseline − actual) ÷ (baseline − target)
- increase without a usable baseline: actual ÷ target
- decrease without a usable baseline: target ÷ actual
- maintain: actual ÷ target, capped at 1.0 (keeping the level is the whole aim)

The actual is the one of the target year, else that of the latest year up to the evaluated
fiscal year. A target year after the evaluated year suggests －; a qualitative indicator gets no
suggestion. Rate ≥ 1 → イ, rate ≥ ``close_ratio`` → ロ, below → ハ.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.report import Indicator, IndicatorYear, Number
from models.rule_settings import RuleSettings

__all__ = [
    "MarkSuggestion",
    "RuleSettings",
    "achievement_rate",
    "actual_year",
    "direction_of",
    "mark_for_rate",
    "suggest_mark",
]

_EPS = 1e-9


@dataclass(frozen=True)
class MarkSuggestion:
    """What the numbers say about one indicator.

    ``mark`` is None when no suggestion can be made; ``reason`` says why, in a stable word:
    ``"computed"``, ``"target-year-ahead"``, ``"qualitative"``, ``"no-target"``,
    ``"no-actual"`` or ``"inconsistent"`` (target on the wrong side of the baseline).
    ``gain`` is the improvement over the baseline in the better direction (None without one).
    """

    mark: str | None
    reason: str
    rate: float | None = None
    fiscal_year: int | None = None
    actual: Number | None = None
    target: Number | None = None
    gain: Number | None = None


def direction_of(indicator: Indicator) -> str:
    """The indicator's direction; blank means decrease if the target is below the baseline."""
    if indicator.direction in ("increase", "decrease", "maintain"):
        return indicator.direction
    b, t = indicator.baseline.value, indicator.target.value
    return "decrease" if b is not None and t is not None and t < b else "increase"


def achievement_rate(
    direction: str, baseline: Number | None, target: Number, actual: Number
) -> float | None:
    """Progress toward the target as a fraction (1.0 = reached); None when undefined."""
    if direction == "maintain":
        return min(actual / target, 1.0) if target > 0 else (1.0 if actual >= target else None)
    if direction == "decrease":
        if baseline is not None and baseline > target:
            return (baseline - actual) / (baseline - target)
        if baseline is not None and baseline < target:
            return None
        if actual > 0:
            return target / actual
        return 1.0 if actual <= target else None
    if baseline is not None and baseline < target:
        return (actual - baseline) / (target - baseline)
    if baseline is not None and baseline > target:
        return None
    return actual / target if target > 0 else None


def mark_for_rate(rate: float, settings: RuleSettings) -> str:
    if rate >= 1 - _EPS:
        return "イ"
    if rate >= settings.close_ratio - _EPS:
        return "ロ"
    return "ハ"


def actual_year(indicator: Indicator, evaluated_fiscal_year: int | None) -> IndicatorYear | None:
    """The year whose actual counts: the target year's, else the latest up to the evaluated year."""
    with_actual = [y for y in indicator.years if y.actual is not None]
    target_year = indicator.target.fiscal_year
    if target_year is not None and (
        evaluated_fiscal_year is None or target_year <= evaluated_fiscal_year
    ):
        exact = next((y for y in with_actual if y.fiscal_year == target_year), None)
        if exact is not None:
            return exact
    if evaluated_fiscal_year is not None:
        with_actual = [y for y in with_actual if y.fiscal_year <= evaluated_fiscal_year]
    return max(with_actual, key=lambda y: y.fiscal_year, default=None)


def _gain(direction: str, baseline: Number | None, actual: Number) -> Number | None:
    if baseline is None:
        return None
    return baseline - actual if direction == "decrease" else actual - baseline


def suggest_mark(
    indicator: Indicator,
    evaluated_fiscal_year: int | None,
    settings: RuleSettings | None = None,
) -> MarkSuggestion:
    """The mark the numbers suggest for ``indicator`` in a report evaluating that fiscal year."""
    settings = settings or RuleSettings()
    if indicator.qualitative:
        return MarkSuggestion(None, "qualitative")
    year = actual_year(indicator, evaluated_fiscal_year)
    target = indicator.target.value
    if target is None and year is not None:
        target = year.target
    ahead = (
        indicator.target.fiscal_year is not None
        and evaluated_fiscal_year is not None
        and indicator.target.fiscal_year > evaluated_fiscal_year
    )
    if year is None or year.actual is None:
        if ahead:
            return MarkSuggestion("－", "target-year-ahead")
        return MarkSuggestion(None, "no-actual")
    direction = direction_of(indicator)
    baseline = indicator.baseline.value
    mark: str | None
    rate = None if target is None else achievement_rate(direction, baseline, target, year.actual)
    if ahead:
        mark, reason = "－", "target-year-ahead"
    elif target is None:
        mark, reason = None, "no-target"
    elif rate is None:
        mark, reason = None, "inconsistent"
    else:
        mark, reason = mark_for_rate(rate, settings), "computed"
    return MarkSuggestion(
        mark,
        reason,
        rate=rate,
        fiscal_year=year.fiscal_year,
        actual=year.actual,
        target=target,
        gain=_gain(direction, baseline, year.actual),
    )
