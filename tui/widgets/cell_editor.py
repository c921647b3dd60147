"""The input bar under a table: edit one cell, refuse what does not parse, save what does.

The screen opens it on a :class:`CellTarget` (what is edited, its text, how to read typed text
and how to save the value), the cursor after the text and nothing selected, so that typing
adds to the value (``ctrl+u`` clears it). ``enter`` accepts, ``tab`` accepts and asks to move right,
``escape`` cancels. Text that does not parse stays in the bar with a message under it saying
what was expected, until the text is changed; nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from models.i18n import tr
from tui.editing.storable import refuse_unstorable


@dataclass(frozen=True)
class CellTarget:
    """One editable cell: ``parse`` raises ValueError with a message; ``commit`` saves."""

    label: str
    text: str
    parse: Callable[[str], Any]
    commit: Callable[[Any], None]


def hint() -> str:
    return tr(
        "enter 確定・tab 確定して次へ・esc 取消・ctrl+u 消去",
        "enter accept, tab accept and move on, esc cancel, ctrl+u clear",
    )


class CellInput(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "tab",
            "accept_move",
            tr("確定して次へ", "Accept, move on"),
            id="cell.accept_move",
            show=False,
        ),
        Binding("escape", "cancel", tr("取消", "Cancel"), id="cell.cancel"),
    ]

    def action_accept_move(self) -> None:
        self.parent_editor.accept(move=True)

    def action_cancel(self) -> None:
        self.parent_editor.cancel()

    @property
    def parent_editor(self) -> CellEditor:
        return self.query_ancestor(CellEditor)


class CellEditor(Vertical):
    """Hidden until :meth:`open`; calls ``closed(move)`` when the edit ends either way.

    ``closed`` is called at once (not through a message) so that a ``tab`` typed right after
    another already finds the next cell open.
    """

    def __init__(self, closed: Callable[[bool], None], *, id: str | None = None) -> None:
        super().__init__(id=id, classes="cell-editor")
        self.target: CellTarget | None = None
        self.closed = closed

    def compose(self) -> ComposeResult:
        yield Static(id="cell-label", classes="cell-label")
        yield CellInput(id="cell-input", compact=True, select_on_focus=False)
        yield Static(id="cell-error", classes="hint")

    def on_mount(self) -> None:
        self.display = False

    @property
    def is_open(self) -> bool:
        return self.target is not None

    def open(self, target: CellTarget) -> None:
        self.target = target
        self.display = True
        self.query_one("#cell-label", Static).update(Text(target.label))
        self._say(hint(), error=False)
        box = self.query_one(CellInput)
        box.value = target.text
        box.focus()
        box.cursor_position = len(box.value)  # typing adds to the value, never replaces it

    def on_input_changed(self, event: Input.Changed) -> None:
        """A message about what was typed before goes as soon as the text changes: it would
        speak of a value no longer in the bar (the next enter checks the new one)."""
        if self.query_one("#cell-error", Static).has_class("error-message"):
            self._say(hint(), error=False)

    def _say(self, message: str, *, error: bool) -> None:
        line = self.query_one("#cell-error", Static)
        line.set_class(error, "error-message").set_class(not error, "hint")
        line.update(Text(message))

    def on_descendant_blur(self, _event: events.DescendantBlur) -> None:
        """Leaving the field accepts it, as enter does (or shows why it cannot); the app
        closing (quit, hang-up) is not leaving it: what is half-typed is then abandoned."""
        if getattr(self.app, "closing", False):
            self.target = None
            return
        if self.target is not None and not self.query_one(CellInput).has_focus:
            self.accept(move=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.accept(move=False)

    def accept(self, *, move: bool) -> None:
        if self.target is None:
            return
        try:
            value = refuse_unstorable(self.target.parse(self.query_one(CellInput).value))
        except ValueError as exc:
            self._say(str(exc), error=True)
            return
        target, self.target = self.target, None
        self.display = False
        target.commit(value)
        self.closed(move)

    def cancel(self) -> None:
        self.target = None
        self.display = False
        self.closed(False)
