"""What the home screen's parts (new, delete, import, export, roll-over) need from the list
they act on. The home screen (:class:`tui.screens.reports.ReportsScreen`) provides it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

if TYPE_CHECKING:
    from tui.widgets.listing import ListRow


class ReportList(Screen[None]):
    """A screen showing the report list, with a cursor on one report."""

    rows: list[ListRow]  # every report, in the current sort order

    def refresh_list(self) -> object:
        """Read the list again from the store (in a worker: the screen's is decorated)."""
        raise NotImplementedError

    def current_key(self) -> str | None:
        """The key under the cursor, if any."""
        raise NotImplementedError

    def known_keys(self) -> set[str]:
        """Every key the list holds (to refuse a new key that exists)."""
        raise NotImplementedError

    def place_cursor_on(self, key: str) -> None:
        """Put the cursor on ``key`` once the list shows it."""
        raise NotImplementedError
