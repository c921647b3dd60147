"""Which a rolled-over year is: an evaluation (評価書) or a monitoring year (モニタリング結果).

Two lines, one chosen (●). ↑/↓ (or space) choose, Enter asks the dialog to create (the message
:class:`StageChoice.Create`), as Enter does in the dialog's other fields. The choice is the
widget's own ``stage``, set at once by the key, so keys typed ahead are never lost to a message
still on its way (a RadioSet's pressed button follows its buttons' messages). Focus shows without
colour: ▶ before the chosen line, in reverse video.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from models.i18n import tr
from models.report.model import STAGES

STAGE_WORDS = {
    "evaluation": ("評価の年度（評価書）", "Evaluation year (report)"),
    "monitoring": ("モニタリングの年度（モニタリング結果）", "Monitoring year (results)"),
}


class StageChoice(Widget, can_focus=True):
    DEFAULT_CSS = """
    StageChoice {
        height: auto;
        width: 1fr;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,up,space", "switch", tr("切替", "Switch"), show=False, id="stage.switch"),
        Binding("enter", "create", tr("作成", "Create"), show=False, id="stage.create"),
    ]
    stage: reactive[str] = reactive("evaluation")

    class Create(Message):
        """Enter on the choice."""

    def render(self) -> Text:
        out = Text()
        for i, stage in enumerate(STAGES):
            chosen = stage == self.stage
            mark = ("▶" if self.has_focus and chosen else " ") + ("●" if chosen else "○")
            style = "reverse bold" if self.has_focus and chosen else ""
            out.append(("\n" if i else "") + f"{mark} {tr(*STAGE_WORDS[stage])}", style=style)
        return out

    def action_switch(self) -> None:
        self.stage = STAGES[1 - STAGES.index(self.stage)]

    def action_create(self) -> None:
        self.post_message(self.Create())

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
