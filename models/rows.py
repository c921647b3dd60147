"""Between a Report and its table rows: plain dicts keyed by column name.

``to_rows`` gives, per table, the rows to insert for one report; ``from_rows`` builds the
Report back from the rows read in printed order. No database access happens here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from models import report as r
from models import tables as t

Rows = dict[str, list[dict[str, Any]]]

HEADER_FIELDS = (
    "ministry",
    "document_id",
    "title",
    "evaluated_fiscal_year",
    "policy_number",
    "policy_name",
    "field",
    "overview",
    "final_outcome",
    "expert_knowledge",
    "materials",
    "bureau",
    "evaluation_month",
)
_PREFIXED = {
    "baseline": ("fiscal_year", "value", "numerator", "denominator", "text", "note"),
    "target": ("fiscal_year", "value", "approximate", "text", "note"),
}
_INDICATOR_FIELDS = (
    "main",
    "kind",
    "name",
    "unit",
    "direction",
    "cumulative",
    "qualitative",
    "criterion",
    "mark",
)
_YEAR_FIELDS = (
    "target",
    "target_text",
    "actual",
    "numerator",
    "denominator",
    "actual_text",
    "as_of",
    "note",
)
_BUDGET_FIELDS = ("initial", "supplementary", "carryover", "total", "executed")
_VERDICT_FIELDS = ("category", "rationale", "analysis")
_NEXT_FIELDS = (
    "measures",
    "budget_request_fiscal_year",
    "budget_request",
    "budget_reflection",
    "institutional_reflection",
)


def header_row(report: r.Report) -> dict[str, Any]:
    row = {name: getattr(report, name) for name in HEADER_FIELDS}
    row["key"] = report.key
    row["budget_unit"] = report.budget.unit
    return row


def to_rows(report: r.Report, report_id: int) -> Rows:
    """Every child row of ``report``, by table name."""
    rid = {"report_id": report_id}
    rows: Rows = defaultdict(list)
    for i, text in enumerate(report.intermediate_outcomes):
        rows["intermediate_outcome"].append({**rid, "position": i, "text": text})
    for i, person in enumerate(report.responsible):
        rows["responsible"].append(
            {**rid, "position": i, "title": person.title, "name": person.name}
        )
    for i, note in enumerate(report.budget.notes):
        rows["budget_note"].append({**rid, "position": i, "text": note})
    for i, year in enumerate(report.budget.years):
        rows["budget_year"].append(
            {
                **rid,
                "fiscal_year": year.fiscal_year,
                "position": i,
                **{name: getattr(year, name) for name in _BUDGET_FIELDS},
            }
        )
    for i, policy in enumerate(report.cabinet_policies):
        rows["cabinet_policy"].append(
            {
                **rid,
                "position": i,
                "name": policy.name,
                "date": policy.date,
                "excerpt": policy.excerpt,
            }
        )
    for o, objective in enumerate(report.objectives):
        rows["objective"].append({**rid, "position": o, "text": objective.text})
        for n, ind in enumerate(objective.indicators):
            rows["indicator"].append(_indicator_row(ind, rid, o, n))
            for i, tag in enumerate(ind.tags):
                rows["indicator_tag"].append(
                    {**rid, "indicator_number": ind.number, "position": i, "text": tag}
                )
            for i, row_year in enumerate(ind.years):
                rows["indicator_year"].append(
                    {
                        **rid,
                        "indicator_number": ind.number,
                        "fiscal_year": row_year.fiscal_year,
                        "position": i,
                        **{name: getattr(row_year, name) for name in _YEAR_FIELDS},
                    }
                )
        for m, means in enumerate(objective.means):
            rows["means"].append(
                {
                    **rid,
                    "objective_position": o,
                    "position": m,
                    "name": means.name,
                    "review_number": means.review_number,
                    "summary": means.summary,
                    "indicator_numbers": ",".join(str(n) for n in means.indicator_numbers),
                }
            )
    rows["verdict"].append({**rid, **{n: getattr(report.verdict, n) for n in _VERDICT_FIELDS}})
    rows["next_steps"].append({**rid, **{n: getattr(report.next_steps, n) for n in _NEXT_FIELDS}})
    return rows


def _indicator_row(ind: r.Indicator, rid: dict[str, int], objective: int, position: int) -> dict:
    row: dict[str, Any] = {
        **rid,
        "number": ind.number,
        "objective_position": objective,
        "position": position,
    }
    row.update({name: getattr(ind, name) for name in _INDICATOR_FIELDS})
    for part, names in _PREFIXED.items():
        section = getattr(ind, part)
        row.update({f"{part}_{name}": getattr(section, name) for name in names})
    return row


def _pick(row: Mapping[Any, Any], names: Sequence[str], prefix: str = "") -> dict[str, Any]:
    """The columns ``prefix + name`` of ``row``, keyed by dataclass field name."""
    return {name: row[prefix + name] for name in names}


def from_rows(
    header: Mapping[Any, Any], rows: Mapping[str, Sequence[Mapping[Any, Any]]]
) -> r.Report:
    """Rebuild the Report; ``rows`` per table must be in printed order."""
    report = r.Report(key=header["key"], **{name: header[name] for name in HEADER_FIELDS})
    report.intermediate_outcomes = [row["text"] for row in rows["intermediate_outcome"]]
    report.responsible = [r.Responsible(row["title"], row["name"]) for row in rows["responsible"]]
    report.budget = r.Budget(
        unit=header["budget_unit"],
        notes=[row["text"] for row in rows["budget_note"]],
        years=[
            r.BudgetYear(row["fiscal_year"], **_pick(row, _BUDGET_FIELDS))
            for row in rows["budget_year"]
        ],
    )
    report.cabinet_policies = [
        r.CabinetPolicy(row["name"], row["date"], row["excerpt"]) for row in rows["cabinet_policy"]
    ]
    tags: dict[int, list[str]] = defaultdict(list)
    for row in rows["indicator_tag"]:
        tags[row["indicator_number"]].append(row["text"])
    years: dict[int, list[r.IndicatorYear]] = defaultdict(list)
    for row in rows["indicator_year"]:
        years[row["indicator_number"]].append(
            r.IndicatorYear(row["fiscal_year"], **_pick(row, _YEAR_FIELDS))
        )
    report.objectives = [r.Objective(text=row["text"]) for row in rows["objective"]]
    for row in rows["indicator"]:
        number = row["number"]
        report.objectives[row["objective_position"]].indicators.append(
            r.Indicator(
                number=number,
                tags=tags[number],
                years=years[number],
                baseline=r.Baseline(**_pick(row, _PREFIXED["baseline"], "baseline_")),
                target=r.Target(**_pick(row, _PREFIXED["target"], "target_")),
                **_pick(row, _INDICATOR_FIELDS),
            )
        )
    for row in rows["means"]:
        numbers = [int(n) for n in row["indicator_numbers"].split(",") if n]
        report.objectives[row["objective_position"]].means.append(
            r.Means(row["name"], row["review_number"], row["summary"], numbers)
        )
    for row in rows["verdict"]:
        report.verdict = r.Verdict(**_pick(row, _VERDICT_FIELDS))
    for row in rows["next_steps"]:
        report.next_steps = r.NextSteps(**_pick(row, _NEXT_FIELDS))
    return report


ORDER_BY: dict[str, tuple[str, ...]] = {
    "intermediate_outcome": ("position",),
    "responsible": ("position",),
    "budget_note": ("position",),
    "budget_year": ("position",),
    "cabinet_policy": ("position",),
    "objective": ("position",),
    "indicator": ("objective_position", "position"),
    "indicator_tag": ("indicator_number", "position"),
    "indicator_year": ("indicator_number", "position"),
    "means": ("objective_position", "position"),
    "verdict": (),
    "next_steps": (),
}
assert set(ORDER_BY) == {table.name for table in t.CHILDREN}
