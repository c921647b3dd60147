"""Checks of each indicator's 達成 mark against its numbers (codes I005–I007, I010, I016–I019)."""

from __future__ import annotations

from collections.abc import Sequence

from models.i18n import tr
from models.report.eras import fy_label
from models.report.model import MARKS, Indicator, Report
from models.report.paths import indicator_place
from models.report.places import form_number
from models.rules.findings import Finding
from models.rules.settings import RuleSettings
from models.rules.suggest.marks import MarkSuggestion, suggest_mark
from models.rules.suggest.readings import figures_of, rate_label

_STRENGTH = {"ハ": 0, "ロ": 1, "イ": 2}


def check_marks(
    report: Report, settings: RuleSettings, marks: Sequence[MarkSuggestion] = ()
) -> list[Finding]:
    """``marks``: ``suggest_mark`` of each indicator in order, if already worked out."""
    out: list[Finding] = []
    evaluated = report.evaluated_fiscal_year
    for i, ind in enumerate(report.indicators()):
        s = marks[i] if marks else suggest_mark(ind, evaluated, settings)
        f = _check_mark(ind, s.holding(), evaluated, settings.close_basis)
        if f is not None:
            out.append(f)
        out += _inferred_bound(ind, s) + _stale(ind, s)
    return out


def _inferred_bound(ind: Indicator, s: MarkSuggestion) -> list[Finding]:
    """I017: a maintain (or blank-direction) indicator judged on a bound hyoka inferred."""
    if not s.bound_inferred or ind.direction in ("increase", "decrease") or ind.qualitative:
        return []
    if ind.target.value is None and not any(y.target is not None for y in ind.years):
        return []
    word = tr("以下", "at most") if s.bound == "at_most" else tr("以上", "at least")
    return [
        Finding(
            "I017",
            "info",
            tr(
                "測定指標{n}の目標は「{w}」として判定しました（目標の向き（以上／以下）の指定が"
                "ないため推定）。違う場合は目標の向きを指定してください。",
                "indicator {n}'s target was read as {w} (no bound, at least or at most, was "
                "given, so it was inferred); set the bound if that is wrong.",
                n=form_number(ind.number),
                w=word,
            ),
            indicator_place(ind.number, "bound"),
            indicator=ind.number,
            data={"bound": s.bound, "direction": ind.direction},
        )
    ]


def _stale(ind: Indicator, s: MarkSuggestion) -> list[Finding]:
    """I019: the target year has come without its actual; an earlier year's is judged."""
    out = []
    for series in (s, *s.parts):
        if not series.stale or series.target_year is None or series.fiscal_year is None:
            continue
        what = tr("「{p}」", "{p!r}", p=series.name) if series.name else ""
        out.append(
            Finding(
                "I019",
                "warning",
                tr(
                    "測定指標{n}{what}の目標年度（{t}）の実績が空欄のため、{fy}の実績を結果として"
                    "判定しています。目標年度の実績を記入するか、未判明である旨を記載してください。",
                    "indicator {n}{what}: the target year {t} has no actual, so the {fy} actual is "
                    "judged as the result; fill in the target year's actual or say it is not "
                    "known yet.",
                    n=form_number(ind.number),
                    what=what,
                    t=fy_label(series.target_year),
                    fy=fy_label(series.fiscal_year),
                ),
                indicator_place(ind.number, "actual", series.target_year)
                if not series.name
                else indicator_place(ind.number, "parts"),
                fiscal_year=series.target_year,
                indicator=ind.number,
                data={"used_fiscal_year": series.fiscal_year, "part": series.name or None},
            )
        )
    return out


def _finding(code: str, severity: str, message: str, ind: Indicator, s: MarkSuggestion) -> Finding:
    return Finding(
        code,
        severity,
        message,
        indicator_place(ind.number, "mark"),
        indicator=ind.number,
        data={
            "mark": ind.mark,
            "suggested": s.mark,
            "rate": s.rate,
            "to_target": s.to_target,
            "from_baseline": s.from_baseline,
            "fiscal_year": s.fiscal_year,
            "actual": s.actual,
            "target": s.target,
        },
    )


