"""The change history: what was changed, where, by whom, from what to what.

Values are stored as JSON text: scalars as themselves, dates as ISO strings, rows
(a budget year, an indicator…) as objects, a replaced or deleted report as its
snapshot text, so nothing that was once accepted is lost.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, is_dataclass
from datetime import date
from typing import Any


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode(value: Any) -> str | None:
    """JSON text of a recorded value (``None`` stays SQL NULL)."""
    if value is None:
        return None
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=False)


@dataclass(frozen=True)
class Change:
    """One row of the history, values decoded from JSON."""

    id: int
    at: str
    user: str
    report_key: str
    action: str
    path: str
    old: Any
    new: Any

    @classmethod
    def from_row(cls, row: Mapping[Any, Any]) -> Change:
        def decode(text: str | None) -> Any:
            return None if text is None else json.loads(text)

        return cls(
            row["id"],
            row["at"],
            row["user"],
            row["report_key"],
            row["action"],
            row["path"],
            decode(row["old"]),
            decode(row["new"]),
        )
