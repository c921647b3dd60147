"""The store's tables made from the report's field declarations (models/report/fields.py).

A table is its keys (written here, in models/store/objective_tables.py and report_tables.py)
and the columns of the dataclasses it keeps: one column per scalar field, named as the field,
``prefix``-ed where a nested section is kept as columns (an indicator's 基準 as
``baseline_value`` …). A field's kind gives its column type: prose is TEXT, money BIGINT,
indicator values their exact text (``NumberText``), one-line strings VARCHAR; nothing in the
store names a field of the report. Lists and nested tables of tables are tables of their own.
"""

from __future__ import annotations

import datetime as dt
import types
from typing import Any, cast

from sqlmodel import Field, SQLModel

from models.report import fields as f
from models.store.columns import exact_number, long_text, money, report_fk

Column = tuple[Any, Any]  # (annotation, default or Field)


def _column(declared: f.Declared) -> Column:
    kind = declared.kind
    if kind == f.LONG_TEXT:
        return str, long_text()
    if kind in (f.TEXT, f.MONTH, f.KEY, f.CHOICE):
        return str, declared.default or ""
    if kind in (f.INTEGER, f.YEAR):
        return (int, 0) if declared.required else (int | None, None)
    if kind == f.MONEY:
        return int | None, money()
    if kind == f.NUMBER:
        return float | int | None, exact_number()
    if kind == f.BOOLEAN:
        return bool | None, None
    if kind == f.DATE:
        return dt.date | None, None
    raise ValueError(f"no column for kind {kind!r}")


def columns(cls: type, prefix: str = "", skip: tuple[str, ...] = ()) -> dict[str, Column]:
    """A column for each scalar field of dataclass ``cls`` but ``skip``, in its order."""
    return {
        prefix + name: _column(declared)
        for name, declared in f.declarations(cls)
        if declared.scalar and name not in skip
    }


def baseline_and_target() -> dict[str, Column]:
    """The 基準 and 目標 of an indicator, a うち series or a planned indicator, as columns."""
    from models.report.model import Baseline, Target

    return {**columns(Baseline, "baseline_"), **columns(Target, "target_")}


def report_id() -> Column:
    """The report a row belongs to (first part of every child table's key)."""
    return int, report_fk()


def key() -> Column:
    """An integer part of a row's key inside its report (a number, a position, a year)."""
    return int, Field(primary_key=True)


def table_model(name: str, table: str, doc: str, /, **cols: Column) -> type[SQLModel]:
    """A SQLModel table class ``name`` for table ``table`` with ``cols`` in order."""

    def body(namespace: dict[str, Any]) -> None:
        namespace["__module__"] = __name__
        namespace["__doc__"] = doc
        namespace["__tablename__"] = table
        namespace["__annotations__"] = {column: ann for column, (ann, _) in cols.items()}
        namespace.update({column: default for column, (_, default) in cols.items()})

    return cast(type[SQLModel], types.new_class(name, (SQLModel,), {"table": True}, body))
