"""A Rich table whose columns never get narrower than their narrowest whole word or figure.

Rich shrinks the widest columns first when a table is wider than the screen, below what its
cells need, so ``△ 1,582,692`` is cut into ``△ 1,582,69`` / ``2`` and ``令和２年度`` into
``令和２年`` / ``度``. :class:`FittedTable` lays the columns out itself at the width it is
drawn at, the way a browser lays out an automatic table: every column gets its minimum (the
widest piece the line breaker will not split, :class:`~tui.widgets.broken_renderable.Broken`
tells it), and the room left is shared in proportion to what each column could still use.
Only when even the minimums do not fit does Rich's own squeezing take over.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.table import Column
from rich.table import Table as RichTable


def share(minimums: list[int], maximums: list[int], room: int) -> list[int]:
    """Column widths within ``room``: all maximums if they fit, else each minimum plus a share
    of what is left in proportion to ``maximum - minimum``; the minimums if nothing is left."""
    if sum(maximums) <= room:
        return list(maximums)
    spare = room - sum(minimums)
    if spare <= 0:
        return list(minimums)
    wants = [hi - lo for lo, hi in zip(minimums, maximums, strict=True)]
    total = sum(wants)
    widths = [lo + spare * want // total for lo, want in zip(minimums, wants, strict=True)]
    left = room - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: wants[i] - (widths[i] - minimums[i])):
        if left <= 0:
            break
        if widths[i] < maximums[i]:
            widths[i] += 1
            left -= 1
    return widths


class FittedTable:
    """``table`` (a Rich table with ``box`` and cells that measure themselves) drawn with its
    column widths fitted to the width it is given; ``columns`` are the table's own."""

    def __init__(self, table: RichTable) -> None:
        self.table = table

    @property
    def columns(self) -> list[Column]:
        return self.table.columns

    @staticmethod
    def _column(console: Console, options: ConsoleOptions, column: Column) -> Measurement:
        cells = [column.header, *column._cells] if column.header else list(column._cells)
        found = [Measurement.get(console, options, cell) for cell in cells]
        return Measurement(
            max((m.minimum for m in found), default=1), max((m.maximum for m in found), default=1)
        )

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table = self.table
        widths = self._fit(console, options, table)
        if widths is None:  # even the narrowest columns do not fit: one record per row
            table = self.records()
            widths = self._fit(console, options, table) or [1] * len(table.columns)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = max(1, width)
        yield table

    def _fit(self, console: Console, options: ConsoleOptions, table: RichTable) -> list[int] | None:
        """Column widths for ``table`` at ``options.max_width``, ``None`` if it cannot fit."""
        for column in table.columns:
            column.width = None
        pad = table.padding[1] + table.padding[3]
        borders = len(table.columns) + 1 if table.box else 0
        room = options.max_width - borders - pad * len(table.columns)
        ranges = [self._column(console, options, column) for column in table.columns]
        minimums = [r.minimum for r in ranges]
        if sum(minimums) > room:
            return None
        return share(minimums, [r.maximum for r in ranges], room)

    def records(self) -> RichTable:
        """The table turned sideways for a narrow screen: for each row, a ruled block of
        ``heading | value`` lines (empty cells left out)."""
        out = RichTable(box=self.table.box, show_header=False, show_lines=False, expand=False)
        out.add_column(style="bold")
        out.add_column()
        columns = self.columns
        rows = len(columns[0]._cells) if columns else 0
        for r in range(rows):
            shown = [(c.header, c._cells[r]) for c in columns if str(c._cells[r]).strip()]
            for n, (heading, cell) in enumerate(shown):
                out.add_row(heading, cell, end_section=n == len(shown) - 1 and r < rows - 1)
        return out

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        for column in self.columns:
            column.width = None
        return Measurement.get(console, options, self.table)
