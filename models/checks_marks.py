"""Checks of each indicator's 達成 mark against its numbers (codes I005–I007, I010, I016)."""

from __future__ import annotations

from models.findings import Finding, fy_label, indicator_place
from models.i18n import tr
from models.marks import MarkSuggestion, suggest_mark
from models.report import MARKS, Indicator, Report
from models.rule_settings import RuleSettings


def check_marks(report: Report, settings: RuleSettings) -> list[Finding]:
    out: list[Finding] = []
    evaluated = report.evaluated_fiscal_year
    for ind in report.indicators():
        s = suggest_mark(ind, evaluated, settings)
        f = _check_mark(ind, s, evaluated)
        if f is not None:
            out.append(f)
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
            "fiscal_year": s.fiscal_year,
            "actual": s.actual,
            "target": s.target,
        },
    )


def _check_mark(ind: Indicator, s: MarkSuggestion, evaluated: int | None) -> Finding | None:
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
                n=n,
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
                    n=n,
                    t=fy_label(target_year),
                ),
                ind,
                s,
            )
        return None
    if s.reason == "target-year-ahead":
        assert target_year is not None
        return _finding(
            "I006",
            "warning",
            tr(
                "測定指標{n}は「{m}」と判定されていますが、目標年度（{t}）が評価対象年度より後です"
                "（凡例では「－」）。",
                "indicator {n} is marked {m}, but its target year {t} is after the evaluated "
                "year (the legend's －).",
                n=n,
                m=ind.mark,
                t=fy_label(target_year),
            ),
            ind,
            s,
        )
    if s.reason != "computed" or s.mark is None or s.rate is None:
        return None
    params = {
        "n": n,
        "m": ind.mark,
        "s": s.mark,
        "rate": f"{s.rate * 100:.1f}%",
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
                "届いていません（達成率 {rate}）。",
                "indicator {n} is marked イ (met), but the {fy} actual {actual} misses the "
                "target {target} (achievement {rate}).",
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
                "測定指標{n}は「{m}」ですが、数値からは「{s}」となります（達成率 {rate}、"
                "hyoka の既定の基準による）。",
                "indicator {n} is marked {m}; the numbers suggest {s} (achievement {rate}, by "
                "hyoka's default thresholds).",
                **params,
            ),
            ind,
            s,
        )
    return None
