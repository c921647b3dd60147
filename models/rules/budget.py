"""Checks of 政策の予算額・執行額等 (codes B001–B010)."""

from __future__ import annotations

from models.i18n import tr
from models.report.budget import computed_total, execution_ratio
from models.report.eras import fy_label
from models.report.labels import label
from models.report.model import BUDGET_UNITS, BudgetYear, Report
from models.report.numbers import render_number
from models.report.paths import budget_place
from models.rules.findings import Finding
from models.rules.settings import RuleSettings

ROUNDING_NOTE = "計数は、それぞれ四捨五入しているため、合計が一致しない場合がある。"
ROUNDING_NOTE_WORDS = ("四捨五入", "端数")
EXECUTION_WORDS = ("執行", "不用", "繰越", "繰り越")


def check_budget(report: Report, settings: RuleSettings) -> list[Finding]:
    budget = report.budget
    out: list[Finding] = []
    evaluated = report.evaluated_fiscal_year
    if budget.unit and budget.unit not in BUDGET_UNITS:
        out.append(
            Finding(
                "B008",
                "warning",
                tr(
                    "予算額の単位「{unit}」は想定外です（百万円・千円・円のいずれか）。",
                    "budget unit {unit!r} is unexpected (百万円, 千円 or 円).",
                    unit=budget.unit,
                ),
                budget_place(name="unit"),
                data={"unit": budget.unit},
            )
        )
    seen: set[int] = set()
    for y in budget.years:
        if y.fiscal_year in seen:
            out.append(
                Finding(
                    "B007",
                    "error",
                    tr(
                        "{fy}の列が重複しています。",
                        "the {fy} column appears twice.",
                        fy=fy_label(y.fiscal_year),
                    ),
                    budget_place(y.fiscal_year),
                    fiscal_year=y.fiscal_year,
                )
            )
        seen.add(y.fiscal_year)
    if budget.years and evaluated is not None and evaluated not in seen:
        out.append(
            Finding(
                "B009",
                "warning",
                tr(
                    "評価対象年度（{fy}）の列がありません。",
                    "there is no column for the evaluated fiscal year ({fy}).",
                    fy=fy_label(evaluated),
                ),
                budget_place(),
                fiscal_year=evaluated,
            )
        )
    rounding_gaps = False
    for y in budget.years:
        current = evaluated is not None and y.fiscal_year > evaluated
        if current:
            out += _current_year(y)
            continue
        out += _negatives(y)
        gap = _total_gap(y)
        if gap is not None:
            rounding_gaps = rounding_gaps or gap.severity == "info"
            out.append(gap)
        out += _execution(y, report, settings)
    if rounding_gaps and not any(w in n for n in budget.notes for w in ROUNDING_NOTE_WORDS):
        out.append(
            Finding(
                "B006",
                "warning",
                tr(
                    "合計が四捨五入で一致しない列がありますが、（注）に四捨五入の注記がありません"
                    "（例:「{note}」）。",
                    "some totals differ by rounding but the notes have no rounding note "
                    "(e.g. 「{note}」).",
                    note=ROUNDING_NOTE,
                ),
                budget_place(name="notes"),
            )
        )
    return out


def _total_gap(y: BudgetYear) -> Finding | None:
    """B001 (rounding) / B002 (error): 合計 against a+b+c."""
    parts = [v for v in (y.initial, y.supplementary, y.carryover) if v is not None]
    expected = computed_total(y)
    if y.total is None or expected is None:
        return None
    gap = y.total - expected
    if gap == 0:
        return None
    allowed = len(parts) - 1
    rounding = abs(gap) <= allowed
    params = {
        "fy": fy_label(y.fiscal_year),
        "total": render_number(y.total),
        "sum": render_number(expected),
        "gap": render_number(gap),
        "allowed": allowed,
    }
    if rounding:
        message = tr(
            "{fy}の合計 {total} は a＋b＋c {sum} と {gap} 異なりますが、四捨五入の範囲内です"
            "（許容 ±{allowed}）。",
            "{fy}: total {total} differs from a+b+c {sum} by {gap}, within rounding (±{allowed}).",
            **params,
        )
    else:
        message = tr(
            "{fy}の合計 {total} が a＋b＋c {sum} と {gap} 異なります（四捨五入で説明できるのは "
            "±{allowed} まで）。",
            "{fy}: total {total} differs from a+b+c {sum} by {gap}, more than rounding "
            "explains (±{allowed}).",
            **params,
        )
    return Finding(
        "B001" if rounding else "B002",
        "info" if rounding else "error",
        message,
        budget_place(y.fiscal_year, "total"),
        fiscal_year=y.fiscal_year,
        data={"total": y.total, "sum": expected, "gap": gap, "allowed": allowed},
    )


