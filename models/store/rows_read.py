"""A Report built back from its table rows (tuples in table column order, as
``select(table)`` gives them), in printed order. No database access happens here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from operator import itemgetter
from typing import Any

from models.report import model as r
from models.report.budget import FIGURES
from models.store import plan_column
from models.store import tables as t
from models.store.rows import (
    CABINET_FIELDS,
    GIST_FIELDS,
    HEADER_FIELDS,
    INDICATOR_FIELDS,
    MEANS_FIELDS,
    MEANS_YEAR_FIELDS,
    NEXT_FIELDS,
    PART_FIELDS,
    PREFIXED,
    RESPONSIBLE_FIELDS,
    VERDICT_FIELDS,
    YEAR_FIELDS,
)

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
_RESPONSIBLE = _maker(r.Responsible, "responsible", RESPONSIBLE_FIELDS)
_BUDGET_YEAR = _maker(r.BudgetYear, "budget_year", ("fiscal_year", *FIGURES))
_CABINET = _maker(r.CabinetPolicy, "cabinet_policy", CABINET_FIELDS)
_TAG = _columns("indicator_tag", ("indicator_number", "text"))
_YEAR_OF = column("indicator_year", "indicator_number")
_YEAR = _maker(r.IndicatorYear, "indicator_year", ("fiscal_year", *YEAR_FIELDS))
_INDICATOR_AT = _columns("indicator", ("number", "objective_position"))
_INDICATOR = _columns("indicator", INDICATOR_FIELDS)
_BASELINE = _maker(r.Baseline, "indicator", PREFIXED["baseline"], "baseline_")
_TARGET = _maker(r.Target, "indicator", PREFIXED["target"], "target_")
_PART_AT = _columns("indicator_part", ("indicator_number", "position"))
_PART = _columns("indicator_part", PART_FIELDS)
_PART_BASELINE = _maker(r.Baseline, "indicator_part", PREFIXED["baseline"], "baseline_")
_PART_TARGET = _maker(r.Target, "indicator_part", PREFIXED["target"], "target_")
_PART_YEAR_OF = _columns("indicator_part_year", ("indicator_number", "part_position"))
_PART_YEAR = _maker(r.IndicatorYear, "indicator_part_year", ("fiscal_year", *YEAR_FIELDS))
_MEANS_AT = _columns("means", ("objective_position", "position"))
_MEANS = _columns("means", MEANS_FIELDS)
_MEANS_YEAR_OF = _columns("means_year", ("objective_position", "means_position"))
_MEANS_YEAR = _maker(r.MeansYear, "means_year", ("fiscal_year", *MEANS_YEAR_FIELDS))
_PLAN = column("report", "plan")
_MEANS_NUMBERS = column("means", "indicator_numbers")
_VERDICT = _maker(r.Verdict, "verdict", VERDICT_FIELDS)
_NEXT = _maker(r.NextSteps, "next_steps", NEXT_FIELDS)
_GIST = _maker(r.Gist, "gist", GIST_FIELDS)


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
        number, position = _PART_AT(row)
        parts[number].append(
            r.IndicatorPart(
                **dict(zip(PART_FIELDS, _PART(row), strict=True)),
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
                **dict(zip(INDICATOR_FIELDS, _INDICATOR(row), strict=True)),
            )
        )
    money: dict[tuple[int, int], list[r.MeansYear]] = defaultdict(list)
    for row in rows["means_year"]:
        money[_MEANS_YEAR_OF(row)].append(_MEANS_YEAR(row))
    for row in rows["means"]:
        objective, position = _MEANS_AT(row)
        numbers = [int(n) for n in _MEANS_NUMBERS(row).split(",") if n]
        report.objectives[objective].means.append(
            r.Means(
                **dict(zip(MEANS_FIELDS, _MEANS(row), strict=True)),
                indicator_numbers=numbers,
                years=money[objective, position],
            )
        )
    report.plan = plan_column.plan_from_json(_PLAN(header))
    for row in rows["verdict"]:
        report.verdict = _VERDICT(row)
    for row in rows["next_steps"]:
        report.next_steps = _NEXT(row)
    for row in rows["gist"]:
        report.gist = _GIST(row)
    return report
