"""Asks for a file or folder path (import, export); dismisses with the path or None."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from models.i18n import tr


class PathScreen(ModalScreen[Path | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", tr("やめる", "Cancel"), id="path.cancel"),
    ]

    def __init__(self, title: str, initial: str = "", *, must_exist: bool = False):
        super().__init__()
        self.title_text, self.initial, self.must_exist = title, initial, must_exist

    def compose(self) -> ComposeResult:
        with Vertical(id="path-prompt", classes="dialog"):
            yield Static(Text(self.title_text), classes="title")
            yield Input(self.initial, id="path")
            yield Static("", id="path-error", classes="error-message")
            yield Static(
                tr("Enter で実行、Esc でやめる", "Enter runs, Esc cancels"), classes="hint"
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        path = Path(text).expanduser()
        problem = ""
        if not text:
            problem = tr("パスを入力してください", "enter a path")
        elif self.must_exist and not path.exists():
            problem = tr("見つかりません: {path}", "not found: {path}", path=path)
        if problem:
            self.query_one("#path-error", Static).update(Text(problem))
        else:
            self.dismiss(path)
