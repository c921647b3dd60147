"""A suggested 達成 mark (イ/ロ/ハ/－) per indicator, from its numbers and its うち series.

This is hyoka's own documented reading (see docs/rules.md); the evaluator's mark always wins.

For the indicator's own figures and for each of its うち parts (a *series*), with the bound of
models/rules/suggest/bounds.py (at least / at most, inferred when not stated):

- the actual is the one of the target year, else that of the latest year up to the evaluated
  fiscal year (``stale`` when the target year has come without its actual);
- both readings are computed, ``to_target`` and ``from_baseline``; ``rate`` is the one the
  ``close_basis`` setting names (the other where it is undefined);
- a target year after the evaluated year suggests －, and the pace toward the target is measured
  (models/rules/suggest/pace.py); a qualitative indicator gets no suggestion;
- rate ≥ 1 → イ, rate ≥ ``close_ratio`` → ロ, below → ハ; where neither reading exists (a
  target of 0 missed, with no baseline to measure the way from), met → イ and missed → ハ.
  ``in_figures``: the ratio to the target is better said in figures (a target of 0, a maintained
  count: 「目標 0件に対し 3件」, models/rules/suggest/readings.py).

The indicator's suggestion is the weakest of its series (ハ < ロ < － < イ), its trend the weakest
measurable one; ``held_by`` names the part that holds it back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from models.report.model import Indicator, IndicatorPart, IndicatorYear, Number
from models.rules.settings import RuleSettings
from models.rules.suggest.bounds import (
    bound_of,
    direction_of,
    from_baseline,
    gain_of,
    meets,
    to_target,
)
from models.rules.suggest.pace import Series, pace_of
from models.rules.suggest.projection import Projection, project

__all__ = [
    "MarkSuggestion",
    "RuleSettings",
    "actual_year",
    "direction_of",
    "mark_for_rate",
    "suggest_mark",
]

_EPS = 1e-9
_MARK_RANK = {"ハ": 0, "ロ": 1, "－": 2, "イ": 3}
TREND_RANK = {"no-gain": 0, "behind": 1, "close": 2, "on-track": 3}


@dataclass(frozen=True)
class MarkSuggestion:
    """What the numbers say about one indicator (or one of its うち series).

    ``mark`` is None when no suggestion can be made; ``reason`` says why, in a stable word:
    ``"computed"``, ``"target-year-ahead"``, ``"qualitative"``, ``"no-target"``,
    ``"no-actual"`` or ``"inconsistent"`` (target on the wrong side of the baseline).
    ``rate`` is the reading named by ``basis``; ``to_target`` and ``from_baseline`` are both
    readings. ``gain`` is the improvement over the baseline in the better direction. ``stale``:
    the target year has come but has no actual, so ``fiscal_year`` is an earlier year.
    ``unit`` and ``approximate`` (約) are the series'; ``in_figures``: the target is 0 or a
    maintained count, so the ratio to it is said in figures. ``projection``: where the series'
    trend leads by its target year, for a target year ahead (models/rules/suggest/projection.py).
    For an indicator, ``mark`` and ``trend`` are the weakest of its own series and ``parts``;
    ``own_mark`` / ``own_trend`` / ``own_pace`` are its own series' and ``held_by`` names the
    part that holds it back.
    """

    mark: str | None
    reason: str
    rate: float | None = None
    fiscal_year: int | None = None
    actual: Number | None = None
    target: Number | None = None
    gain: Number | None = None
    to_target: float | None = None
    from_baseline: float | None = None
    basis: str = ""
    bound: str = ""
    bound_inferred: bool = False
    target_year: int | None = None
    stale: bool = False
    pace: float | None = None
    trend: str | None = None
    name: str = ""
    own_mark: str | None = None
    own_trend: str | None = None
    own_pace: float | None = None
    parts: tuple[MarkSuggestion, ...] = ()
    held_by: str | None = None
    unit: str = ""
    approximate: bool = False
    in_figures: bool = False
    projection: Projection | None = None

    def holding(self) -> MarkSuggestion:
        """The series whose figures give the indicator's mark: a part, or the indicator's own."""
        return next((p for p in self.parts if p.name == self.held_by), self)

    def lowest_rate(self) -> float | None:
        rates = [s.rate for s in (self, *self.parts) if s.rate is not None]
        return min(rates) if rates else None


def _inconsistent(direction: str, baseline: Number | None, target: Number) -> bool:
    if baseline is None:
        return False
    return (direction == "increase" and baseline > target) or (
        direction == "decrease" and baseline < target
    )


def mark_for_rate(rate: float, settings: RuleSettings) -> str:
    if rate >= 1 - _EPS:
        return "イ"
    if rate >= settings.close_ratio - _EPS:
        return "ロ"
    return "ハ"


def _actual_year(series: Series, evaluated: int | None) -> tuple[IndicatorYear | None, bool]:
    """The year whose actual counts, and whether the target year came without its actual."""
    with_actual = [y for y in series.years if y.actual is not None]
    target_year = series.target.fiscal_year
    due = target_year is not None and (evaluated is None or target_year <= evaluated)
    if due:
        exact = next((y for y in with_actual if y.fiscal_year == target_year), None)
        if exact is not None:
            return exact, False
    if evaluated is not None:
        with_actual = [y for y in with_actual if y.fiscal_year <= evaluated]
    found = max(with_actual, key=lambda y: y.fiscal_year, default=None)
    return found, due and found is not None


def actual_year(indicator: Indicator, evaluated_fiscal_year: int | None) -> IndicatorYear | None:
    """The year whose actual counts: the target year's, else the latest up to the evaluated year."""
    return _actual_year(indicator, evaluated_fiscal_year)[0]


