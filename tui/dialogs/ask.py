"""A small modal asking for one value (a fiscal year, a name): refused in place until it parses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from models.i18n import tr
from tui.editing.storable import refuse_unstorable


class AskScreen(ModalScreen[Any]):
    """Dismisses with ``parse(text)``, or with ``None`` on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", tr("取消", "Cancel"), id="ask.cancel"),
    ]

    def __init__(self, title: str, hint: str, parse: Callable[[str], Any], text: str = ""):
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.parse = parse
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="ask", classes="dialog"):
            yield Static(Text(self.title_text), classes="title")
            yield Input(self.text, id="ask-input")
            yield Static(id="ask-error", classes="error-message")
            yield Static(Text(self.hint), classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            value = refuse_unstorable(self.parse(event.value))
        except ValueError as exc:
            self.query_one("#ask-error", Static).update(Text(str(exc)))
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
