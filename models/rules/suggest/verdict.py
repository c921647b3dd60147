"""A suggested 目標達成度合いの測定結果 (verdict category), with the reasons behind it.

hyoka's own documented reading of the guideline (docs/rules.md); the evaluator decides. Each
indicator counts with the evaluator's mark, or the suggested mark where the evaluator left it blank:

- every judged indicator イ → 目標達成; and if every main indicator beats its target by
  ``exceed_margin`` → 目標超過達成;
- no main indicator ハ, but some indicator ロ or ハ → 相当程度進展あり;
- some main indicator ハ → 進展が大きくない; every main indicator ハ with no gain over its
  baseline → 目標に向かっていない;
- － does not count against, but a main indicator's pace toward its target
  (models/rules/suggest/pace.py)
  caps the suggestion — on track → 目標達成, within ``close_ratio`` → 相当程度進展あり,
  behind → 進展が大きくない, no gain over the baseline → 目標に向かっていない. When every main
  indicator is －, the suggestion rests on progress alone;
- a suggestion is never stronger than the main indicators support: a main indicator with no
  mark to use, or pending with a pace that cannot be measured, means no suggestion
  (``main-unsupported``).

An indicator with うち series counts with the weakest of them (models/rules/suggest/marks.py). Where
an evaluator's イ/ロ/ハ is stronger than the numbers' (the checks' I005 and I018), that mark is
contested: the indicator counts with the numbers' mark, and what the evaluator's marks would give
is kept beside (``marks_category``), so a contested mark never raises the suggestion. If no
indicator is flagged main, every indicator is treated as main.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from models.report.model import MARKS, VERDICT_CATEGORIES, Number, Report
from models.rules.settings import RuleSettings
from models.rules.suggest.explain import explain
from models.rules.suggest.marks import MarkSuggestion, suggest_mark
from models.rules.suggest.projection import Projection

__all__ = ["IndicatorBasis", "PartBasis", "VerdictSuggestion", "explain", "suggest_verdict"]

JUDGED = ("イ", "ロ", "ハ")
STRENGTH = {"ハ": 0, "ロ": 1, "イ": 2}


@dataclass(frozen=True)
class PartBasis:
    """One うち series of an indicator: its own suggested mark, readings and trend."""

    name: str
    mark: str | None
    rate: float | None
    to_target: float | None
    from_baseline: float | None
    fiscal_year: int | None
    actual: Number | None
    target: Number | None
    stale: bool
    trend: str | None
    pace: float | None
    unit: str = ""
    approximate: bool = False
    in_figures: bool = False
    projection: Projection | None = None

    @classmethod
    def of(cls, s: MarkSuggestion) -> PartBasis:
        return cls(
            s.name,
            s.mark,
            s.rate,
            s.to_target,
            s.from_baseline,
            s.fiscal_year,
            s.actual,
            s.target,
            s.stale,
            s.trend,
            s.pace,
            s.unit,
            s.approximate,
            s.in_figures,
            s.projection,
        )


@dataclass(frozen=True)
class IndicatorBasis:
    """One indicator's part in the suggestion.

    ``source`` is ``"evaluator"`` (the report's mark), ``"suggested"`` (blank mark, the
    numbers' mark used), ``"contested"`` (the evaluator's mark is stronger than the numbers',
    whose mark is used) or ``"none"``; ``evaluator_mark`` is the report's own mark ("" if
    blank). ``part`` is ``"counted"`` (judged, consistent with the result), ``"exceeds"``
    (beat its target by the margin), ``"lowers"`` (its ロ/ハ pulled the result down),
    ``"progress"`` (main and －: the result rests on its trend), ``"pending"`` (－, not counted
    against) or ``"not-counted"`` (no mark to use). ``trend`` is one of ``"on-track"``,
    ``"close"``, ``"behind"``, ``"no-gain"``, ``"unknown"`` for a pending indicator.
    ``rate`` is the reading ``basis`` names; ``to_target`` and ``from_baseline`` are both readings
    of the indicator's own figures. ``fiscal_year`` is the year of the actual used (``stale``: the
    target year came without its actual). ``parts`` are its うち series; ``held_by`` names the one
    that holds the indicator's suggestion back; ``trend``/``pace`` are then that series',
    ``own_trend``/``own_pace`` the indicator's own figures'. ``bound`` is at_least/at_most
    (``bound_inferred``). ``actual`` and ``target`` are the figures held against each other
    (in ``unit``; ``approximate``: 約), said as figures where ``in_figures``. ``projection``:
    where the indicator's own trend leads by its target year (each part has its own).
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
    to_target: float | None = None
    from_baseline: float | None = None
    basis: str = ""
    bound: str = ""
    bound_inferred: bool = False
    fiscal_year: int | None = None
    target_year: int | None = None
    stale: bool = False
    parts: tuple[PartBasis, ...] = ()
    held_by: str | None = None
    lowest_rate: float | None = None
    own_trend: str | None = None
    own_pace: float | None = None
    evaluator_mark: str = ""
    actual: Number | None = None
    target: Number | None = None
    unit: str = ""
    approximate: bool = False
    in_figures: bool = False
    projection: Projection | None = None


