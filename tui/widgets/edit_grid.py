"""A DataTable with VisiData's keys: arrows or hjkl move; editing, adding and removing are requests.

DataTable cannot edit its cells, so the grid only says what the evaluator asked for
(:class:`EditGrid.Request`); the screen owning it opens an input bar or a modal and saves.
Subclasses add the bindings for ``edit``, ``add`` and ``remove`` with their own ids and labels.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget

from tui.widgets.settled_table import SettledTable


class EditGrid(SettledTable):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("h", "cursor_left", show=False, id="grid.left"),
        Binding("j", "cursor_down", show=False, id="grid.down"),
        Binding("k", "cursor_up", show=False, id="grid.up"),
        Binding("l", "cursor_right", show=False, id="grid.right"),
    ]

    class Request(Message):
        """The evaluator asked to ``edit`` the cell under the cursor, ``add`` or ``remove``.

        Other lists with the same keys (the indicator tree) post it too.
        """

        def __init__(self, grid: Widget, what: str) -> None:
            super().__init__()
            self.grid = grid
            self.what = what

        @property
        def control(self) -> Widget:
            return self.grid

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="cell", zebra_stripes=True)

    def action_edit(self) -> None:
        if self.row_count:
            self.post_message(self.Request(self, "edit"))

    def action_add(self) -> None:
        self.post_message(self.Request(self, "add"))

    def action_remove(self) -> None:
        if self.row_count:
            self.post_message(self.Request(self, "remove"))

    def keep_cursor(self, row: int, column: int) -> None:
        """Put the cursor back near where it was after the grid was filled again."""
        if self.row_count and self.columns:
            self.move_cursor(
                row=min(row, self.row_count - 1),
                column=min(column, len(self.columns) - 1),
                scroll=True,
            )
