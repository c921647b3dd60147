"""Pick one of a few values (a unit, a kind, a direction, a mark) from a list."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from models.i18n import tr

NOT_CHOSEN = object()


class ChooseScreen(ModalScreen[Any]):
    """``choices`` are (value, shown text); dismisses with the value, or ``NOT_CHOSEN``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", tr("取消", "Cancel"), id="choose.cancel"),
    ]

    def __init__(self, title: str, choices: list[tuple[Any, str]], current: Any):
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="choose", classes="dialog"):
            yield Static(Text(self.title_text), classes="title")
            yield OptionList(
                *(Option(Text(shown), id=str(i)) for i, (_, shown) in enumerate(self.choices))
            )
            yield Static(tr("enter 選択・esc 取消", "enter choose, esc cancel"), classes="hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        values = [value for value, _ in self.choices]
        if self.current in values:
            options.highlighted = values.index(self.current)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.choices[event.option_index][0])

    def action_cancel(self) -> None:
        self.dismiss(NOT_CHOSEN)