@dataclass(frozen=True)
class VerdictSuggestion:
    """The suggested category (None: no suggestion), the rule that gave it, and each indicator.

    ``rule`` is one of ``"exceeded"``, ``"all-met"``, ``"some-short"``, ``"main-not-close"``,
    ``"main-no-gain"``, ``"progress"``, ``"pending-cap"``, ``"main-unsupported"``, ``"no-basis"``.
    ``contested`` numbers the indicators whose evaluator's mark is stronger than the numbers';
    they count with the numbers' marks, and ``marks_category`` is what the evaluator's marks
    would give (None when nothing is contested).
    """

    category: str | None
    rule: str
    rests_on_progress: bool
    mains_flagged: bool
    indicators: tuple[IndicatorBasis, ...]
    settings: RuleSettings
    marks_category: str | None = None
    contested: tuple[int, ...] = ()
    marks: tuple[MarkSuggestion, ...] = ()  # suggest_mark of each indicator, in order
    # what the fixed 事前分析表's targets would suggest, when that differs (models/rules/check.py)
    plan_category: str | None = None
    plan_moved: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "rule": self.rule,
            "rests_on_progress": self.rests_on_progress,
            "mains_flagged": self.mains_flagged,
            "contested": list(self.contested),
            "marks_category": self.marks_category,
            "plan_moved": self.plan_moved,
            "plan_category": self.plan_category,
            "close_basis": self.settings.close_basis,
            # as dataclasses.asdict, without its deep copies (every field is a plain value)
            "indicators": [_basis_dict(b) for b in self.indicators],
            "text": explain(self),
        }


_BASIS_FIELDS = tuple(
    f.name for f in fields(IndicatorBasis) if f.name not in ("parts", "projection")
)
_PART_FIELDS = tuple(f.name for f in fields(PartBasis) if f.name != "projection")


def _projection_dict(p: Projection | None) -> dict[str, object] | None:
    return None if p is None else p.to_dict()


def _basis_dict(b: IndicatorBasis) -> dict[str, object]:
    out: dict[str, object] = {name: getattr(b, name) for name in _BASIS_FIELDS}
    out["projection"] = _projection_dict(b.projection)
    out["parts"] = [
        {name: getattr(p, name) for name in _PART_FIELDS}
        | {"projection": _projection_dict(p.projection)}
        for p in b.parts
    ]
    return out


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
    marks = tuple(suggest_mark(ind, report.evaluated_fiscal_year, settings) for ind in inds)
    for ind, s in zip(inds, marks, strict=True):
        own = ind.mark if ind.mark in MARKS else ""
        mark = own or s.mark
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
                trend=(s.trend or "unknown") if mark == "－" else None,
                pace=s.pace if mark == "－" else None,
                to_target=s.to_target,
                from_baseline=s.from_baseline,
                basis=s.basis,
                bound=s.bound,
                bound_inferred=s.bound_inferred,
                fiscal_year=s.fiscal_year,
                target_year=s.target_year,
                stale=s.stale,
                parts=tuple(PartBasis.of(p) for p in s.parts),
                held_by=s.held_by,
                lowest_rate=s.lowest_rate(),
                own_trend=(s.own_trend or "unknown") if mark == "－" else None,
                own_pace=s.own_pace if mark == "－" else None,
                evaluator_mark=own,
                actual=s.actual,
                target=s.target,
                unit=s.unit,
                approximate=s.approximate,
                in_figures=s.in_figures,
                projection=s.projection,
            )
        )
    is_contested = [r.source == "evaluator" and _stronger(r.mark, r.suggested_mark) for r in rows]
    marks_category: str | None = None
    if any(is_contested):
        marks_category = _decide(list(rows), settings)[0]
        rows = [
            _with(
                r, mark=r.suggested_mark, source="contested", part=_initial_part(r.suggested_mark)
            )
            if contested
            else r
            for r, contested in zip(rows, is_contested, strict=True)
        ]
    contested = tuple(r.number for r in rows if r.source == "contested")
    category, rule, progress = _decide(rows, settings)
    return VerdictSuggestion(
        category,
        rule,
        progress,
        mains_flagged,
        tuple(rows),
        settings,
        marks_category,
        contested,
        marks,
    )


