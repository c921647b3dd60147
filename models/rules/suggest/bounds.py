"""How an actual is held against its target, and the two readings of "how close".

A target is a bound: **at least** (以上: an actual at or above it meets it) or **at most**
(以下: at or below). The indicator's ``bound`` key says which; without it, hyoka infers it
(docs/rules.md): increase → at least, decrease → at most, and maintain → at least, unless the
target is 0 or the indicator's texts say 以下／未満／以内 (「０件を維持」, 「100人以下を維持」).

Two readings of how close an actual is, both computed for every indicator (1.0 = target met):

- **from the baseline** (``from_baseline``): the share of the way from the baseline to the target
  covered, (actual − baseline) ÷ (target − baseline) for at least, mirrored for at most; undefined
  without a baseline that still had the way to go;
- **to the target** (``to_target``): actual ÷ target for at least, target ÷ actual for at most;
  undefined for a target of 0 or below that is missed (no ratio to zero says how close 3件 is
  to 0件: the figures say it, models/rules/suggest/readings.py).

Which one decides ロ/ハ is the ``[rules] close_basis`` setting (``to_target`` by default: the
guideline's ロ is 「目標（値）に近い実績」).
"""

from __future__ import annotations

import math
import re

from models.report.model import BOUNDS, Indicator, Number

AT_LEAST, AT_MOST = BOUNDS
_AT_MOST_WORDS = re.compile(r"以下|未満|以内")


def direction_of(indicator: Indicator) -> str:
    """The indicator's direction; blank means decrease if the target is below the baseline."""
    if indicator.direction in ("increase", "decrease", "maintain"):
        return indicator.direction
    b, t = indicator.baseline.value, indicator.target.value
    return "decrease" if b is not None and t is not None and t < b else "increase"


def _says_at_most(indicator: Indicator) -> bool:
    texts = [
        indicator.name,
        indicator.criterion,
        indicator.target.text,
        indicator.target.note,
        *(y.target_text for y in indicator.years),
    ]
    return any(_AT_MOST_WORDS.search(t) for t in texts if t)


def bound_of(indicator: Indicator, direction: str | None = None) -> tuple[str, bool]:
    """``(bound, inferred)``: the indicator's bound, and whether hyoka inferred it."""
    if indicator.bound in BOUNDS:
        return indicator.bound, False
    direction = direction or direction_of(indicator)
    if direction == "decrease":
        return AT_MOST, True
    if direction == "maintain" and (indicator.target.value == 0 or _says_at_most(indicator)):
        return AT_MOST, True
    return AT_LEAST, True


def meets(bound: str, target: Number, actual: Number) -> bool:
    return actual <= target if bound == AT_MOST else actual >= target


def to_target(bound: str, target: Number, actual: Number, maintain: bool) -> float | None:
    """The ratio of the actual to the target in the better direction (capped at 1 to maintain)."""
    rate: float | None
    if bound == AT_MOST:
        if actual <= 0:
            rate = 1.0 if actual <= target else None
        else:
            rate = target / actual if target > 0 else None
    elif target > 0:
        rate = actual / target
    else:  # no ratio to a target of 0 or below: only "kept at or above it" can be said
        rate = 1.0 if maintain and actual >= target else None
    if rate is not None and maintain:
        rate = min(rate, 1.0)
    return _finite(rate)


def from_baseline(
    bound: str, baseline: Number | None, target: Number, actual: Number
) -> float | None:
    """The share of the way from the baseline to the target covered; None if undefined."""
    if baseline is None:
        return None
    if bound == AT_MOST:
        return _finite((baseline - actual) / (baseline - target) if baseline > target else None)
    return _finite((actual - baseline) / (target - baseline) if baseline < target else None)


def _finite(rate: float | None) -> float | None:
    """No reading where a target too close to 0 (or to the baseline) overflows the ratio."""
    return rate if rate is None or math.isfinite(rate) else None


def gain_of(bound: str, baseline: Number | None, actual: Number) -> Number | None:
    """The improvement over the baseline in the better direction (None without a baseline)."""
    if baseline is None:
        return None
    return baseline - actual if bound == AT_MOST else actual - baseline
