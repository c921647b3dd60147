"""The footer of every screen: the keys that fit whole, none cut or drawn under the palette key.

Textual's Footer lays its keys out in one row and lets the last ones run on under the palette
key docked at its right edge: at 80 columns F6 showed 「f1 ヘル」, and at 40 and 60 columns a
wide character cut by the palette's edge left a hole in it (「^p パ  ット」). This footer hides
the keys that do not fit whole to the left of the palette key, from the first that does not
on (the order is the screen's: its own keys first, the app's last). A key hidden here is still
bound, and every action is in the command palette (``tui.app.palette``).
"""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Footer


class FittedFooter(Footer):
    async def recompose(self) -> None:
        await super().recompose()
        self.call_after_refresh(self.fit)

    def on_resize(self) -> None:
        for key in self._keys():
            key.display = True  # laid out again at the new width, then fitted
        self.call_after_refresh(self.fit)

    def _keys(self) -> list[Widget]:
        return [w for w in self.children if not w.has_class("-command-palette")]

    def _palette_width(self) -> int:
        palettes = [w for w in self.children if w.has_class("-command-palette") and w.display]
        return sum(w.outer_size.width for w in palettes)

    def fit(self) -> None:
        """Hide the keys from the first one that ends past the room before the palette key."""
        room = self.content_region.width - self._palette_width()
        fitted = True
        for key in self._keys():
            fitted = fitted and key.virtual_region.right <= room
            if key.display != fitted:
                key.display = fitted
