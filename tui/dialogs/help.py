"""F1 (and ``?`` outside text fields): the keys of the screen the evaluator came from.

Keys are read from the screen's active bindings, so a remapped key ([keymap] in the config
file) shows as remapped. hyoka's own keys (every one has an id) come first; the keys of
the focused field or table and Textual's built-in keys follow, their descriptions in hyoka's
language (:mod:`tui.textual_words`).
"""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from models.i18n import tr
from tui.textual_words import describe

PALETTE_ACTIONS = {"command_palette", "app.command_palette"}


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "dismiss", tr("閉じる", "Close"), id="help.close"),
    ]

    def __init__(self, under: Screen[object]):
        super().__init__()
        self.under = under

    def _table(self, title: str, found: list[ActiveBinding]) -> Table:
        table = Table(title=title, expand=True, show_edge=False, title_justify="left")
        table.add_column(tr("キー", "Key"), no_wrap=True)
        table.add_column(tr("操作", "Action"))
        seen: set[tuple[str, str]] = set()
        for active in found:
            binding = active.binding
            shown = (self.app.get_key_display(binding), describe(binding.description))
            if shown not in seen:
                seen.add(shown)
                table.add_row(Text(shown[0]), Text(shown[1]))
        return table

    def compose(self) -> ComposeResult:
        own: list[ActiveBinding] = []
        other: list[ActiveBinding] = []
        for active in self.under.active_bindings.values():
            binding = active.binding
            if binding.description and binding.action not in PALETTE_ACTIONS:
                (own if binding.id else other).append(active)
        screen_keys = self._table(tr("この画面のキー", "Keys of this screen"), own)
        screen_keys.add_row(
            "ctrl+p", tr("コマンドパレット（すべての操作）", "Command palette (every action)")
        )
        with VerticalScroll(id="help"):
            yield Static(screen_keys)
            if other:
                title = tr("欄・表の操作キー", "Keys of fields and tables")
                yield Static(self._table(title, other))
            yield Static(tr("Esc で閉じる", "Esc closes"), classes="hint")
