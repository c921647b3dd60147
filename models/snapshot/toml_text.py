"""The canonical text of a snapshot, written from the schema in one pass.

A general TOML writer decides table layout by heuristics (tomli-w writes an array of
short tables inline, which moves it ahead of the sections that precede it in the spec).
Here the layout is fixed by the schema: tables are ``[a.b]`` sections, arrays of tables
are ``[[a.b]]`` sections, except arrays marked inline (``report.responsible``), which
stay one ``{ … }`` per line. So the keys always come out in the spec's order, whatever
the data, and the bundled sample is reproduced byte for byte.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from models.snapshot.kinds import ArrayOf, Kind, ListOf, Spec, Table

INDENT = "    "
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


# What a basic string must escape: the backslash, the quote and the control characters
# (a line break only in a one-line string).
_ONE_LINE = re.compile(r'[\x00-\x1f\x7f"\\]')
_MULTI_LINE = re.compile(r'[\x00-\x09\x0b-\x1f\x7f"\\]')


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04x}"


def string(text: str) -> str:
    """A TOML basic string; text with a line break becomes a multi-line string."""
    if "\n" in text:
        return '"""\n' + _MULTI_LINE.sub(_escape, text) + '"""'
    return '"' + _ONE_LINE.sub(_escape, text) + '"'


def scalar(value: Any) -> str:
    if type(value) is str or isinstance(value, str):
        return string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not a snapshot value: {value!r}")


def _array(values: list[Any]) -> str:
    return "[\n" + "".join(f"{INDENT}{scalar(v)},\n" for v in values) + "]"


def _inline_table(obj: Any, spec: Table) -> str:
    parts = [
        f"{name} = {scalar(getattr(obj, name))}"
        for name, sub in spec.fields
        if isinstance(sub, Kind) and not sub.is_empty(getattr(obj, name))
    ]
    return "{ " + ", ".join(parts) + " }" if parts else "{}"


def is_empty(value: Any, spec: Spec) -> bool:
    if isinstance(spec, Kind):
        return spec.is_empty(value)
    if isinstance(spec, ListOf | ArrayOf):
        return not value
    return all(is_empty(getattr(value, name), sub) for name, sub in spec.fields)


_SCALAR, _LIST, _INLINE, _SECTION = range(4)
_PLANS: dict[int, tuple[Table, tuple[tuple[str, int, Any], ...]]] = {}


def _plan(spec: Table) -> tuple[tuple[str, int, Any], ...]:
    """``spec.fields`` with how each is written, worked out once per spec."""
    known = _PLANS.get(id(spec))
    if known is not None and known[0] is spec:
        return known[1]
    plan = tuple(
        (
            key,
            _SCALAR
            if isinstance(sub, Kind)
            else _LIST
            if isinstance(sub, ListOf)
            else _INLINE
            if isinstance(sub, ArrayOf) and sub.inline
            else _SECTION,
            sub,
        )
        for key, sub in spec.fields
    )
    _PLANS[id(spec)] = (spec, plan)
    return plan


def write_table(out: list[str], obj: Any, spec: Table, name: str, header: str | None) -> None:
    """Append ``obj`` as a section: its scalar keys, then its sub-tables, in spec order."""
    if header is not None:
        out.append(header)
    later: list[tuple[str, Any, Spec]] = []
    for key, how, sub in _plan(spec):
        value = getattr(obj, key)
        if how == _SCALAR:
            if value is None or value == "" or value == sub.default:  # Kind.is_empty
                continue
            out.append(f"{key} = {scalar(value)}\n")
        elif how == _LIST:
            if value:
                out.append(f"{key} = {_array(value)}\n")
        elif how == _INLINE:
            if value:
                rows = "".join(f"{INDENT}{_inline_table(v, sub.table)},\n" for v in value)
                out.append(f"{key} = [\n{rows}]\n")
        elif not is_empty(value, sub):
            later.append((key, value, sub))
    for key, value, sub in later:
        path = f"{name}.{key}" if name else key
        if isinstance(sub, ArrayOf):
            for item in value:
                out.append("\n")
                write_table(out, item, sub.table, path, f"[[{path}]]\n")
        else:
            assert isinstance(sub, Table)
            out.append("\n")
            write_table(out, value, sub, path, f"[{path}]\n")
