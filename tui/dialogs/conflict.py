"""A dialog shown when a field was changed by someone else since it was shown.

The place is named in the form's words (「令和元年度 当初予算（a）」), not as a path."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from models.i18n import tr
from models.report.places import place_label


def _show(value: Any) -> Text:
    """A value as the evaluator typed it (a date as 2022-01-01, a text as it is)."""
    return Text(tr("（空）", "(empty)") if value in (None, "") else str(value))


class ConflictScreen(ModalScreen[bool]):
    """Dismisses with True to keep the evaluator's value, False to take the other one."""

    BINDINGS = [
        Binding("escape", "dismiss(False)", tr("相手の値", "Keep theirs"), id="conflict.theirs")
    ]

    def __init__(self, path: str, theirs: Any, mine: Any):
        super().__init__()
        self.path, self.theirs, self.mine = path, theirs, mine

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict"):
            yield Label(
                Text(
                    tr(
                        "競合: {place} は他の人が変更しました",
                        "Conflict: {place} was changed elsewhere",
                        place=place_label(self.path),
                    )
                ),
                classes="title",
            )
            yield Label(tr("保存されている値", "Saved value"))
            yield Static(_show(self.theirs), classes="value")
            yield Label(tr("あなたの値", "Your value"))
            yield Static(_show(self.mine), classes="value")
            with Horizontal():
                yield Button(tr("自分の値で上書き", "Keep mine"), id="mine", variant="warning")
                yield Button(
                    tr("保存されている値を使う", "Keep theirs"), id="theirs", variant="primary"
                )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "mine")
