"""Values the snapshot format accepts but no report can hold (codes R008, R009, B011).

The format takes any fiscal year from 1868 to 2200 and any integer; a reviewer does not:
令和99年度 in a report on 令和３年度, a budget beyond the whole national budget, or a one-line
field of thousands of characters is a slip of the keyboard or of a paste.
"""

from __future__ import annotations

from collections.abc import Iterator

from models.i18n import tr
from models.report.budget import FIGURES
from models.report.eras import fy_label
from models.report.model import Indicator, IndicatorPart, Report
from models.report.paths import budget_place, indicator_place
from models.rules.findings import Finding
from models.rules.settings import RuleSettings

# More than the whole national budget, 一般会計 and 特別会計 together (some 500兆円 a year).
BUDGET_LIMIT_YEN = 500 * 10**12
_UNIT_YEN = {"百万円": 10**6, "千円": 10**3, "円": 1}


def check_plausible(report: Report, settings: RuleSettings) -> list[Finding]:
    return _years(report, settings) + _budget(report) + _long_lines(report, settings)


def _fiscal_years(report: Report) -> Iterator[tuple[str, int]]:
    """Every fiscal year the report states, with its place."""
    for y in report.budget.years:
        yield budget_place(y.fiscal_year), y.fiscal_year
    for ind in report.indicators():
        series: list[tuple[str, Indicator | IndicatorPart]] = [(indicator_place(ind.number), ind)]
        series += [(indicator_place(ind.number, f"parts[{k}]"), p) for k, p in enumerate(ind.parts)]
        for place, s in series:
            if s.baseline.fiscal_year is not None:
                yield f"{place}.baseline.fiscal_year", s.baseline.fiscal_year
            if s.target.fiscal_year is not None:
                yield f"{place}.target.fiscal_year", s.target.fiscal_year
            for row in s.years:
                yield f"{place}.years[{row.fiscal_year}]", row.fiscal_year
    if report.next_steps.budget_request_fiscal_year is not None:
        yield "next_steps.budget_request_fiscal_year", report.next_steps.budget_request_fiscal_year


def _years(report: Report, settings: RuleSettings) -> list[Finding]:
    """R008: a fiscal year further than ``year_reach`` years from the evaluated one."""
    evaluated = report.evaluated_fiscal_year
    if evaluated is None:
        return []
    lo, hi = evaluated - settings.year_reach, evaluated + settings.year_reach
    if all(lo <= y.fiscal_year <= hi for y in report.budget.years) and all(
        _within(ind, lo, hi) for ind in report.indicators()
    ):
        far = report.next_steps.budget_request_fiscal_year
        if far is None or lo <= far <= hi:
            return []
    return [
        Finding(
            "R008",
            "warning",
            tr(
                "{fy}は評価対象年度（{e}）から{d}年離れています。年度の誤りではありませんか。",
                "{fy} is {d} years from the evaluated year {e}: is the year mistyped?",
                fy=fy_label(year),
                e=fy_label(evaluated),
                d=abs(year - evaluated),
            ),
            place,
            fiscal_year=year,
            data={"fiscal_year": year, "evaluated_fiscal_year": evaluated},
        )
        for place, year in _fiscal_years(report)
        if not lo <= year <= hi
    ]


def _within(ind: Indicator, lo: int, hi: int) -> bool:
    """Every fiscal year of the indicator and its parts lies in [lo, hi] (the quick pass)."""
    series: list[Indicator | IndicatorPart] = [ind, *ind.parts]
    for s in series:
        for y in (s.baseline.fiscal_year, s.target.fiscal_year):
            if y is not None and not lo <= y <= hi:
                return False
        for row in s.years:
            if not lo <= row.fiscal_year <= hi:
                return False
    return True


def _budget(report: Report) -> list[Finding]:
    """B011: a budget figure beyond the whole national budget, in the table's unit."""
    factor = _UNIT_YEN.get(report.budget.unit, 1)
    out = []
    for y in report.budget.years:
        for name in FIGURES:
            value = getattr(y, name)
            if value is not None and abs(value) * factor > BUDGET_LIMIT_YEN:
                out.append(
                    Finding(
                        "B011",
                        "warning",
                        tr(
                            "{fy}の{v:,}（{u}）は国の予算全体を超える額です。桁や単位の誤りでは"
                            "ありませんか。",
                            "the {fy} figure {v:,} ({u}) is more than the whole national budget: "
                            "wrong digits or unit?",
                            fy=fy_label(y.fiscal_year),
                            v=value,
                            u=report.budget.unit or tr("単位なし", "no unit"),
                        ),
                        budget_place(y.fiscal_year, name),
                        fiscal_year=y.fiscal_year,
                        data={"value": value, "unit": report.budget.unit},
                    )
                )
    return out


def _one_line_fields(report: Report) -> Iterator[tuple[str, str]]:
    for name in ("policy_name", "ministry", "document_id", "title", "field", "bureau"):
        yield f"report.{name}", getattr(report, name)
    for i, person in enumerate(report.responsible):
        yield f"report.responsible[{i}].title", person.title
        yield f"report.responsible[{i}].name", person.name
    for i, policy in enumerate(report.cabinet_policies):
        yield f"cabinet_policies[{i}].name", policy.name
    for o, obj in enumerate(report.objectives):
        for m, means in enumerate(obj.means):
            yield f"objectives[{o}].means[{m}].name", means.name
            yield f"objectives[{o}].means[{m}].review_number", means.review_number
    for ind in report.indicators():
        yield indicator_place(ind.number, "name"), ind.name
        yield indicator_place(ind.number, "unit"), ind.unit
        for k, part in enumerate(ind.parts):
            yield indicator_place(ind.number, f"parts[{k}].name"), part.name
            yield indicator_place(ind.number, f"parts[{k}].unit"), part.unit
    yield "budget.unit", report.budget.unit
    yield "next_steps.budget_request", report.next_steps.budget_request


def _long_lines(report: Report, settings: RuleSettings) -> list[Finding]:
    """R009: a one-line field (a name, a title, a unit) longer than ``one_line_limit``."""
    limit = settings.one_line_limit
    return [
        Finding(
            "R009",
            "warning",
            tr(
                "一行の項目に{n:,}文字あります（上限の目安 {limit:,}文字）。貼り付けの誤りでは"
                "ありませんか。",
                "a one-line field holds {n:,} characters (more than {limit:,}): a wrong paste?",
                n=len(text),
                limit=limit,
            ),
            place,
            data={"length": len(text)},
        )
        for place, text in _one_line_fields(report)
        if len(text) > limit
    ]
