"""Asks for a new report's key and 政策名; dismisses with ``(key, policy_name)`` or None."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from models.i18n import tr
from models.report import key as report_key
from models.report.labels import label


def key_problem(key: str, taken: Collection[str]) -> str:
    """Why ``key`` cannot name a new report, or "" when it can (the rule of models/report_key)."""
    problem = report_key.key_problem(key)
    if problem:
        return problem
    if key in taken:
        return tr("{key} は既にあります", "{key} already exists", key=key)
    return ""


class NewReportScreen(ModalScreen[tuple[str, str] | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", tr("やめる", "Cancel"), id="new.cancel"),
    ]

    def __init__(self, taken: Collection[str]):
        super().__init__()
        self.taken = taken

    def compose(self) -> ComposeResult:
        with Vertical(id="new-report", classes="dialog"):
            yield Static(tr("新しい評価書", "New report"), classes="title")
            yield Label(tr("キー（a-z 0-9 -）", "Key (a-z 0-9 -)"))
            yield Input(id="key", placeholder=tr("例: soumu-r4-08", "e.g. soumu-r4-08"))
            yield Static("", id="key-error", classes="error-message")
            yield Label(label("policy_name"))
            yield Input(id="name")
            yield Static("", id="name-error", classes="error-message")
            yield Static(
                tr("Enter で作成、Esc でやめる", "Enter creates, Esc cancels"), classes="hint"
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        key = unicodedata.normalize("NFKC", self.query_one("#key", Input).value).strip()
        name = self.query_one("#name", Input).value.strip()
        key_error = key_problem(key, self.taken)
        name_error = "" if name else tr("政策名を入力してください", "enter the policy name")
        self.query_one("#key-error", Static).update(Text(key_error))
        self.query_one("#name-error", Static).update(Text(name_error))
        if event.input.id == "key" and not key_error:
            self.query_one("#name", Input).focus()
        elif key_error:
            self.query_one("#key", Input).focus()
        elif not name_error:
            self.dismiss((key, name))
