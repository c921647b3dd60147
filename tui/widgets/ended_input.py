"""A one-line Input that says when its value goes on past its right edge.

Textual's Input crops a value longer than its width with no mark. :class:`EndedInput`, while
it does not have the focus, shows the value from its start and ends what does not fit in
``…``. Only the drawing changes: ``value`` (what a blur accepts and what focus puts back to
edit) is never touched, and with the focus the Input scrolls and edits as usual.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.strip import Strip

from tui.widgets.in_order_input import InOrderInput


class EndedInput(InOrderInput):
    def render_line(self, y: int) -> Strip:
        room = self.scrollable_content_region.width
        shown = Text(self.value, no_wrap=True, end="")  # never a password nor highlighted
        if y != 0 or self.has_focus or not self.value or shown.cell_len <= room:
            return super().render_line(y)
        shown.truncate(room, overflow="ellipsis")
        options = self.app.console_options.update_width(room)
        strip = Strip(list(self.app.console.render(shown, options)))
        return strip.extend_cell_length(room + 1).apply_style(self.rich_style)

    def on_focus(self, _event: events.Focus) -> None:
        self.refresh()  # the whole value again, where the cursor is

    def on_blur(self, _event: events.Blur) -> None:
        self.refresh()  # its start, ended in … if it goes on