def _series(
    series: Series,
    ind: Indicator,
    direction: str,
    bound: tuple[str, bool],
    evaluated: int | None,
    settings: RuleSettings,
    name: str = "",
    unit: str = "",
) -> MarkSuggestion:
    """The suggestion for one series of ``ind`` (its own figures, or a part's, in ``unit``)."""
    target_year = series.target.fiscal_year
    common = {
        "bound": bound[0],
        "bound_inferred": bound[1],
        "target_year": target_year,
        "unit": unit,
        "approximate": bool(series.target.approximate),
    }
    if ind.qualitative:
        return MarkSuggestion(None, "qualitative", name=name, **common)  # type: ignore[arg-type]
    year, stale = _actual_year(series, evaluated)
    target = series.target.value
    if target is None and year is not None:
        target = year.target
    ahead = target_year is not None and evaluated is not None and target_year > evaluated
    if year is None or year.actual is None:
        dash, why = ("－", "target-year-ahead") if ahead else (None, "no-actual")
        return MarkSuggestion(dash, why, name=name, own_mark=dash, **common)  # type: ignore[arg-type]
    actual = year.actual
    baseline = series.baseline.value
    maintain = direction == "maintain"
    tt = fb = rate = None
    basis = ""
    inconsistent = target is not None and _inconsistent(direction, baseline, target)
    if target is not None and not inconsistent:
        tt = to_target(bound[0], target, actual, maintain)
        fb = None if maintain else from_baseline(bound[0], baseline, target, actual)
        first, second = (fb, tt) if settings.close_basis == "from_baseline" else (tt, fb)
        rate, basis = (first, settings.close_basis) if first is not None else (second, "")
        if rate is not None and not basis:
            basis = "to_target" if settings.close_basis == "from_baseline" else "from_baseline"
    gain = gain_of(bound[0], baseline, actual)
    mark: str | None
    if ahead:
        mark, reason = "－", "target-year-ahead"
    elif target is None:
        mark, reason = None, "no-target"
    elif inconsistent:
        mark, reason = None, "inconsistent"
    elif rate is None:  # no ratio to a target of 0 and no way from a baseline: met or not
        mark, reason = ("イ" if meets(bound[0], target, actual) else "ハ"), "computed"
    else:
        mark, reason = mark_for_rate(rate, settings), "computed"
    pace, trend = None, None
    if (ahead or ind.mark == "－") and target is not None and not inconsistent:
        pace, trend = pace_of(series, bound[0], maintain, year, target, gain, settings)
    projection = (
        project(series, evaluated, bound[0], cumulative=bool(ind.cumulative), unit=unit)
        if ahead
        else None
    )
    return MarkSuggestion(
        mark,
        reason,
        rate=rate,
        fiscal_year=year.fiscal_year,
        actual=actual,
        target=target,
        gain=gain,
        to_target=tt,
        from_baseline=fb,
        basis=basis,
        stale=stale,
        pace=pace,
        trend=trend,
        name=name,
        own_mark=mark,
        own_trend=trend,
        own_pace=pace,
        in_figures=target is not None and _in_figures(target, maintain, unit),
        projection=projection,
        **common,  # type: ignore[arg-type]
    )


def _in_figures(target: Number, maintain: bool, unit: str) -> bool:
    """The ratio to the target is better said in figures: a target of 0 (no ratio to zero) or
    a maintained count (「100人以下を維持」: 目標 100人に対し 120人, not 83.3%)."""
    return target == 0 or (maintain and "%" not in unit and "％" not in unit)


def _part_series(ind: Indicator, part: IndicatorPart) -> IndicatorPart:
    """The part with the indicator's baseline and target years where its own are blank."""
    b, t = part.baseline, part.target
    if b.fiscal_year is None and ind.baseline.fiscal_year is not None:
        b = replace(b, fiscal_year=ind.baseline.fiscal_year)
    if t.fiscal_year is None and ind.target.fiscal_year is not None:
        t = replace(t, fiscal_year=ind.target.fiscal_year)
    if b is part.baseline and t is part.target:
        return part
    return replace(part, baseline=b, target=t)


def suggest_mark(
    indicator: Indicator,
    evaluated_fiscal_year: int | None,
    settings: RuleSettings | None = None,
) -> MarkSuggestion:
    """The mark the numbers suggest for ``indicator`` in a report evaluating that fiscal year."""
    settings = settings or RuleSettings()
    direction = direction_of(indicator)
    bound = bound_of(indicator, direction)
    own = _series(
        indicator,
        indicator,
        direction,
        bound,
        evaluated_fiscal_year,
        settings,
        unit=indicator.unit,
    )
    if not indicator.parts:
        return own
    parts = tuple(
        _series(
            _part_series(indicator, p),
            indicator,
            direction,
            bound,
            evaluated_fiscal_year,
            settings,
            p.name,
            p.unit or indicator.unit,
        )
        for p in indicator.parts
    )
    marked = [s for s in (own, *parts) if s.mark is not None]
    weakest = min(marked, key=lambda s: _MARK_RANK[s.mark or ""], default=own)
    trended = [s for s in (own, *parts) if s.trend in TREND_RANK]
    slowest = min(trended, key=lambda s: TREND_RANK[s.trend or ""], default=own)
    held = weakest if weakest is not own else (slowest if slowest is not own else None)
    return replace(
        own,
        mark=weakest.mark,
        reason=own.reason if weakest is own else weakest.reason,
        trend=slowest.trend,
        pace=slowest.pace,
        own_mark=own.mark,
        own_trend=own.trend,
        own_pace=own.pace,
        parts=parts,
        held_by=None if held is None else held.name,
    )
