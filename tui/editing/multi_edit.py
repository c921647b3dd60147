"""Several fields saved as one edit (a ratio's 分子 and 分母), with one undo.

Each change carries the value the screen showed; if any field has changed since, the whole
edit is refused (Conflict) and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from models.report import paths as fieldpath
from tui.editing.undo import Edit

if TYPE_CHECKING:
    from models.report.model import Report
    from models.store.store import Store

# (path, new value, value shown)
Change = tuple[str, Any, Any]


def _apply(key: str, changes: list[Change]) -> Callable[[Store], Report]:
    def run(store: Store) -> Report:
        from models.store.errors import Conflict

        def change(report: Report) -> list[tuple[str, str, Any, Any]]:
            records = []
            for path, value, expected in changes:
                current = fieldpath.get(report, path)
                if current != expected:
                    raise Conflict(key, path, expected, current)
                fieldpath.set_value(report, path, value)
                if value != expected:
                    records.append(("set", path, expected, value))
            return records

        return store.edit(key, change)

    return run


def set_many(key: str, changes: list[Change]) -> tuple[Callable[[Store], Report], Edit]:
    """What to pass to ``ReportScreen.save_change``: the edit and its undo."""
    undo = [(path, expected, value) for path, value, expected in changes]
    from models.i18n import tr
    from models.report.places import place_label

    describe = tr("、", ", ").join(place_label(path) for path, _, _ in changes)
    return _apply(key, changes), Edit(key, describe, _apply(key, undo))
