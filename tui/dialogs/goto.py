"""ctrl+g: choose a screen of the report by one key, for terminals that keep the F-keys."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from models.i18n import tr

LETTERS = {
    "report": "r",
    "budget": "b",
    "indicators": "i",
    "verdict": "v",
    "preview": "p",
    "plan": "j",
    "history": "h",
}
HISTORY = ("history", "f7", "7", ("変更履歴", "History"))


class GotoScreen(ModalScreen[str | None]):
    """Dismisses with the chosen screen's name, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", tr("やめる", "Cancel"), id="goto.cancel")]

    def __init__(self, navigation: tuple[tuple[str, str, str, tuple[str, str]], ...], current: str):
        super().__init__()
        self.navigation = navigation
        self.current = current

    def compose(self) -> ComposeResult:
        lines = Text(tr("移動先を押してください\n", "Press a key to go to\n"), style="bold")
        for name, fkey, digit, label in (*self.navigation, HISTORY):
            mark = "▶ " if name == self.current else "  "
            lines.append(f"{mark}{digit} / {LETTERS[name]}  {tr(*label)}  ({fkey.upper()})\n")
        with Vertical(id="goto", classes="dialog"):
            yield Static(lines)

    def on_key(self, event: events.Key) -> None:
        for name, _, digit, _ in (*self.navigation, HISTORY):
            if event.character in (digit, LETTERS[name]):
                event.stop()
                self.dismiss(name)
                return
