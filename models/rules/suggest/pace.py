"""The pace of a series whose target period is not over: is it on the way to its target?

The planned path runs from the baseline to the target through the 事前分析表's 年度ごとの目標
(yearly targets) where there are any, straight between them. Each point sits at a moment:

- a target (yearly or final) is due at the **end** of its fiscal year (「令和５年度末までに」);
- an actual sits at its ``as_of`` date (〇〇現在) where it has one, else at the end of its year:
  an R3.4.1 figure is the start of 令和３年度, not its end;
- the baseline sits at the start of its year when the series' actuals are dated at the start of
  theirs (the sample's 平成30年度 1,067団体 is the H30.4.1 figure: its R1.4.1 figure is 1,182),
  else at the end.

Pace = the actual's progress ÷ the progress the path plans by the actual's moment, both from the
baseline, whichever reading ``close_basis`` names for the marks: the ratio of the actual to the
planned value would call a series that barely left a high baseline "close" (1,010 of a planned
1,300 is 78%, for 10 of 300 gained). Only without a usable baseline (none, or a maintain
indicator) is the pace the actual ÷ the planned value, in the better direction. Trend: ≥ 1
on-track, ≥ ``close_ratio`` close, below behind; no gain over the baseline is no-gain; anything
unmeasurable is unknown.
"""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

from models.report.model import Baseline, IndicatorYear, Number, Target
from models.rules.settings import RuleSettings
from models.rules.suggest.bounds import AT_MOST, meets, to_target

_EPS = 1e-9


class Series(Protocol):
    """An indicator or one of its うち parts: what a pace is measured from."""

    baseline: Baseline
    target: Target
    years: list[IndicatorYear]


@lru_cache(maxsize=4096)  # a few as-of dates in use; check --all reads each thousands of times
def _months(d: date) -> float:
    """A date as months since year 0 (1 April 2021 → 2021·12 + 3)."""
    days = calendar.monthrange(d.year, d.month)[1]
    return d.year * 12 + d.month - 1 + (d.day - 1) / days


def _start(fiscal_year: int) -> float:
    return fiscal_year * 12 + 3.0


def end_of(fiscal_year: int) -> float:
    """The end of a fiscal year as months since year 0 (when its targets are due)."""
    return (fiscal_year + 1) * 12 + 3.0


def planned(series: Series, target: Number, at: float) -> tuple[float, Number] | None:
    """``(share of the period gone, planned value)`` at moment ``at``; None before any plan."""
    base = series.baseline
    if base.fiscal_year is None or series.target.fiscal_year is None:
        return None
    start = _start(base.fiscal_year) if _at_start(series.years) else end_of(base.fiscal_year)
    end = end_of(series.target.fiscal_year)
    if end <= start or at <= start:
        return None
    points: list[tuple[float, Number | None]] = [(start, base.value)]
    for y in series.years:
        due = end_of(y.fiscal_year)
        if y.target is not None and start < due < end:
            points.append((due, y.target))
    points.append((end, target))
    points.sort(key=lambda p: p[0])
    share = min((at - start) / (end - start), 1.0)
    if at >= end:
        return share, target
    for (t0, v0), (t1, v1) in pairwise(points):
        if t0 <= at <= t1:
            if v0 is None:  # no baseline value: only a yearly target due by then can plan
                return None
            assert v1 is not None
            return share, v0 + (v1 - v0) * (at - t0) / (t1 - t0)
    return None


def _at_start(years: list[IndicatorYear]) -> bool:
    for y in years:
        if y.as_of is not None:
            m = _months(y.as_of)
            if _start(y.fiscal_year) - 1 <= m < _start(y.fiscal_year) + 3:
                return True
    return False


def moment(year: IndicatorYear) -> float:
    """When an actual was taken: its as-of date, else the end of its fiscal year."""
    return _months(year.as_of) if year.as_of is not None else end_of(year.fiscal_year)


def pace_of(
    series: Series,
    bound: str,
    maintain: bool,
    year: IndicatorYear,
    target: Number,
    gain: Number | None,
    settings: RuleSettings,
) -> tuple[float | None, str]:
    """The series' pace and trend word (see the module docstring)."""
    actual = year.actual
    if actual is None:
        return None, "unknown"
    if not maintain and gain is not None and gain <= 0:
        return None, "no-gain"
    plan = planned(series, target, moment(year))
    if plan is None:
        return None, "unknown"
    _, expected = plan
    baseline = series.baseline.value
    pace: float | None = None
    if not maintain and baseline is not None:
        due = (baseline - expected) if bound == AT_MOST else (expected - baseline)
        if due > 0 and gain is not None:
            pace = gain / due
    if pace is None:
        pace = to_target(bound, expected, actual, maintain)
    if pace is None and maintain:  # a level of 0 kept, or not: no ratio to zero says more
        pace = 1.0 if meets(bound, expected, actual) else 0.0
    if pace is None:
        return None, "unknown"
    if pace <= 0:
        return pace, "no-gain"
    if pace >= 1 - _EPS:
        return pace, "on-track"
    return pace, "close" if pace >= settings.close_ratio - _EPS else "behind"