def _check_mark(
    ind: Indicator, s: MarkSuggestion, evaluated: int | None, basis: str
) -> Finding | None:
    n = ind.number
    if ind.mark not in MARKS:
        if ind.qualitative:
            return None
        hint = ""
        if s.mark:
            hint = tr("（数値からの提案: {m}）", " (the numbers suggest {m})", m=s.mark)
        return _finding(
            "I016",
            "warning",
            tr(
                "測定指標{n}の達成欄が空欄です{hint}。",
                "indicator {n} has no mark{hint}.",
                n=form_number(n),
                hint=hint,
            ),
            ind,
            s,
        )
    target_year = ind.target.fiscal_year
    if ind.mark == "－":
        if target_year is not None and evaluated is not None and target_year <= evaluated:
            return _finding(
                "I007",
                "warning",
                tr(
                    "測定指標{n}は「－」（目標期間が終了していない）ですが、目標年度（{t}）は"
                    "評価対象年度までに到来しています。",
                    "indicator {n} is marked － (target period not over), but its target year "
                    "{t} has come by the evaluated year.",
                    n=form_number(n),
                    t=fy_label(target_year),
                ),
                ind,
                s,
            )
        return None
    if s.reason == "target-year-ahead":
        # the series that holds the mark: a うち part may have a target year of its own
        target_year = s.target_year if s.target_year is not None else target_year
        assert target_year is not None
        return _finding(
            "I006",
            "warning",
            tr(
                "測定指標{n}は「{m}」と判定されていますが、目標年度（{t}）が評価対象年度より後です"
                "（凡例では「－」）。",
                "indicator {n} is marked {m}, but its target year {t} is after the evaluated "
                "year (the legend's －).",
                n=form_number(n),
                m=ind.mark,
                t=fy_label(target_year),
            ),
            ind,
            s,
        )
    if s.reason != "computed" or s.mark is None:
        return None
    params = {
        "n": form_number(n) if not s.name else f"{form_number(n)}（{s.name}）",
        "m": ind.mark,
        "s": s.mark,
        "rate": rate_label(s.from_baseline, s.to_target, basis, figures_of(s)),
        "fy": fy_label(s.fiscal_year) if s.fiscal_year else "",
        "actual": s.actual,
        "target": s.target,
    }
    if ind.mark == "イ" and s.mark != "イ":
        return _finding(
            "I005",
            "warning" if ind.target.approximate else "error",
            tr(
                "測定指標{n}は「イ」（目標達成）ですが、{fy}の実績 {actual} は目標 {target} に"
                "届いていません（{rate}）。",
                "indicator {n} is marked イ (met), but the {fy} actual {actual} misses the "
                "target {target} ({rate}).",
                **params,
            ),
            ind,
            s,
        )
    if _STRENGTH.get(ind.mark, -1) > _STRENGTH.get(s.mark, -1):
        return _finding(
            "I018",
            "warning",
            tr(
                "測定指標{n}は「{m}」ですが、数値からは「{s}」です（{rate}）。評価者の判定が"
                "数値より強いため、判断根拠にその理由を記載してください。",
                "indicator {n} is marked {m}, but the numbers give {s} ({rate}); the "
                "mark is stronger than the numbers, so the rationale should say why.",
                **params,
            ),
            ind,
            s,
        )
    if ind.mark != s.mark:
        return _finding(
            "I010",
            "info",
            tr(
                "測定指標{n}は「{m}」ですが、数値からは「{s}」となります（{rate}、"
                "hyoka の既定の基準による）。",
                "indicator {n} is marked {m}; the numbers suggest {s} ({rate}, by "
                "hyoka's default thresholds).",
                **params,
            ),
            ind,
            s,
        )
    return None
