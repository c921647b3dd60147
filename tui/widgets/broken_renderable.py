"""A Rich renderable that breaks its text by hyoka's line breaker at whatever width it is given.

Put :class:`Broken` in a ``Static`` or a Rich table cell: the line breaker runs at the width
the widget or column has when it is drawn (again after a resize), and a table learns from
:meth:`Broken.__rich_measure__` the narrowest width that keeps every figure and word whole,
so its columns are never squeezed into splitting ``1,582,692``.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from models.text.linebreak import hang_width, segments
from tui.widgets.broken_text import break_lines


class Broken:
    """``text`` (a ``str`` or Rich ``Text``) broken by :func:`models.text.linebreak.wrap`."""

    def __init__(self, text: Text | str, *, hang: bool = False, style: str = "") -> None:
        self.text = Text(text, style=style) if isinstance(text, str) else text
        self.hang = hang

    def __str__(self) -> str:
        return self.text.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        broken = break_lines(self.text, options.max_width, hang=self.hang)
        broken.no_wrap = True
        broken.overflow = "ellipsis"
        yield broken

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        narrowest = widest = 1
        for paragraph in self.text.plain.split("\n"):
            pieces = segments(paragraph)
            indent = hang_width(paragraph, 10**6) if self.hang else 0
            if pieces:
                narrowest = max(
                    narrowest, cell_len(pieces[0]), *(indent + cell_len(p) for p in pieces[1:])
                )
            widest = max(widest, cell_len(paragraph))
        return Measurement(min(narrowest, widest), widest).clamp(max_width=options.max_width)
