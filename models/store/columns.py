"""Column types and field helpers every table uses.

Indicator values, which may be integers or floats, are kept as their exact text
(``NumberText``) so ``100`` and ``100.0`` survive the round trip on every engine; budget
figures are integers (BIGINT); every child row hangs off ``report.id`` with ON DELETE CASCADE.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Column, ForeignKey, String, Text
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field


class NumberText(TypeDecorator[Any]):
    """An int or a float, stored as its shortest exact decimal text."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else repr(value)

    def process_result_value(self, value: Any, dialect: Any) -> int | float | None:
        if value is None:
            return None
        if "." in value or "e" in value or "E" in value or "n" in value:  # 1.5, 1e+20, inf, nan
            return float(value)
        return int(value)


def report_fk() -> Any:
    return Field(
        sa_column=Column("report_id", ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    )


def exact_number() -> Any:
    return Field(default=None, sa_type=NumberText)


def long_text() -> Any:
    return Field(default="", sa_type=Text)


def money() -> Any:
    return Field(default=None, sa_type=BigInteger)
