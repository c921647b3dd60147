"""Checks of 施策目標 and 測定指標: structure, years, blank cells (I001–I003, I011–I015, I027)."""

from __future__ import annotations

from itertools import pairwise

from models.i18n import tr
from models.report.eras import fy_label
from models.report.model import Indicator, Report
from models.report.paths import indicator_place, objective_place
from models.report.places import form_number, form_numbers
from models.rules.figures import check_as_of, check_ratios
from models.rules.findings import Finding, indicator_finding
from models.rules.settings import RuleSettings
from models.rules.suggest.marks import direction_of


def check_indicators(report: Report, settings: RuleSettings) -> list[Finding]:
    out: list[Finding] = []
    if not report.indicators():
        out.append(
            Finding(
                "I015",
                "warning",
                tr("測定指標が一つもありません。", "the report has no indicator."),
                "objectives",
            )
        )
    numbers = {i.number for i in report.indicators()}
    for index, obj in enumerate(report.objectives):
        if obj.indicators and not any(i.main for i in obj.indicators):
            out.append(
                Finding(
                    "I001",
                    "warning",
                    tr(
                        "施策目標{n}に主要な測定指標がありません。",
                        "objective {n} has no main indicator.",
                        n=form_number(index + 1),
                    ),
                    objective_place(index),
                )
            )
        for m_index, means in enumerate(obj.means):
            missing = [n for n in means.indicator_numbers if n not in numbers]
            if missing:
                out.append(
                    Finding(
                        "I014",
                        "warning",
                        tr(
                            "達成手段「{name}」が存在しない測定指標{missing}を参照しています。",
                            "means {name!r} refers to indicator(s) {missing} that do not exist.",
                            name=means.name,
                            missing=form_numbers(missing),
                        ),
                        objective_place(index, f"means[{m_index}].indicator_numbers"),
                        data={"missing": missing},
                    )
                )
    seen: set[int] = set()
    for ind in report.indicators():
        if ind.number in seen:
            out.append(
                Finding(
                    "I002",
                    "error",
                    tr(
                        "測定指標の番号 {n} が重複しています。",
                        "indicator number {n} is used twice.",
                        n=form_number(ind.number),
                    ),
                    indicator_place(ind.number, "number"),
                    indicator=ind.number,
                )
            )
        seen.add(ind.number)
        out += _years(ind)
        out += check_as_of(ind, settings)
        out += check_ratios(ind)
        out += _blank_actuals(ind, report.evaluated_fiscal_year)
    out += [_passed(ind, part, year) for ind, part, year in targets_passed(report)]
    return out


def targets_passed(report: Report) -> list[tuple[Indicator, str, int]]:
    """``(indicator, part name or "", target year)`` for each series whose 目標年度 ended before
    the evaluated fiscal year began: a new target is needed (the sample rolled over to 令和４年度:
    indicator 2, target 令和３年度). A part is named only where it has a target year of its own."""
    evaluated = report.evaluated_fiscal_year
    if evaluated is None:
        return []
    found = []
    for ind in report.indicators():
        if ind.target.fiscal_year is not None and ind.target.fiscal_year < evaluated:
            found.append((ind, "", ind.target.fiscal_year))
        for part in ind.parts:
            year = part.target.fiscal_year
            if year is not None and year < evaluated and year != ind.target.fiscal_year:
                found.append((ind, part.name, year))
    return found


def _passed(ind: Indicator, part: str, year: int) -> Finding:
    """I027: the target year ended before the evaluated year."""
    what = tr("「{p}」", "{p!r}", p=part) if part else ""
    return Finding(
        "I027",
        "warning",
        tr(
            "測定指標{n}{what}の目標年度（{t}）は評価対象年度より前に終わっています。"
            "新しい目標（値）と目標年度を設定してください。",
            "indicator {n}{what}: its target year {t} ended before the evaluated year; set a "
            "new target and target year.",
            n=form_number(ind.number),
            what=what,
            t=fy_label(year),
        ),
        indicator_place(ind.number, "parts" if part else "target.fiscal_year"),
        fiscal_year=year,
        indicator=ind.number,
        data={"target_year": year, "part": part or None},
    )


def _years(ind: Indicator) -> list[Finding]:
    """I003 (target year before baseline year), I011 (target against direction), I012."""
    out: list[Finding] = []
    b, t = ind.baseline, ind.target
    if b.fiscal_year is not None and t.fiscal_year is not None and t.fiscal_year < b.fiscal_year:
        out.append(
            indicator_finding(
                "I003",
                "error",
                tr(
                    "測定指標{n}の目標年度（{t}）が基準年度（{b}）より前です。",
                    "indicator {n}: target year {t} is before the baseline year {b}.",
                    n=form_number(ind.number),
                    t=t.fiscal_year,
                    b=b.fiscal_year,
                ),
                ind,
                "target.fiscal_year",
            )
        )
    direction = direction_of(ind)
    if not ind.qualitative and b.value is not None and t.value is not None:
        wrong = (direction == "increase" and t.value < b.value) or (
            direction == "decrease" and t.value > b.value
        )
        if wrong and ind.direction:
            out.append(
                indicator_finding(
                    "I011",
                    "warning",
                    tr(
                        "測定指標{n}は{d}を目指す指標ですが、目標値 {t} が基準値 {b} の"
                        "反対側にあります。",
                        "indicator {n} aims to {d_en} but its target {t} lies on the wrong side "
                        "of the baseline {b}.",
                        n=form_number(ind.number),
                        d="増加" if direction == "increase" else "減少",
                        d_en=direction,
                        t=t.value,
                        b=b.value,
                    ),
                    ind,
                    "target.value",
                )
            )
    if ind.cumulative:
        rows = sorted((y for y in ind.years if y.actual is not None), key=lambda y: y.fiscal_year)
        for prev, cur in pairwise(rows):
            assert prev.actual is not None and cur.actual is not None
            if cur.actual < prev.actual:
                out.append(
                    indicator_finding(
                        "I012",
                        "warning",
                        tr(
                            "測定指標{n}は累計値ですが、{fy}の実績 {v} が前年度 {p} を"
                            "下回っています。",
                            "indicator {n} is cumulative, but the {fy} actual {v} is below the "
                            "year before ({p}).",
                            n=form_number(ind.number),
                            fy=fy_label(cur.fiscal_year),
                            v=cur.actual,
                            p=prev.actual,
                        ),
                        ind,
                        "actual",
                        year=cur.fiscal_year,
                    )
                )
    return out


def _blank_actuals(ind: Indicator, evaluated: int | None) -> list[Finding]:
    """I013: a year up to the evaluated one with neither an actual figure nor text."""
    return [
        indicator_finding(
            "I013",
            "warning",
            tr(
                "測定指標{n}の{fy}の実績が空欄です。",
                "indicator {n}: the {fy} actual is blank.",
                n=form_number(ind.number),
                fy=fy_label(y.fiscal_year),
            ),
            ind,
            "actual",
            year=y.fiscal_year,
        )
        for y in ind.years
        if y.actual is None
        and not y.actual_text.strip()
        and (evaluated is None or y.fiscal_year <= evaluated)
    ]
