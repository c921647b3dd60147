"""F1: the keys of the screen the evaluator came from, with what they do."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from models.i18n import tr


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", tr("閉じる", "Close"), id="help.close")]

    def __init__(self, under: Screen[object]):
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        table = Table(title=tr("キー操作", "Keys"), expand=True, show_edge=False)
        table.add_column(tr("キー", "Key"), no_wrap=True)
        table.add_column(tr("操作", "Action"))
        seen: set[str] = set()
        for key, active in self.under.active_bindings.items():
            binding = active.binding
            name = binding.description or binding.action
            if (key, name) in seen or not binding.description:
                continue
            seen.add((key, name))
            table.add_row(Text(self.app.get_key_display(binding)), Text(name))
        table.add_row("ctrl+p", tr("コマンドパレット", "Command palette"))
        with VerticalScroll(id="help"):
            yield Static(table)
            yield Static(tr("Esc で閉じる", "Esc closes"), classes="hint")
