"""Between a Report and its table rows: plain dicts keyed by column name.

``to_rows`` gives, per table, the rows to insert for one report (``from_rows`` in
:mod:`models.store.rows_read` builds it back); ``ORDER_BY`` is each table's printed order.
No database access happens here.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from models.report import model as r
from models.report.budget import FIGURES
from models.report.fields import scalar_names
from models.store import plan_column
from models.store import tables as t

Rows = dict[str, list[dict[str, Any]]]

# The columns of each table that are fields of the report, from their declarations.
HEADER_FIELDS = scalar_names(r.Report, skip=("key",))
PREFIXED = {"baseline": scalar_names(r.Baseline), "target": scalar_names(r.Target)}
INDICATOR_FIELDS = scalar_names(r.Indicator, skip=("number",))
YEAR_FIELDS = scalar_names(r.IndicatorYear, skip=("fiscal_year",))
PART_FIELDS = scalar_names(r.IndicatorPart)
MEANS_FIELDS = scalar_names(r.Means)
MEANS_YEAR_FIELDS = scalar_names(r.MeansYear, skip=("fiscal_year",))
RESPONSIBLE_FIELDS = scalar_names(r.Responsible)
CABINET_FIELDS = scalar_names(r.CabinetPolicy)
VERDICT_FIELDS = scalar_names(r.Verdict)
NEXT_FIELDS = scalar_names(r.NextSteps)
GIST_FIELDS = scalar_names(r.Gist)


def header_row(report: r.Report) -> dict[str, Any]:
    row = {name: getattr(report, name) for name in HEADER_FIELDS}
    row["key"] = report.key
    row["budget_unit"] = report.budget.unit
    row["plan"] = plan_column.plan_to_json(report.plan)
    return row


def to_rows(report: r.Report, report_id: int) -> Rows:
    """Every child row of ``report``, by table name."""
    rid = {"report_id": report_id}
    rows: Rows = defaultdict(list)
    for i, text in enumerate(report.intermediate_outcomes):
        rows["intermediate_outcome"].append({**rid, "position": i, "text": text})
    for i, person in enumerate(report.responsible):
        rows["responsible"].append({**rid, "position": i, **_fields(person, RESPONSIBLE_FIELDS)})
    for i, note in enumerate(report.budget.notes):
        rows["budget_note"].append({**rid, "position": i, "text": note})
    for i, year in enumerate(report.budget.years):
        rows["budget_year"].append(
            {
                **rid,
                "fiscal_year": year.fiscal_year,
                "position": i,
                **{name: getattr(year, name) for name in FIGURES},
            }
        )
    for i, policy in enumerate(report.cabinet_policies):
        rows["cabinet_policy"].append({**rid, "position": i, **_fields(policy, CABINET_FIELDS)})
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
                        **{name: getattr(row_year, name) for name in YEAR_FIELDS},
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
                            **{name: getattr(row_year, name) for name in YEAR_FIELDS},
                        }
                    )
        for m, means in enumerate(objective.means):
            rows["means"].append(
                {
                    **rid,
                    "objective_position": o,
                    "position": m,
                    "indicator_numbers": ",".join(str(n) for n in means.indicator_numbers),
                    **_fields(means, MEANS_FIELDS),
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
                        **_fields(money, MEANS_YEAR_FIELDS),
                    }
                )
    rows["verdict"].append({**rid, **{n: getattr(report.verdict, n) for n in VERDICT_FIELDS}})
    rows["next_steps"].append({**rid, **{n: getattr(report.next_steps, n) for n in NEXT_FIELDS}})
    if report.gist != r.Gist():
        rows["gist"].append({**rid, **{n: getattr(report.gist, n) for n in GIST_FIELDS}})
    return rows


def _fields(value: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(value, name) for name in names}


def _indicator_row(ind: r.Indicator, rid: dict[str, int], objective: int, position: int) -> dict:
    row: dict[str, Any] = {
        **rid,
        "number": ind.number,
        "objective_position": objective,
        "position": position,
    }
    row.update({name: getattr(ind, name) for name in INDICATOR_FIELDS})
    for part, names in PREFIXED.items():
        section = getattr(ind, part)
        row.update({f"{part}_{name}": getattr(section, name) for name in names})
    return row


def _part_row(part: r.IndicatorPart, number: int, rid: dict[str, int], position: int) -> dict:
    row: dict[str, Any] = {
        **rid,
        "indicator_number": number,
        "position": position,
        **_fields(part, PART_FIELDS),
    }
    for section_name, names in PREFIXED.items():
        section = getattr(part, section_name)
        row.update({f"{section_name}_{name}": getattr(section, name) for name in names})
    return row


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
    "verdict": (),
    "next_steps": (),
    "gist": (),
}
assert set(ORDER_BY) == {table.name for table in t.CHILDREN}
