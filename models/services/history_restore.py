"""Putting back the value a recorded change replaced (F7 ``r``): the value the history
recorded as JSON, turned back into the type of the field it belongs to (a date from its
ISO text, a row from its object), saved with ``expected`` = the value stored now so a
concurrent edit is refused, and so recorded as a new change that can itself be undone.
"""

from __future__ import annotations

import typing
from dataclasses import is_dataclass
from datetime import date
from types import UnionType
from typing import TYPE_CHECKING, Any

from models.report import paths as fieldpath

if TYPE_CHECKING:
    from models.report.history import Change
    from models.report.model import Report
    from models.store.store import Store


def field_type(report: Report, path: str) -> Any:
    """The declared type of the place ``path`` names (``date | None``, ``int | None``…)."""
    parent_path, _, last = path.rpartition(".")
    parent: Any = fieldpath.get(report, parent_path) if parent_path else report
    segment = fieldpath.parse(last)[0]
    if not is_dataclass(parent):
        return Any
    hint = typing.get_type_hints(type(parent)).get(segment.name, Any)
    if segment.index is not None:  # an item of a list field: its element type
        args = typing.get_args(hint)
        return args[0] if typing.get_origin(hint) is list and args else Any
    return hint


def from_recorded(value: Any, hint: Any) -> Any:
    """A value as the history records it (JSON) turned back into a value of type ``hint``."""
    options = typing.get_args(hint) if isinstance(hint, UnionType) else (hint,)
    if value is None:
        return "" if str in options else None
    for option in options:
        if option is date and isinstance(value, str):
            return date.fromisoformat(value)
        if is_dataclass(option) and isinstance(option, type) and isinstance(value, dict):
            hints = typing.get_type_hints(option)
            return option(**{k: from_recorded(v, hints.get(k, Any)) for k, v in value.items()})
        if typing.get_origin(option) is list and isinstance(value, list):
            (item,) = typing.get_args(option) or (Any,)
            return [from_recorded(v, item) for v in value]
    return value


def restored_value(report: Report, change: Change) -> Any:
    """The value ``change`` replaced, typed for the field it belongs to."""
    return from_recorded(change.old, field_type(report, change.path))


def put_back(store: Store, key: str, change: Change) -> tuple[Any, Any] | None:
    """Save the value ``change`` replaced in report ``key``: (the value replaced now, the
    value put back), or None when the field already holds it. Raises the store's errors."""
    report = store.load_report(key)
    current = fieldpath.get(report, change.path)
    value = restored_value(report, change)
    if value == current:
        return None
    store.set_value(key, change.path, value, expected=current)
    return current, value
