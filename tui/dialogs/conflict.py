"""A dialog shown when a field was changed by someone else since it was shown.

The place is named in the form's words (「令和元年度 当初予算（a）」), not as a path. Both values
are always there to read, and the buttons always on screen: a value longer than the dialog
(a 判断根拠 of 10,000 characters) scrolls in its own box, the two boxes share the height, and
for two versions of one text the difference comes first, with a little text around it. The
evaluator's own value has the focus, so the keys scroll it before anything is chosen.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from models.i18n import tr
from models.report.places import place_label

LONG = 120  # characters: from this long (or on several lines) a value gets a scrolling box
CONTEXT = 20  # characters of unchanged text shown around each difference
DIFFERENCE = 90  # characters of each side of the difference shown at most


def _show(value: Any) -> Text:
    """A value as the evaluator typed it (a date as 2022-01-01, a text as it is)."""
    return Text(tr("（空）", "(empty)") if value in (None, "") else str(value))


def _long(value: Any) -> bool:
    return isinstance(value, str) and (len(value) >= LONG or "\n" in value)


def difference(theirs: str, mine: str) -> Text | None:
    """Where two versions of one text differ, each side cut to what changed and a little
    around it (changes in reverse video); None when one was rewritten rather than edited."""
    from difflib import SequenceMatcher

    from models.text.diff import changes, clip

    if SequenceMatcher(None, theirs, mine, autojunk=False).quick_ratio() < 0.3:
        return None
    shown = Text()
    names = (tr("保存されている値", "Saved"), tr("あなたの値", "Yours"))
    for name, pieces in zip(names, changes(theirs, mine, CONTEXT), strict=True):
        if shown:
            shown.append("\n")
        shown.append(f"{name}: ", style="bold")
        for piece in clip(pieces, DIFFERENCE):
            shown.append(piece.text, style="reverse" if piece.changed else "")
    return shown


def _characters(value: Any) -> str:
    return tr("（{n:,} 字）", " ({n:,} characters)", n=len(value)) if _long(value) else ""


class ConflictScreen(ModalScreen[bool]):
    """Dismisses with True to keep the evaluator's value, False to take the other one."""

    AUTO_FOCUS = "#conflict-mine"
    BINDINGS = [
        Binding("escape", "dismiss(False)", tr("相手の値", "Keep theirs"), id="conflict.theirs")
    ]

    def __init__(self, path: str, theirs: Any, mine: Any):
        super().__init__()
        self.path, self.theirs, self.mine = path, theirs, mine

    def compose(self) -> ComposeResult:
        long = _long(self.theirs) or _long(self.mine)
        with Vertical(id="conflict", classes="-long" if long else ""):
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
            if long and isinstance(self.theirs, str) and isinstance(self.mine, str):
                shown = difference(self.theirs, self.mine)
                if shown is not None:
                    yield Label(tr("違い", "Difference"))
                    with VerticalScroll(id="conflict-difference", classes="value-box"):
                        yield Static(shown)
            yield Label(tr("保存されている値", "Saved value") + _characters(self.theirs))
            with VerticalScroll(id="conflict-theirs", classes="value-box"):
                yield Static(_show(self.theirs))
            yield Label(tr("あなたの値", "Your value") + _characters(self.mine))
            with VerticalScroll(id="conflict-mine", classes="value-box"):
                yield Static(_show(self.mine))
            with Horizontal(id="conflict-buttons"):
                yield Button(
                    tr("自分の値で上書き", "Keep mine"), id="mine", variant="warning", compact=long
                )
                yield Button(
                    tr("保存されている値を使う", "Keep theirs"),
                    id="theirs",
                    variant="primary",
                    compact=long,
                )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "mine")
