"""Where a series' trend leads by its target year: the evidence an evaluator writes 判断根拠 from
(「このペースなら令和５年度末に約1,730団体（目標 約1,600団体）」).

For a series — an indicator's own figures or one of its うち parts — whose target year is after the
evaluated year, with two or more actuals up to the evaluated year:

- **the line**: least squares through the actuals, each at its moment (its as-of date, else the
  end of its fiscal year: models/rules/suggest/pace.py), read at the moment the target is due (the
  end of the target year, 「令和５年度末までに」). ``method`` is ``"least_squares"``;
- **held within what the series can be**: a cumulative (累計) series never falls below its latest
  running total; a series whose actuals are all ≥ 0 is not projected below 0; a percentage whose
  actuals all lie in 0–100 is not projected beyond 100 (``limit`` names the bound that held it);
- **the gap** to the target (the target's value, else the target year's 年度ごとの目標), in the
  better direction: positive when the trend reaches beyond it;
- **the last yearly target**: where the 事前分析表 gives 年度ごとの目標 before the target year, the
  latest of them against the year's actual, or the trend's value at the end of that year when the
  actual is not in yet (``yearly``).

A qualitative indicator, a series with fewer than two actuals or whose target year has come gets
no projection. Pure functions of the series: no settings, no report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from models.i18n import tr
from models.report.eras import fy_label
from models.report.model import IndicatorYear, Number
from models.rules.suggest.bounds import AT_MOST
from models.rules.suggest.pace import Series, end_of, moment
from models.rules.suggest.readings import figure

METHOD = "least_squares"


@dataclass(frozen=True)
class YearlyGap:
    """The last 年度ごとの目標 before the target year, against the year's actual or the trend."""

    fiscal_year: int
    target: Number
    value: float
    source: str  # "actual" (the year's own figure) or "trend" (the line at the end of the year)
    gap: float  # value − target in the better direction: positive is ahead of the plan

    def to_dict(self) -> dict[str, object]:
        return {
            "fiscal_year": self.fiscal_year,
            "target": self.target,
            "value": _plain(self.value),
            "source": self.source,
            "gap": _plain(self.gap),
        }


@dataclass(frozen=True)
class Projection:
    """The value the series' trend reaches by the end of its target year."""

    value: float
    fiscal_year: int  # the target year
    method: str
    actuals: int  # how many actuals the line runs through
    target: Number | None  # what the value is held against (None: no target value)
    gap: float | None  # value − target in the better direction
    limit: str  # "" or the bound that held the line: "cumulative", "zero", "percent"
    yearly: YearlyGap | None = None
    unit: str = ""
    approximate: bool = False  # the target is 約

    def to_dict(self) -> dict[str, object]:
        return {
            "value": _plain(self.value),
            "fiscal_year": self.fiscal_year,
            "method": self.method,
            "actuals": self.actuals,
            "target": self.target,
            "gap": None if self.gap is None else _plain(self.gap),
            "limit": self.limit or None,
            "yearly": None if self.yearly is None else self.yearly.to_dict(),
        }


def _plain(x: float) -> float:
    """A value for JSON without float noise (1731.8333333333333 → 1731.8333)."""
    return round(x, 4)