def _execution(y: BudgetYear, report: Report, settings: RuleSettings) -> list[Finding]:
    """B003 (執行額 > 合計) and B004 (low 執行率 that the analysis never speaks of)."""
    if y.executed is None or y.total is None:
        return []
    if y.executed > y.total:
        return [
            Finding(
                "B003",
                "error",
                tr(
                    "{fy}の執行額 {executed} が合計 {total} を上回っています。",
                    "{fy}: executed {executed} exceeds the total {total}.",
                    fy=fy_label(y.fiscal_year),
                    executed=render_number(y.executed),
                    total=render_number(y.total),
                ),
                budget_place(y.fiscal_year, "executed"),
                fiscal_year=y.fiscal_year,
                data={"executed": y.executed, "total": y.total},
            )
        ]
    rate = execution_ratio(y)
    if rate is None or y.total <= 0:
        return []
    analysis = report.verdict.analysis
    if rate >= settings.low_execution_ratio or any(w in analysis for w in EXECUTION_WORDS):
        return []
    return [
        Finding(
            "B004",
            "warning",
            tr(
                "{fy}の執行率が {rate:.1f}% と低い（既定の目安 {limit:g}% 未満）のに、"
                "政策の分析に執行状況への言及がありません。",
                "{fy}: execution rate {rate:.1f}% is low (below hyoka's default {limit:g}%) "
                "and the analysis says nothing about execution.",
                fy=fy_label(y.fiscal_year),
                rate=rate * 100,
                limit=settings.low_execution_ratio * 100,
            ),
            budget_place(y.fiscal_year, "executed"),
            fiscal_year=y.fiscal_year,
            data={"rate": rate, "threshold": settings.low_execution_ratio},
        )
    ]


def _current_year(y: BudgetYear) -> list[Finding]:
    """B005: the current-year column holds only 当初予算."""
    others = {
        "supplementary": y.supplementary,
        "carryover": y.carryover,
        "total": y.total,
        "executed": y.executed,
    }
    return [
        Finding(
            "B005",
            "warning",
            tr(
                "{fy}は当年度の列で、当初予算以外は空欄になるはずですが、{field}に値があります。",
                "{fy} is the current-year column, which holds only 当初予算, "
                "but {field} is filled.",
                fy=fy_label(y.fiscal_year),
                field=label(name),
            ),
            budget_place(y.fiscal_year, name),
            fiscal_year=y.fiscal_year,
            data={"value": value},
        )
        for name, value in others.items()
        if value is not None
    ]


def _negatives(y: BudgetYear) -> list[Finding]:
    """B010: only 補正予算 (減額補正) and 繰越し等 may be negative."""
    figures = {"initial": y.initial, "total": y.total, "executed": y.executed}
    return [
        Finding(
            "B010",
            "warning",
            tr(
                "{fy}の{field}が負の値（{value}）です。",
                "{fy}: {field} is negative ({value}).",
                fy=fy_label(y.fiscal_year),
                field=label(name),
                value=render_number(value),
            ),
            budget_place(y.fiscal_year, name),
            fiscal_year=y.fiscal_year,
            data={"value": value},
        )
        for name, value in figures.items()
        if value is not None and value < 0
    ]
