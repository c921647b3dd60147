"""A list of rows inside a form (中間アウトカム, 内閣の重要政策, 作成責任者): a table with keys.

``a`` adds a row after the cursor, ``enter``/``e`` edits it, ``d`` removes it and
``shift+up``/``shift+down`` move it. The widget only says what the evaluator asked for
(:class:`RowList.Requested`); the screen opens the editor and saves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Label, Static

from models.i18n import tr
from tui.widgets.field import mark_focus
from tui.widgets.settled_table import SettledTable


@dataclass(frozen=True)
class Column:
    name: str
    label: str
    parse: Callable[[str], Any]
    show: Callable[[Any], str]
    multiline: bool = False
    # The table shows each cell on one line, at most this many cells: the table itself fits
    # its columns to the width the terminal has (settled_table.py); the editor shows all.
    width: int = 400


@dataclass(frozen=True)
class ListSpec:
    """A list of the report: its path, columns, and how an item is made from its values."""

    path: str
    label: str
    columns: Sequence[Column]
    make: Callable[[dict[str, Any]], Any]
    split: Callable[[Any], dict[str, Any]]
    required: str = ""  # the column that may not be blank


class RowTable(SettledTable):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "request('add')", tr("行を追加", "Add row"), id="rows.add", show=False),
        Binding("e", "request('edit')", tr("行を編集", "Edit row"), id="rows.edit", show=False),
        Binding(
            "d,delete",
            "request('remove')",
            tr("行を削除", "Remove row"),
            id="rows.remove",
            show=False,
        ),
        Binding(
            "shift+up", "request('up')", tr("行を上へ", "Move row up"), id="rows.up", show=False
        ),
        Binding(
            "shift+down",
            "request('down')",
            tr("行を下へ", "Move row down"),
            id="rows.down",
            show=False,
        ),
    ]

    def action_request(self, what: str) -> None:
        self.post_message(RowList.Requested(self.parent, what, self.cursor_row))  # type: ignore[arg-type]


class RowList(Vertical):
    class Requested(Message):
        """``what`` is add, edit, remove, up or down; ``row`` the cursor's row."""

        def __init__(self, rows: RowList, what: str, row: int):
            super().__init__()
            self.rows, self.what, self.row = rows, what, row

    def __init__(self, spec: ListSpec, *, id: str | None = None):
        super().__init__(id=id, classes="row-list")
        self.spec = spec
        self.items: list[Any] = []
        self.pending_cursor: int | None = None  # where the cursor goes after the next reload

    def compose(self) -> ComposeResult:
        yield Label(Text(self.spec.label), classes="field-label")
        yield RowTable(
            cursor_type="row", zebra_stripes=True, show_header=len(self.spec.columns) > 1
        )
        yield Static(
            tr("（行がありません）a で追加", "(no rows) press a to add"), classes="empty-hint"
        )
        yield Static(
            tr(
                "a 追加・Enter/e 編集・d 削除・Shift+↑↓ 移動",
                "a add, Enter/e edit, d remove, Shift+Up/Down move",
            ),
            classes="hint",
        )

    def on_mount(self) -> None:
        table = self.query_one(RowTable)
        for column in self.spec.columns:
            table.add_column(Text(column.label), key=column.name)

    def set_items(self, items: list[Any]) -> None:
        self.items = list(items)
        table = self.query_one(RowTable)
        row = table.cursor_row if self.pending_cursor is None else self.pending_cursor
        self.pending_cursor = None
        table.clear()
        for item in self.items:
            values = self.spec.split(item)
            table.add_row(*(_one_line(c.show(values[c.name]), c.width) for c in self.spec.columns))
        if self.items:
            table.move_cursor(row=min(row, len(self.items) - 1))
        self.set_class(not self.items, "-empty")

    def on_descendant_focus(self, _event: events.DescendantFocus) -> None:
        mark_focus(self, True)

    def on_descendant_blur(self, _event: events.DescendantBlur) -> None:
        mark_focus(self, False)

    def cursor_row(self) -> int:
        return self.query_one(RowTable).cursor_row

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.post_message(self.Requested(self, "edit", event.cursor_row))


def _one_line(text: str, width: int) -> Text:
    line = Text(" ".join(part.strip() for part in text.splitlines()))
    line.truncate(width, overflow="ellipsis")
    return line
