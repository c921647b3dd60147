"""A DataTable that settles its header after its rows arrive and never cuts a cell silently.

Textual (8.2.8, pinned) measures newly added rows when the app is idle, and then widens the
columns; under load a header line rendered with the old, narrower widths was seen reused
after that (the column titles no longer over their columns, caught by CI snapshots). Dropping
the table's render caches once the measurement is done costs one re-render per refill.

A DataTable wider than its widget scrolls sideways and cuts the last column at the edge with
no mark. This one fits its columns to the width it has (again on every resize): the widest
columns give up cells first, none below :data:`FLOOR` cells (a grid that still does not fit
scrolls sideways), and a cell that no longer fits ends in ``…``. A wide terminal shows every
cell whole.

A table of ``height: auto`` could keep a height of 0 after its rows arrived (F4's years at
80×24, one start in five): Textual keys a widget's box model on a counter that
``refresh(layout=True)`` bumps only when no layout is pending yet. When another widget's
layout ran between the table's two size changes of one refill (cleared, then measured), the
height of the first was cached under a counter the second did not move, and every later
layout reused it. A change of the table's height bumps the counter here.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.geometry import Size
from textual.widgets.data_table import ColumnKey, RowKey

from tui.textual_compat import MeasuredTable, renew_box_model

FLOOR = 10  # the narrowest a column is squeezed to, in cells (令和元年度, 1,234,567)


def collapse(natural: list[int], room: int, floor: int = FLOOR) -> list[int]:
    """Widths within ``room``: the widest shrink first, down to the next widest, and so on,
    none below ``min(natural, floor)``. When even that does not fit, the floors are returned."""
    widths = list(natural)
    excess = sum(widths) - room
    while excess > 0:
        widest = max(widths)
        shrinkable = [i for i, w in enumerate(widths) if w == widest and w > floor]
        if not shrinkable:
            break
        below = max([w for w in widths if w < widest] + [floor])
        step = min(widest - below, -(-excess // len(shrinkable)))
        for i in shrinkable:
            cut = min(step, excess)
            widths[i] -= cut
            excess -= cut
    return widths


def _ellipsis(cell: Any) -> Any:
    if isinstance(cell, Text) and cell.overflow is None:
        cell.overflow = "ellipsis"
    return cell


class SettledTable(MeasuredTable):
    _natural: dict[ColumnKey, int | None]

    def add_column(self, label: Any = None, *args: Any, **kwargs: Any) -> ColumnKey:
        key = super().add_column(_ellipsis(label), *args, **kwargs)
        if not hasattr(self, "_natural"):
            self._natural = {}
        self._natural[key] = kwargs.get("width")  # None: as wide as its content
        return key

    def add_row(self, *cells: Any, **kwargs: Any) -> RowKey:
        return super().add_row(*(_ellipsis(cell) for cell in cells), **kwargs)

    def rows_measured(self) -> None:
        self.fit_columns()
        self.drop_render_caches()
        self.refresh()

    def watch_virtual_size(self, old: Size, new: Size) -> None:
        if old.height != new.height:  # a new box model (see the module)
            renew_box_model(self)

    def on_resize(self) -> None:
        if self.fit_columns():
            self.drop_render_caches()
            self.refresh()

    def fit_columns(self) -> bool:
        """Fit the columns to the visible width; ``True`` when a width changed."""
        columns = self.ordered_columns
        room = self.scrollable_content_region.width
        if not columns or room <= 0:
            return False
        natural_widths = getattr(self, "_natural", {})
        natural = [natural_widths.get(c.key) or max(c.content_width, 1) for c in columns]
        room -= 2 * self.cell_padding * len(columns)
        room -= self.row_label_width
        widths = collapse(natural, room)
        changed = False
        for column, natural_width, width in zip(columns, natural, widths, strict=True):
            auto = width == natural_width and natural_widths.get(column.key) is None
            if column.auto_width != auto or (not auto and column.width != width):
                column.auto_width, column.width = auto, width
                changed = True
        if changed:  # the scroll range follows the new widths
            width = sum(c.get_render_width(self) for c in columns) + self.row_label_width
            self.virtual_size = Size(width, self.virtual_size.height)
        return changed