def _stronger(mark: str | None, than: str | None) -> bool:
    """An evaluator's イ/ロ/ハ stronger than the numbers' one."""
    return mark in STRENGTH and than in STRENGTH and STRENGTH[mark] > STRENGTH[than]  # type: ignore[index]


def _initial_part(mark: str | None) -> str:
    if mark == "イ":
        return "counted"
    if mark in ("ロ", "ハ"):
        return "lowers"
    return "pending" if mark == "－" else "not-counted"


def _with(r: IndicatorBasis, **changes: object) -> IndicatorBasis:
    """``dataclasses.replace(r, **changes)`` without its per-field work (13 µs, a few times
    per report in ``check --all``): IndicatorBasis is frozen with neither ``__post_init__``
    nor ``InitVar`` nor slots, so a copy of its ``__dict__`` is the same object."""
    new = object.__new__(IndicatorBasis)
    new.__dict__.update(r.__dict__, **changes)
    return new


def _set_part(rows: list[IndicatorBasis], which: list[IndicatorBasis], part: str) -> None:
    for i, r in enumerate(rows):
        if any(r is w for w in which):
            rows[i] = _with(r, part=part)


def _decide(rows: list[IndicatorBasis], settings: RuleSettings) -> tuple[str | None, str, bool]:
    """Apply the rules in order; updates ``rows``' parts where the result singles them out."""
    judged = [r for r in rows if r.mark in JUDGED]
    mains = [r for r in rows if r.main]
    main_ha = [r for r in mains if r.mark == "ハ"]
    if main_ha:
        if len(main_ha) == len(mains) and all(r.gain is not None and r.gain <= 0 for r in mains):
            return VERDICT_CATEGORIES[4], "main-no-gain", False
        return VERDICT_CATEGORIES[3], "main-not-close", False
    pending_mains = [r for r in mains if r.mark == "－"]
    all_pending = bool(mains) and len(pending_mains) == len(mains)
    if not judged and not pending_mains:
        return None, "no-basis", False
    unsupported = [
        r for r in mains if r.mark is None or (r.mark == "－" and r.trend not in _TREND_CAP)
    ]
    if unsupported:
        _set_part(rows, unsupported, "unsupported")
        return None, "main-unsupported", all_pending
    base: str | None = None
    rule = "no-basis"
    if any(r.mark in ("ロ", "ハ") for r in judged):
        base, rule = VERDICT_CATEGORIES[2], "some-short"
    elif judged:
        base, rule = VERDICT_CATEGORIES[1], "all-met"
        margin = 1 + settings.exceed_margin - _EPS
        if mains and all(
            r.mark == "イ" and r.lowest_rate is not None and r.lowest_rate >= margin for r in mains
        ):
            _set_part(rows, mains, "exceeds")
            return VERDICT_CATEGORIES[0], "exceeded", False
    if not pending_mains:
        return base, rule, False
    # A main indicator is －: its trend caps the suggestion (all of them －: it rests on it).
    cap = VERDICT_CATEGORIES[max(_TREND_CAP[r.trend or ""] for r in pending_mains)]
    if all_pending:
        _set_part(rows, pending_mains, "progress")
        return (cap if base is None else _weaker(base, cap)), "progress", True
    if base is None or _weaker(base, cap) == base:
        return base, rule, False
    capping = [r for r in pending_mains if VERDICT_CATEGORIES[_TREND_CAP[r.trend or ""]] == cap]
    _set_part(rows, capping, "progress")
    return cap, "pending-cap", False
