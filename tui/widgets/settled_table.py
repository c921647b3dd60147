"""A DataTable that never shows a header drawn with the widths from before its rows arrived.

Textual (8.2.8, pinned) measures newly added rows when the app is idle, and then widens the
columns; under load a header line rendered with the old, narrower widths was seen reused
after that (the column titles no longer over their columns, caught by CI snapshots). Dropping
the table's render caches once the measurement is done costs one re-render per refill.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.widgets import DataTable
from textual.widgets._data_table import RowKey


class SettledTable(DataTable[Any]):
    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        super()._update_dimensions(new_rows)
        self._clear_caches()
        self.refresh()
