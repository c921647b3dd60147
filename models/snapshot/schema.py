"""The ``hyoka/1`` snapshot format as data: which keys, in which order, of which type.

Every table is derived from the declarations of the report's fields (models/report/fields.py,
next to each field in models/report/model.py): a field's name is its key, its place in its
dataclass the key's place, its kind the reader that checks it. Reading and writing both walk
these specs, so the importer's validation and the exporter's key order can never drift apart,
and a field declared in the model is in the format without a word here.
"""

from __future__ import annotations

from functools import cache

from models.report import fields as f
from models.report import model as r
from models.snapshot.kinds import (
    BOOL,
    DATE,
    INT,
    KEY,
    MONTH,
    NUM,
    TEXT,
    YEAR,
    ArrayOf,
    Kind,
    ListOf,
    Spec,
    Table,
    choice,
)

_KINDS: dict[str, Kind] = {
    f.TEXT: TEXT,
    f.LONG_TEXT: TEXT,
    f.INTEGER: INT,
    f.MONEY: INT,
    f.YEAR: YEAR,
    f.NUMBER: NUM,
    f.BOOLEAN: BOOL,
    f.DATE: DATE,
    f.MONTH: MONTH,
    f.KEY: KEY,
}


def _spec(declared: f.Declared) -> Spec:
    if declared.kind == f.CHOICE:
        return choice(declared.options, default=declared.default)
    if declared.kind == f.LIST:
        return ListOf(_KINDS[declared.item])
    if declared.kind in (f.SECTION, f.ROWS):
        assert declared.table is not None
        spec = table_of(declared.table)
        return spec if declared.kind == f.SECTION else ArrayOf(spec, inline=declared.inline)
    return _KINDS[declared.kind]


@cache
def table_of(cls: type, skip: tuple[str, ...] = ()) -> Table:
    """The snapshot table of dataclass ``cls``: its declared fields but ``skip``, in order."""
    declared = [(name, d) for name, d in f.declarations(cls) if name not in skip]
    return Table(
        cls,
        tuple((name, _spec(d)) for name, d in declared),
        frozenset(name for name, d in declared if d.required),
    )


# The top-level sections after [report], each an attribute of Report of the same name.
_SECTION_NAMES = (
    "budget",
    "cabinet_policies",
    "objectives",
    "verdict",
    "next_steps",
    "plan",
    "gist",
)
SECTIONS: tuple[tuple[str, Spec], ...] = tuple(
    (name, spec) for name, spec in table_of(r.Report).fields if name in _SECTION_NAMES
)
# [report]: the header keys of Report (everything but the sections).
REPORT_HEADER = table_of(r.Report, _SECTION_NAMES)
BUDGET_YEAR = table_of(r.BudgetYear)
INDICATOR = table_of(r.Indicator)
INDICATOR_YEAR = table_of(r.IndicatorYear)
MEANS = table_of(r.Means)
MEANS_YEAR = table_of(r.MeansYear)
PLAN = table_of(r.FixedPlan)
PLANNED_INDICATOR = table_of(r.PlannedIndicator)
