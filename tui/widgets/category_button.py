"""One choice of the 目標達成度合いの測定結果 that reads without colour.

Textual's radio button tells on from off only by the colour of its ``▐●▌``; in a monochrome
or 256-colour terminal all five read the same. Here the chosen one shows ``▶●`` and a bold
label, the others ``　○``, so the choice is in the characters themselves.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.geometry import Size
from textual.style import Style
from textual.widgets import RadioButton

ON, OFF = "▶●", " ○"


class CategoryButton(RadioButton):
    def render(self) -> Content:
        """The button, then the label, as Textual's RadioButton lays them out."""
        button = Content.assemble(
            (ON if self.value else OFF, self.get_visual_style("toggle--button"))
        )
        label = self.label.pad(1, 1).stylize_before(self.get_visual_style("toggle--label"))
        content = Content.assemble(button, label)
        return content.stylize(Style(bold=True)) if self.value else content

    def get_content_width(self, container: Size, viewport: Size) -> int:
        # the button is two cells, whatever its state: no style lookup to measure it
        return cell_len(ON) + 2 + self.label.cell_length
