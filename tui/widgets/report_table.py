"""A read-only table that renders only the rows on screen, however many it holds.

DataTable measures every cell of every row it is given (5,000 reports × 6 columns took most of
a second per refill); this widget keeps a reference to the caller's list and draws the visible
lines from it (Textual's Line API), so setting 5,000 rows or filtering them costs nothing
here. Column widths come from ``natural`` widths the caller measures once per data refresh.
When the rows, the cursor or a cell change, only the screen lines whose content changed are
repainted. Cells are plain strings drawn as segments, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip


@dataclass(frozen=True)
class Column:
    label: str
    minimum: int = 99  # may shrink to this on a narrow terminal (never below its content)
    flex: bool = False  # takes the room the other columns leave
    right: bool = False


def layout(columns: Sequence[Column], natural: Sequence[int], width: int) -> list[int]:
    """Column widths for ``width`` cells (one space before each column)."""
    widths = [max(cell_len(c.label), n) for c, n in zip(columns, natural, strict=True)]
    flex = next((i for i, c in enumerate(columns) if c.flex), len(columns) - 1)
    room = width - len(columns) - 1
    floor = columns[flex].minimum
    shrinkable = [i for i, c in enumerate(columns) if i != flex and c.minimum < widths[i]]
    while room - (sum(widths) - widths[flex]) < floor and shrinkable:
        widest = max(shrinkable, key=lambda i: widths[i])
        widths[widest] -= 1
        if widths[widest] <= max(columns[widest].minimum, cell_len(columns[widest].label)):
            shrinkable.remove(widest)
    widths[flex] = max(1, room - (sum(widths) - widths[flex]))
    return widths


def fit(text: str, width: int, right: bool = False) -> str:
    size = cell_len(text)
    if size > width:
        return set_cell_size(text, width - 1) + "…" if width > 1 else set_cell_size(text, width)
    pad = " " * (width - size)
    return pad + text if right else text + pad


class ReportTable(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    ReportTable {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        &:focus { background-tint: $foreground 5%; }
        & > .report-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .report-table--even { background: $surface-lighten-1 50%; }
        &:dark > .report-table--even { background: $surface-darken-1 40%; }
        & > .report-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .report-table--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "report-table--header",
        "report-table--even",
        "report-table--cursor",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "move(-1_000_000_000)", show=False),
        Binding("end", "move(1_000_000_000)", show=False),
    ]

    class Chosen(Message):
        """A row was clicked while under the cursor (enter is the screen's binding)."""

        def __init__(self, key: str):
            super().__init__()
            self.key = key

    def __init__(
        self,
        columns: Sequence[Column],
        cells: Callable[[Any], tuple[str, ...]],
        key: Callable[[Any], str],
        *,
        id: str | None = None,
    ):
        super().__init__(id=id)
        self.columns = list(columns)
        self._cells, self._key = cells, key
        self.rows: Sequence[Any] = ()
        self.cursor = 0
        self._natural = [0] * len(self.columns)
        self._widths: list[int] = []
        self._painted: list[object] = []  # what each screen line showed when last refreshed

    # ------------------------------------------------------------ the caller's API
    @property
    def row_count(self) -> int:
        return len(self.rows)

    def keys(self) -> list[str]:
        return [self._key(r) for r in self.rows]

    def cells(self, index: int) -> tuple[str, ...]:
        return self._cells(self.rows[index])

    @property
    def current_key(self) -> str | None:
        return self._key(self.rows[self.cursor]) if self.rows else None

    def set_natural(self, natural: Sequence[int]) -> None:
        """The widest content of each column, measured by the caller over all its rows."""
        if list(natural) != self._natural:
            self._natural = list(natural)
            self._widths = []
            self.refresh()

    def set_rows(self, rows: Sequence[Any], keep: str | None = None) -> None:
        """Show ``rows`` (kept by reference); the cursor stays on ``keep`` if it is there."""
        self.rows = rows
        index = 0
        if keep is not None:
            index = next((i for i, r in enumerate(rows) if self._key(r) == keep), 0)
        self.virtual_size = Size(self.size.width, len(rows) + 1)
        self.move_cursor(index)

    def move_cursor(self, index: int) -> None:
        self.cursor = max(0, min(index, len(self.rows) - 1))
        visible = self._visible_rows()
        top = round(self.scroll_y)
        if self.cursor < top:
            top = self.cursor
        elif self.cursor >= top + visible:
            top = self.cursor - visible + 1
        top = max(0, min(top, len(self.rows) + 1 - self.scrollable_content_region.height))
        if top != round(self.scroll_y):
            self.scroll_to(y=top, animate=False)  # the whole widget repaints
        self.changed()

    def changed(self) -> None:
        """Repaint the screen lines whose content differs from what they showed."""
        now = self._signature()
        if self._widths and len(now) == len(self._painted):
            for y, (old, new) in enumerate(zip(self._painted, now, strict=True)):
                if old != new:
                    self.refresh(Region(0, y + 1, self.scrollable_content_region.width, 1))
        else:
            self.refresh()
        self._painted = now

    # ------------------------------------------------------------ keys and mouse
    def _visible_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def action_move(self, delta: int) -> None:
        self.move_cursor(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor + direction * self._visible_rows())

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_y) + event.y - 1
        if event.y < 1 or not 0 <= index < len(self.rows):
            return
        if index == self.cursor:
            self.post_message(self.Chosen(self._key(self.rows[index])))
        self.move_cursor(index)

    def on_resize(self, _event: events.Resize) -> None:
        self._widths = []
        self.virtual_size = Size(self.size.width, len(self.rows) + 1)
        self.move_cursor(self.cursor)

    def on_focus(self, _event: events.Focus) -> None:
        self.refresh()

    def on_blur(self, _event: events.Blur) -> None:
        self.refresh()

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._painted = self._signature()

    # ------------------------------------------------------------ drawing
    def _signature(self) -> list[object]:
        top = round(self.scroll_y)
        end = min(len(self.rows), top + self._visible_rows())
        return [(i, i == self.cursor, self.cells(i)) for i in range(top, end)]

    def _line(self, texts: Sequence[str], style_name: str | None) -> Strip:
        width = self.scrollable_content_region.width
        if not self._widths:
            self._widths = layout(self.columns, self._natural, width)
        parts = [
            fit(t, w, c.right) for t, w, c in zip(texts, self._widths, self.columns, strict=True)
        ]
        text = " " + " ".join(parts)
        style = self.rich_style
        if style_name is not None:
            style += self.get_component_rich_style(style_name)
        return Strip([Segment(set_cell_size(text, width), style)], width)

    def render_line(self, y: int) -> Strip:
        if y == 0:
            return self._line([c.label for c in self.columns], "report-table--header")
        index = round(self.scroll_y) + y - 1
        if index >= len(self.rows):
            return Strip.blank(self.scrollable_content_region.width, self.rich_style)
        if index == self.cursor:
            name: str | None = "report-table--cursor"
        else:
            name = "report-table--even" if index % 2 else None
        return self._line(self.cells(index), name)
