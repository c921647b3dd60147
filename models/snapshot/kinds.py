"""The building blocks of the snapshot schema: scalar kinds (text, integer, year, number,
boolean, date, month, key, choice), each a reader that refuses with a message, and the
compound specs (a table of fields, a list, an array of tables)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from models.i18n import tr
from models.report.key import KEY_PATTERN

SCHEMA = "hyoka/1"
MONTH_PATTERN = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
# Control characters other than tab and newline never enter the store: an escape
# sequence typed into a snapshot must not reach an evaluator's terminal through hyoka.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
INT_LIMIT = 2**63 - 1
YEAR_RANGE = (1868, 2200)


class Problem(Exception):
    """A value that does not fit its spec; the walker adds the key path."""


# ---------------------------------------------------------------- scalar kinds
@dataclass(frozen=True)
class Kind:
    """A scalar type: ``check`` returns the value or raises Problem; ``empty`` is TOML-absent."""

    check: Callable[[Any], Any]
    default: Any = None  # what an absent key means besides "" and None (left out when written)

    def is_empty(self, value: Any) -> bool:
        return value is None or value == "" or value == self.default


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise Problem(
            tr("文字列が必要です（{got}）", "expected a string (got {got})", got=_tname(value))
        )
    bad = CONTROL_CHARS.search(value)
    if bad:
        raise Problem(
            tr(
                "制御文字 U+{code:04X} は使えません（タブと改行のみ可）",
                "control character U+{code:04X} is not allowed (only tab and newline)",
                code=ord(bad.group()),
            )
        )
    return value


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Problem(
            tr("整数が必要です（{got}）", "expected an integer (got {got})", got=_tname(value))
        )
    if abs(value) > INT_LIMIT:
        raise Problem(tr("整数が大きすぎます", "integer out of range"))
    return value


def _year(value: Any) -> int:
    year = _integer(value)
    lo, hi = YEAR_RANGE
    if not lo <= year <= hi:
        raise Problem(
            tr(
                "西暦の年度が必要です（{lo}〜{hi}、例: 2021）: {got}",
                "expected a Western fiscal year ({lo}–{hi}, e.g. 2021): {got}",
                lo=lo,
                hi=hi,
                got=year,
            )
        )
    return year


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Problem(
            tr("数値が必要です（{got}）", "expected a number (got {got})", got=_tname(value))
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise Problem(tr("有限の数値が必要です", "expected a finite number"))
    if isinstance(value, int) and abs(value) > INT_LIMIT:
        raise Problem(tr("整数が大きすぎます", "integer out of range"))
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Problem(
            tr(
                "true か false が必要です（{got}）",
                "expected true or false (got {got})",
                got=_tname(value),
            )
        )
    return value


def _local_date(value: Any) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise Problem(
            tr(
                "日付が必要です（例: 2021-06-18）（{got}）",
                "expected a local date such as 2021-06-18 (got {got})",
                got=_tname(value),
            )
        )
    return value


def _pattern(regex: re.Pattern[str], example: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = _text(value)
        if text and not regex.fullmatch(text):
            raise Problem(
                tr(
                    "形式が違います（例: {ex}）: {got!r}",
                    "wrong form (e.g. {ex}): {got!r}",
                    ex=example,
                    got=text,
                )
            )
        return text

    return check


def _choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = _text(value)
        if text and text not in options:
            raise Problem(
                tr(
                    "次のいずれかが必要です: {opts}（{got!r}）",
                    "expected one of: {opts} (got {got!r})",
                    opts=", ".join(options),
                    got=text,
                )
            )
        return text

    return check


def _tname(value: Any) -> str:
    """What a TOML value is, in words: 「文字列」, ``string``."""
    if isinstance(value, datetime):
        name = "datetime"
    elif isinstance(value, date):
        name = "date"
    else:
        name = _PYTHON_TYPES.get(type(value), "")
    if name in _TOML_TYPES:
        return tr(*_TOML_TYPES[name])
    return type(value).__name__


_PYTHON_TYPES = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "float",
    list: "array",
    dict: "table",
    time: "time",
}
_TOML_TYPES = {
    "string": ("文字列", "string"),
    "boolean": ("真偽値（true／false）", "boolean"),
    "integer": ("整数", "integer"),
    "float": ("小数", "float"),
    "array": ("配列", "array"),
    "table": ("テーブル", "table"),
    "datetime": ("日時", "datetime"),
    "date": ("日付", "date"),
    "time": ("時刻", "time"),
}


TEXT = Kind(_text)
INT = Kind(_integer)
YEAR = Kind(_year)
NUM = Kind(_number)
BOOL = Kind(_boolean)
DATE = Kind(_local_date)
MONTH = Kind(_pattern(MONTH_PATTERN, "2022-08"))
KEY = Kind(_pattern(KEY_PATTERN, "soumu-r4-08"))


def choice(options: tuple[str, ...], default: str = "") -> Kind:
    return Kind(_choice(options), default or None)


# ---------------------------------------------------------------- compound specs
@dataclass(frozen=True)
class ListOf:
    """An array of scalars, e.g. ``notes`` or ``tags``."""

    item: Kind


@dataclass(frozen=True)
class Table:
    """A TOML table read into the dataclass ``cls``; ``fields`` in canonical order."""

    cls: type
    fields: tuple[tuple[str, Any], ...]
    required: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ArrayOf:
    """An array of tables, e.g. ``[[budget.years]]``; ``inline`` writes ``[{…}, …]`` instead."""

    table: Table
    inline: bool = False


Spec = Kind | ListOf | Table | ArrayOf


def table(cls: type, *fields: tuple[str, Any], required: tuple[str, ...] = ()) -> Table:
    return Table(cls, tuple(fields), frozenset(required))
