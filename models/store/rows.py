"""Between a Report and its table rows: plain dicts keyed by column name.

``to_rows`` gives, per table, the rows to insert for one report; ``from_rows`` builds the
Report back from the rows read (tuples in table column order) in printed order. No database
access happens here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from operator import itemgetter
from typing import Any

from models.report import model as r
from models.report.budget import FIGURES
from models.store import tables as t

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
    "planned_evaluation",
    "predecessor",
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
    "bound",
    "cumulative",
    "qualitative",
    "criterion",
    "mark",
    "drop_next",
    "reason",
    "change_reason",
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
_BUDGET_FIELDS = FIGURES
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
    row["plan_fixed_on"] = report.plan.fixed_on if report.plan is not None else None
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
            for p, part in enumerate(ind.parts):
                rows["indicator_part"].append(_part_row(part, ind.number, rid, p))
                for i, row_year in enumerate(part.years):
                    rows["indicator_part_year"].append(
                        {
                            **rid,
                            "indicator_number": ind.number,
                            "part_position": p,
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
                    "start_fiscal_year": means.start_fiscal_year,
                }
            )
            for i, money in enumerate(means.years):
                rows["means_year"].append(
                    {
                        **rid,
                        "objective_position": o,
                        "means_position": m,
                        "fiscal_year": money.fiscal_year,
                        "position": i,
                        "budget": money.budget,
                        "executed": money.executed,
                    }
                )
    if report.plan is not None:
        for i, planned in enumerate(report.plan.indicators):
            rows["planned_indicator"].append(_planned_row(planned, rid, i))
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


def _planned_row(planned: r.PlannedIndicator, rid: dict[str, int], position: int) -> dict:
    row: dict[str, Any] = {
        **rid,
        "number": planned.number,
        "position": position,
        "objective": planned.objective,
        "name": planned.name,
    }
    for section_name, names in _PREFIXED.items():
        section = getattr(planned, section_name)
        row.update({f"{section_name}_{name}": getattr(section, name) for name in names})
    return row


def _part_row(part: r.IndicatorPart, number: int, rid: dict[str, int], position: int) -> dict:
    row: dict[str, Any] = {
        **rid,
        "indicator_number": number,
        "position": position,
        "name": part.name,
        "unit": part.unit,
    }
    for section_name, names in _PREFIXED.items():
        section = getattr(part, section_name)
        row.update({f"{section_name}_{name}": getattr(section, name) for name in names})
    return row


# Reading: rows come back as tuples in the order of their table's columns (``select(table)``);
# each dataclass is built positionally from the columns it takes, picked by one itemgetter.
_POSITIONS = {
    tbl.name: {column.name: i for i, column in enumerate(tbl.columns)}
    for tbl in (t.REPORT, *t.CHILDREN)
}
Row = Sequence[Any]


def _columns(table: str, names: Sequence[str], prefix: str = "") -> Callable[[Row], tuple]:
    """A function giving the columns ``prefix + name`` of a ``table`` row, as a tuple."""
    at = [_POSITIONS[table][prefix + name] for name in names]
    if len(at) == 1:
        one = itemgetter(at[0])
        return lambda row: (one(row),)
    return itemgetter(*at)


def _maker(cls: type, table: str, names: Sequence[str], prefix: str = "") -> Callable[[Row], Any]:
    """``cls(*columns)``: ``names`` must be the first fields of ``cls``, in its order."""
    assert tuple(f.name for f in fields(cls))[: len(names)] == tuple(names), cls
    columns = _columns(table, names, prefix)
    return lambda row: cls(*columns(row))


def column(table: str, name: str) -> Callable[[Row], Any]:
    """A function giving column ``name`` of a ``table`` row."""
    return itemgetter(_POSITIONS[table][name])


_HEADER = _columns("report", HEADER_FIELDS)
_KEY = column("report", "key")
_UNIT = column("report", "budget_unit")
_TEXT = {
    name: column(name, "text") for name in ("intermediate_outcome", "budget_note", "objective")
}
_RESPONSIBLE = _maker(r.Responsible, "responsible", ("title", "name"))
_BUDGET_YEAR = _maker(r.BudgetYear, "budget_year", ("fiscal_year", *_BUDGET_FIELDS))
_CABINET = _maker(r.CabinetPolicy, "cabinet_policy", ("name", "date", "excerpt"))
_TAG = _columns("indicator_tag", ("indicator_number", "text"))
_YEAR_OF = column("indicator_year", "indicator_number")
_YEAR = _maker(r.IndicatorYear, "indicator_year", ("fiscal_year", *_YEAR_FIELDS))
_INDICATOR_AT = _columns("indicator", ("number", "objective_position"))
_INDICATOR = _columns("indicator", _INDICATOR_FIELDS)
_BASELINE = _maker(r.Baseline, "indicator", _PREFIXED["baseline"], "baseline_")
_TARGET = _maker(r.Target, "indicator", _PREFIXED["target"], "target_")
_PART_AT = _columns("indicator_part", ("indicator_number", "position", "name", "unit"))
_PART_BASELINE = _maker(r.Baseline, "indicator_part", _PREFIXED["baseline"], "baseline_")
_PART_TARGET = _maker(r.Target, "indicator_part", _PREFIXED["target"], "target_")
_PART_YEAR_OF = _columns("indicator_part_year", ("indicator_number", "part_position"))
_PART_YEAR = _maker(r.IndicatorYear, "indicator_part_year", ("fiscal_year", *_YEAR_FIELDS))
_MEANS = _columns("means", ("objective_position", "position", "name", "review_number", "summary"))
_MEANS_START = column("means", "start_fiscal_year")
_MEANS_YEAR_OF = _columns("means_year", ("objective_position", "means_position"))
_MEANS_YEAR = _maker(r.MeansYear, "means_year", ("fiscal_year", "budget", "executed"))
_PLAN_FIXED_ON = column("report", "plan_fixed_on")
_PLANNED = _maker(r.PlannedIndicator, "planned_indicator", ("objective", "number", "name"))
_PLANNED_BASELINE = _maker(r.Baseline, "planned_indicator", _PREFIXED["baseline"], "baseline_")
_PLANNED_TARGET = _maker(r.Target, "planned_indicator", _PREFIXED["target"], "target_")
_MEANS_NUMBERS = column("means", "indicator_numbers")
_VERDICT = _maker(r.Verdict, "verdict", _VERDICT_FIELDS)
_NEXT = _maker(r.NextSteps, "next_steps", _NEXT_FIELDS)


def from_rows(header: Row, rows: Mapping[str, Sequence[Row]]) -> r.Report:
    """Rebuild the Report from its rows (tuples in their table's column order, as
    ``select(table)`` gives them); ``rows`` per table must be in printed order."""
    report = r.Report(_KEY(header), **dict(zip(HEADER_FIELDS, _HEADER(header), strict=True)))
    report.intermediate_outcomes = list(
        map(_TEXT["intermediate_outcome"], rows["intermediate_outcome"])
    )
    report.responsible = list(map(_RESPONSIBLE, rows["responsible"]))
    report.budget = r.Budget(
        unit=_UNIT(header),
        notes=list(map(_TEXT["budget_note"], rows["budget_note"])),
        years=list(map(_BUDGET_YEAR, rows["budget_year"])),
    )
    report.cabinet_policies = list(map(_CABINET, rows["cabinet_policy"]))
    tags: dict[int, list[str]] = defaultdict(list)
    for number, text in map(_TAG, rows["indicator_tag"]):
        tags[number].append(text)
    years: dict[int, list[r.IndicatorYear]] = defaultdict(list)
    for row in rows["indicator_year"]:
        years[_YEAR_OF(row)].append(_YEAR(row))
    part_years: dict[tuple[int, int], list[r.IndicatorYear]] = defaultdict(list)
    for row in rows["indicator_part_year"]:
        part_years[_PART_YEAR_OF(row)].append(_PART_YEAR(row))
    parts: dict[int, list[r.IndicatorPart]] = defaultdict(list)
    for row in rows["indicator_part"]:
        number, position, name, unit = _PART_AT(row)
        parts[number].append(
            r.IndicatorPart(
                name=name,
                unit=unit,
                baseline=_PART_BASELINE(row),
                target=_PART_TARGET(row),
                years=part_years[number, position],
            )
        )
    report.objectives = [
        r.Objective(text=text) for text in map(_TEXT["objective"], rows["objective"])
    ]
    for row in rows["indicator"]:
        number, objective = _INDICATOR_AT(row)
        report.objectives[objective].indicators.append(
            r.Indicator(
                number=number,
                tags=tags[number],
                years=years[number],
                parts=parts[number],
                baseline=_BASELINE(row),
                target=_TARGET(row),
                **dict(zip(_INDICATOR_FIELDS, _INDICATOR(row), strict=True)),
            )
        )
    money: dict[tuple[int, int], list[r.MeansYear]] = defaultdict(list)
    for row in rows["means_year"]:
        money[_MEANS_YEAR_OF(row)].append(_MEANS_YEAR(row))
    for row in rows["means"]:
        objective, position, name, review_number, summary = _MEANS(row)
        numbers = [int(n) for n in _MEANS_NUMBERS(row).split(",") if n]
        report.objectives[objective].means.append(
            r.Means(
                name,
                review_number,
                summary,
                numbers,
                start_fiscal_year=_MEANS_START(row),
                years=money[objective, position],
            )
        )
    fixed_on = _PLAN_FIXED_ON(header)
    if fixed_on is not None:
        report.plan = r.FixedPlan(fixed_on)
        for row in rows["planned_indicator"]:
            planned = _PLANNED(row)
            planned.baseline = _PLANNED_BASELINE(row)
            planned.target = _PLANNED_TARGET(row)
            report.plan.indicators.append(planned)
    for row in rows["verdict"]:
        report.verdict = _VERDICT(row)
    for row in rows["next_steps"]:
        report.next_steps = _NEXT(row)
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
    "indicator_part": ("indicator_number", "position"),
    "indicator_part_year": ("indicator_number", "part_position", "position"),
    "means": ("objective_position", "position"),
    "means_year": ("objective_position", "means_position", "position"),
    "planned_indicator": ("position",),
    "verdict": (),
    "next_steps": (),
}
assert set(ORDER_BY) == {table.name for table in t.CHILDREN}
