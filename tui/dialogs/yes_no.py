"""Yes or no before something is removed: ``y`` or enter confirms, ``n`` or escape declines."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from models.i18n import tr


class YesNoScreen(ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", tr("はい", "Yes"), id="yesno.yes"),
        Binding("n,escape", "answer(False)", tr("いいえ", "No"), id="yesno.no"),
    ]

    def __init__(self, question: str):
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="yes-no", classes="dialog"):
            yield Static(Text(self.question), classes="title")
            yield Static(
                tr("y / enter: はい　n / esc: いいえ", "y / enter: yes   n / esc: no"),
                classes="hint",
            )

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
