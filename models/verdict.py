"""A suggested 目標達成度合いの測定結果 (verdict category), with the reasons behind it.

hyoka's own documented reading of the guideline (docs/rules.md); the evaluator decides. Each
indicator counts with the evaluator's mark, or the suggested mark where the evaluator left it blank:

- every judged indicator イ → 目標達成; and if every main indicator beats its target by
  ``exceed_margin`` → 目標超過達成;
- no main indicator ハ, but some indicator ロ or ハ → 相当程度進展あり;
- some main indicator ハ → 進展が大きくない; every main indicator ハ with no gain over its
  baseline → 目標に向かっていない;
- － does not count against. When every main indicator is －, the suggestion rests on progress:
  each main indicator's pace (progress so far ÷ the share of its period elapsed) caps it —
  on track → 目標達成, within ``close_ratio`` → 相当程度進展あり, behind → 進展が大きくない,
  no gain over the baseline → 目標に向かっていない.

If no indicator is flagged main, every indicator is treated as main.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from models.marks import direction_of, suggest_mark
from models.report import MARKS, VERDICT_CATEGORIES, Indicator, Number, Report
from models.rule_settings import RuleSettings
from models.verdict_text import explain

__all__ = ["IndicatorBasis", "VerdictSuggestion", "explain", "progress_pace", "suggest_verdict"]

JUDGED = ("イ", "ロ", "ハ")


@dataclass(frozen=True)
class IndicatorBasis:
    """One indicator's part in the suggestion.

    ``source`` is ``"evaluator"`` (the report's mark), ``"suggested"`` (blank mark, the
    numbers' mark used) or ``"none"``. ``part`` is ``"counted"`` (judged, consistent with the
    result), ``"exceeds"`` (beat its target by the margin), ``"lowers"`` (its ロ/ハ pulled the
    result down), ``"progress"`` (main and －: the result rests on its trend), ``"pending"``
    (－, not counted against) or ``"not-counted"`` (no mark to use). ``trend`` is one of
    ``"on-track"``, ``"close"``, ``"behind"``, ``"no-gain"``, ``"unknown"`` for a pending indicator.
    """

    number: int
    name: str
    main: bool
    mark: str | None
    source: str
    suggested_mark: str | None
    rate: float | None
    part: str
    gain: Number | None = None
    trend: str | None = None
    pace: float | None = None


@dataclass(frozen=True)
class VerdictSuggestion:
    """The suggested category (None: no suggestion), the rule that gave it, and each indicator.

    ``rule`` is one of ``"exceeded"``, ``"all-met"``, ``"some-short"``, ``"main-not-close"``,
    ``"main-no-gain"``, ``"progress"``, ``"no-basis"``.
    """

    category: str | None
    rule: str
    rests_on_progress: bool
    mains_flagged: bool
    indicators: tuple[IndicatorBasis, ...]
    settings: RuleSettings

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "rule": self.rule,
            "rests_on_progress": self.rests_on_progress,
            "mains_flagged": self.mains_flagged,
            # as dataclasses.asdict, without its deep copies (every field is a plain value)
            "indicators": [
                {name: getattr(b, name) for name in _BASIS_FIELDS} for b in self.indicators
            ],
            "text": explain(self),
        }


_BASIS_FIELDS = tuple(f.name for f in fields(IndicatorBasis))


def progress_pace(
    indicator: Indicator, rate: float | None, year: int | None, settings: RuleSettings
) -> tuple[float | None, str]:
    """A pending indicator's pace and trend word.

    Pace = achievement rate ÷ the share of the baseline-to-target period elapsed by the year of
    the actual (a straight line from baseline to target); for ``maintain``, the rate itself.
    """
    if rate is None or year is None:
        return None, "unknown"
    if rate <= 0:
        return None, "no-gain"
    if direction_of(indicator) == "maintain":
        pace: float | None = rate
    else:
        start, end = indicator.baseline.fiscal_year, indicator.target.fiscal_year
        if start is None or end is None or end <= start or year <= start:
            return None, "unknown"
        pace = rate / ((year - start) / (end - start))
    assert pace is not None
    if pace >= 1 - _EPS:
        return pace, "on-track"
    return pace, "close" if pace >= settings.close_ratio - _EPS else "behind"


_EPS = 1e-9
_TREND_CAP = {"on-track": 1, "close": 2, "behind": 3, "no-gain": 4}


def _weaker(a: str, b: str) -> str:
    return max(a, b, key=VERDICT_CATEGORIES.index)


def suggest_verdict(report: Report, settings: RuleSettings | None = None) -> VerdictSuggestion:
    """The verdict category the marks suggest, and why (see the module docstring)."""
    settings = settings or RuleSettings()
    inds = report.indicators()
    mains_flagged = any(i.main for i in inds)
    rows: list[IndicatorBasis] = []
    for ind in inds:
        s = suggest_mark(ind, report.evaluated_fiscal_year, settings)
        own = ind.mark if ind.mark in MARKS else ""
        mark = own or s.mark
        pace, trend = (None, None)
        if mark == "－":
            pace, trend = progress_pace(ind, s.rate, s.fiscal_year, settings)
        rows.append(
            IndicatorBasis(
                number=ind.number,
                name=ind.name,
                main=bool(ind.main) or not mains_flagged,
                mark=mark,
                source="evaluator" if own else ("suggested" if s.mark else "none"),
                suggested_mark=s.mark,
                rate=s.rate,
                gain=s.gain,
                part=_initial_part(mark),
                trend=trend,
                pace=pace,
            )
        )
    category, rule, progress = _decide(rows, settings)
    return VerdictSuggestion(category, rule, progress, mains_flagged, tuple(rows), settings)


def _initial_part(mark: str | None) -> str:
    if mark == "イ":
        return "counted"
    if mark in ("ロ", "ハ"):
        return "lowers"
    return "pending" if mark == "－" else "not-counted"


def _set_part(rows: list[IndicatorBasis], which: list[IndicatorBasis], part: str) -> None:
    for i, r in enumerate(rows):
        if any(r is w for w in which):
            rows[i] = replace(r, part=part)


def _decide(rows: list[IndicatorBasis], settings: RuleSettings) -> tuple[str | None, str, bool]:
    """Apply the rules in order; updates ``rows``' parts where the result singles them out."""
    judged = [r for r in rows if r.mark in JUDGED]
    mains = [r for r in rows if r.main]
    main_ha = [r for r in mains if r.mark == "ハ"]
    if main_ha:
        if len(main_ha) == len(mains) and all(r.gain is not None and r.gain <= 0 for r in mains):
            return VERDICT_CATEGORIES[4], "main-no-gain", False
        return VERDICT_CATEGORIES[3], "main-not-close", False
    base: str | None = None
    rule = "no-basis"
    if any(r.mark in ("ロ", "ハ") for r in judged):
        base, rule = VERDICT_CATEGORIES[2], "some-short"
    elif judged:
        base, rule = VERDICT_CATEGORIES[1], "all-met"
        margin = 1 + settings.exceed_margin - _EPS
        if mains and all(r.mark == "イ" and r.rate is not None and r.rate >= margin for r in mains):
            _set_part(rows, mains, "exceeds")
            return VERDICT_CATEGORIES[0], "exceeded", False
    pending_mains = [r for r in mains if r.mark == "－"]
    if not mains or len(pending_mains) < len(mains):
        return base, rule, False
    # Every main indicator is －: the verdict rests on progress, capped by the weakest trend.
    _set_part(rows, pending_mains, "progress")
    caps = [_TREND_CAP[r.trend] for r in pending_mains if r.trend in _TREND_CAP]
    if caps:
        cap = VERDICT_CATEGORIES[max(caps)]
        base = cap if base is None else _weaker(base, cap)
    return base, "progress", True
