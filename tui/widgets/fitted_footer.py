"""The footer of every screen: the keys that fit whole, none cut or drawn under the palette key.

Textual's Footer lays its keys out in one row and lets the last ones run on under the palette
key docked at its right edge: at 80 columns F6 showed 「f1 ヘル」, and at 40 and 60 columns a
wide character cut by the palette's edge left a hole in it (「^p パ  ット」). This footer hides
the keys that do not fit whole to the left of the palette key, from the first that does not
on (the order is the screen's: its own keys first, the app's last). A key hidden here is still
bound, and every action is in the command palette (``tui.app.palette``).
"""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Footer


class FittedFooter(Footer):
    async def recompose(self) -> None:
        await super().recompose()
        self.fit()

    def on_resize(self) -> None:
        self.fit()

    @staticmethod
    def _width(widget: Widget, room: Size) -> int:
        """The cells ``widget`` takes in the row, its gutter included (not its margins)."""
        return widget.get_content_width(room, room) + widget.styles.gutter.width

    def fit(self) -> None:
        """Hide the keys from the first one that would end past the room before the palette
        key. Measured from each key's text and style, not from a layout: the keys are fitted
        as soon as they are composed, whether or not a layout has run since."""
        room = Size(max(self.size.width, 1), 1)
        keys = [w for w in self.children if not w.has_class("-command-palette")]
        palettes = [w for w in self.children if w.has_class("-command-palette")]
        left = room.width - sum(self._width(p, room) for p in palettes)
        x, margin, fitted = 0, 0, True
        for key in keys:
            spacing = key.styles.margin
            x += max(margin, spacing.left) + self._width(key, room)
            margin = spacing.right
            fitted = fitted and x <= left
            if key.display != fitted:
                key.display = fitted
