"""Edit a longer text that may hold line breaks (目標達成基準, 実績テキスト, tags one per line)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from models.i18n import tr
from tui.editing.storable import refuse_unstorable


class TextEditScreen(ModalScreen[Any]):
    """``ctrl+s`` accepts (dismisses with ``parse(text)``), ``escape`` cancels (``None``)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "accept", tr("確定", "Accept"), id="text.accept", priority=True),
        Binding("escape", "cancel", tr("取消", "Cancel"), id="text.cancel", priority=True),
    ]

    def __init__(self, title: str, text: str, parse: Callable[[str], Any] = str):
        super().__init__()
        self.title_text = title
        self.text = text
        self.parse = parse

    def compose(self) -> ComposeResult:
        with Vertical(id="text-edit", classes="dialog"):
            yield Static(Text(self.title_text), classes="title")
            yield TextArea(self.text, id="text-area", soft_wrap=True)
            yield Static(id="text-error", classes="error-message")
            yield Static(
                tr(
                    "ctrl+s 確定・esc 取消・ctrl+home/ctrl+end 先頭/末尾",
                    "ctrl+s accept, esc cancel, ctrl+home/ctrl+end start/end",
                ),
                classes="hint",
            )

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)  # typing adds to the text, never replaces it

    def action_accept(self) -> None:
        try:
            value = refuse_unstorable(self.parse(self.query_one(TextArea).text))
        except ValueError as exc:
            self.query_one("#text-error", Static).update(Text(str(exc)))
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