def fit(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """``(slope, intercept)`` of the least-squares line through ``points``; None for fewer than
    two distinct moments. (Plain sums: a series has a handful of points, and ``check --all``
    fits thousands of them.)"""
    n = len(points)
    if n < 2:
        return None
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sxy = 0.0
    for x, y in points:
        dx = x - mx
        sxx += dx * dx
        sxy += dx * (y - my)
    if sxx <= 0:
        return None
    slope = sxy / sxx
    return slope, my - slope * mx


def project(
    series: Series,
    evaluated: int | None,
    bound: str,
    *,
    cumulative: bool = False,
    qualitative: bool = False,
    unit: str = "",
) -> Projection | None:
    """The projection of ``series`` (see the module docstring), or None."""
    target_year = series.target.fiscal_year
    if qualitative or evaluated is None or target_year is None or target_year <= evaluated:
        return None
    rows = [y for y in series.years if y.actual is not None and y.fiscal_year <= evaluated]
    if len(rows) < 2:
        return None
    points = [(moment(y), float(y.actual)) for y in rows]  # type: ignore[arg-type]
    line = fit(points)
    if line is None:
        return None
    slope, intercept = line
    value, limit = _held(slope * end_of(target_year) + intercept, rows, cumulative, unit)
    target = _target(series)
    gap = None if target is None else _better(bound, value - target)
    if not math.isfinite(value) or (gap is not None and not math.isfinite(gap)):
        return None  # figures at the float's limits: no line worth writing
    yearly = _yearly(series, rows, line, bound, cumulative, unit)
    return Projection(
        value=value,
        fiscal_year=target_year,
        method=METHOD,
        actuals=len(points),
        target=target,
        gap=gap,
        limit=limit,
        yearly=yearly,
        unit=unit,
        approximate=bool(series.target.approximate),
    )


def _target(series: Series) -> Number | None:
    if series.target.value is not None:
        return series.target.value
    row = next((y for y in series.years if y.fiscal_year == series.target.fiscal_year), None)
    return None if row is None else row.target


def _better(bound: str, difference: float) -> float:
    return -difference if bound == AT_MOST else difference


def _held(
    value: float, rows: list[IndicatorYear], cumulative: bool, unit: str
) -> tuple[float, str]:
    """``value`` within what the series can be, and the bound that held it ("" if none)."""
    if cumulative:
        latest = max(rows, key=lambda y: y.fiscal_year).actual
        assert latest is not None
        if value < latest:
            return float(latest), "cumulative"
    if value < 0 and all(y.actual >= 0 for y in rows):  # type: ignore[operator]
        return 0.0, "zero"
    if value > 100 and _is_percent(unit) and all(0 <= y.actual <= 100 for y in rows):  # type: ignore[operator]
        return 100.0, "percent"
    return value, ""


def _is_percent(unit: str) -> bool:
    return "%" in unit or "％" in unit


def _yearly(
    series: Series,
    rows: list[IndicatorYear],
    line: tuple[float, float],
    bound: str,
    cumulative: bool,
    unit: str,
) -> YearlyGap | None:
    target_year = series.target.fiscal_year
    assert target_year is not None
    last: IndicatorYear | None = None
    for y in series.years:
        if y.target is not None and y.fiscal_year < target_year:
            if last is None or y.fiscal_year > last.fiscal_year:
                last = y
    if last is None or last.target is None:
        return None
    if last.actual is not None and any(r is last for r in rows):
        value, source = float(last.actual), "actual"
    else:
        slope, intercept = line
        value = _held(slope * end_of(last.fiscal_year) + intercept, rows, cumulative, unit)[0]
        source = "trend"
    if not math.isfinite(value - last.target):
        return None
    return YearlyGap(
        last.fiscal_year, last.target, value, source, _better(bound, value - last.target)
    )


# ---- words ------------------------------------------------------------------------------------


def about(value: float) -> Number:
    """A projected value to three significant figures, as an estimate is written (1,731.8 →
    1,730; 98.76 → 98.8; 0.1234 → 0.123)."""
    if value == 0 or not math.isfinite(value):
        return 0
    digits = math.floor(math.log10(abs(value))) + 1
    places = 3 - digits
    if places <= 0:
        return int(round(value, places))
    rounded = round(value, min(places, 3))
    return int(rounded) if rounded == int(rounded) else rounded


def words(p: Projection) -> str:
    """「このペースなら令和５年度末に約1,730団体（目標 約1,600団体）」, and the last yearly target's
    line where there is one."""
    reach = figure(about(p.value), p.unit, approximate=True)
    target = (
        tr("（目標 {t}）", " (target {t})", t=figure(p.target, p.unit, p.approximate))
        if p.target is not None
        else ""
    )
    text = tr(
        "このペースなら{fy}末に{v}{t}",
        "at this pace, {v} by the end of {fy}{t}",
        fy=fy_label(p.fiscal_year),
        v=reach,
        t=target,
    )
    if p.yearly is None:
        return text
    y = p.yearly
    planned = figure(y.target, p.unit)
    if y.source == "actual":
        yearly = tr(
            "{fy}の年度ごとの目標 {t}に対し 実績 {v}",
            "{fy}'s yearly target {t}, actual {v}",
            fy=fy_label(y.fiscal_year),
            t=planned,
            v=figure(y.value if y.value != int(y.value) else int(y.value), p.unit),
        )
    else:
        yearly = tr(
            "{fy}の年度ごとの目標 {t}に対し このペースなら{v}",
            "{fy}'s yearly target {t}; at this pace {v}",
            fy=fy_label(y.fiscal_year),
            t=planned,
            v=figure(about(y.value), p.unit, approximate=True),
        )
    return text + tr("。", "; ") + yearly
