"""A labelled form field bound to one path of the report, with its message underneath.

``FieldInput`` (one line) accepts on enter and on leaving the field; ``FieldText`` (long
text) accepts after a pause in typing and on leaving. Either parses what was typed; a
``ValueError`` is shown under the field and nothing is saved. An accepted value is posted
as :class:`Accepted` for the screen to save, with the value shown before as ``expected`` and
the field's typing session: a long text's autosaves and the value then accepted share one, so
the history makes them one entry; accepting (enter, leaving the field) starts a new one, so an
accepted value is never folded into what is typed after it (models/store/history_rows.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Label, Static, TextArea

from tui.editing.storable import refuse_unstorable
from tui.widgets.ended_input import EndedInput

DEBOUNCE_SECONDS = 1.0


def plain(value: Any) -> str:
    return "" if value is None else str(value)


def text_value(text: str) -> str:
    return text.strip()


FOCUS_MARK = "▶"
COMMENT_MARK = "✉"  # an open review comment on the field (tui/screens/review_marks.py)


def mark_focus(widget: Widget, on: bool) -> None:
    """Put ``▶`` before the label of the field or list that has the focus (and take it away):
    with the label's reverse video (hyoka.tcss) the focus shows in any colours, or none."""
    label = widget.query(".field-label").first(Label)
    name = str(
        getattr(widget, "label", None) or getattr(getattr(widget, "spec", None), "label", "") or ""
    )
    if getattr(widget, "comment", ""):
        name = f"{COMMENT_MARK} {name}"
    label.update(Text(FOCUS_MARK + name if on else name))
    label.set_class(on, "-focused")
    widget.set_class(on, "-focused")


class Field(Vertical):
    """Base: a label, an editor, a message; subclasses provide the editor."""

    REWRITE = True  # show the accepted value in its canonical form at once
    detached = False  # being replaced by a rebuilt form: never accepts again
    comment = ""  # the open review comments on this field, in one line ("" for none)

    class Accepted(Message):
        def __init__(self, field: Field, value: Any, expected: Any, session: object):
            super().__init__()
            self.field, self.value, self.expected = field, value, expected
            self.session = session

    def __init__(
        self,
        path: str,
        label: str,
        *,
        parse: Callable[[str], Any] = text_value,
        show: Callable[[Any], str] = plain,
        hint: str = "",
        id: str | None = None,
    ):
        super().__init__(id=id, classes="field")
        self.path, self.label, self.parse, self.show, self.hint = path, label, parse, show, hint
        self.value: Any = None
        self._shown = ""
        self._seen = False  # a stored value has been shown (what a change is measured against)
        self._session = object()  # this typing session, until a value is accepted
        self.doubt = ""  # why the value imported from a form is in doubt (M001), until edited

    @property
    def editor(self) -> Widget:
        raise NotImplementedError

    def _text(self) -> str:
        raise NotImplementedError

    def _put(self, text: str) -> None:
        raise NotImplementedError

    def _insert(self, text: str) -> None:
        """Insert ``text`` where the editor's cursor is."""
        raise NotImplementedError

    def message_widget(self) -> Static:
        blank = "" if self.hint else " -blank"
        return Static(Text(self.hint), classes="hint field-message" + blank)

    def set_value(self, value: Any) -> None:
        """Show the stored ``value``, unless the evaluator is in the middle of changing it.

        While they type, the value they were shown stays the ``expected`` of their save, so a
        change saved meanwhile by someone else surfaces as a conflict instead of being lost.
        Text typed before any value was shown (the report still being read) was typed into
        nothing: the stored value is shown and that text inserted at the cursor, so the
        change is measured against the value now on screen.
        """
        if not self._seen:
            typed = self._text()
            self._seen = True
            self.value = value
            self._shown = self.show(value)
            self._put(self._shown)
            if typed:
                self._insert(typed)
            return
        if self.editor.has_focus and self._text() != self._shown:
            return
        self.value = value
        self._shown = self.show(value)
        self._put(self._shown)

    def detach(self) -> tuple[str, Any, str] | None:
        """Stop accepting (the form is being rebuilt: removing a field blurs it, and that is
        not the evaluator accepting) and hand over what was typed and not saved, if anything:
        (typed text, the value shown before, its text), for :meth:`resume` on the new field."""
        self.detached = True  # a long text's pause timer may still fire: it accepts nothing
        typed = self._text()
        return None if typed == self._shown else (typed, self.value, self._shown)

    def resume(self, pending: tuple[str, Any, str]) -> None:
        """Show the typed text a replaced field held, still unsaved and still measured
        against the value the evaluator was shown (a change saved meanwhile is a conflict)."""
        typed, self.value, self._shown = pending
        self._seen = True
        self._put(typed)

    def accept(self, *, autosave: bool = False) -> bool:
        """Post what was typed for saving; False (with a message) when it is refused.
        ``autosave``: a pause in typing, not the evaluator accepting: the session goes on.

        Nothing is posted while the app is closing (quit, hang-up): closing blurs the field
        and a long text's pause timer may fire, but neither is the evaluator accepting."""
        if self.detached or getattr(self.app, "closing", False):
            return False
        try:
            change = self.take(ending=not autosave)
        except ValueError:
            return False
        if change is not None:
            self.post_message(change)
        return True

    def take(self, *, ending: bool = True) -> Accepted | None:
        """The change typed since the value was shown (None if none); ValueError if refused.
        ``ending``: the value is accepted, the typing session ends (a new one begins).

        None too while no value has been shown: what is typed then waits for it."""
        if not self._seen:
            return None
        session = self._session
        if ending:
            self._session = object()
        text = self._text()
        note = self.query_one(".field-message", Static)
        if text == self._shown:
            self._say(note, self.hint, error=False)
            return None
        try:
            value = refuse_unstorable(self.parse(text))
        except ValueError as exc:
            self._say(note, str(exc), error=True)
            raise
        self._say(note, self.hint, error=False)
        change = self.Accepted(self, value, self.value, session) if value != self.value else None
        self.value = value
        self._shown = self.show(value)
        if self.REWRITE and self._text() != self._shown:
            self._put(self._shown)
        return change

    def show_doubt(self, doubt: str) -> None:
        """Mark the field as imported with doubt (``doubt`` says why and where from; "" when
        it is not, or no longer): the reason stands under the field, in the warning colour."""
        if doubt == self.doubt:
            return
        self.doubt = doubt
        if not self.has_class("-invalid"):
            self._say(self.query_one(".field-message", Static), self.hint, error=False)

    def _say(self, note: Static, message: str, *, error: bool) -> None:
        if not error and message == self.hint and self.doubt:
            message = self.doubt
        self.set_class(bool(self.doubt) and not error, "-doubtful")
        note.update(Text(message))
        note.set_class(error, "error-message")
        note.set_class(not error, "hint")
        note.set_class(not message, "-blank")
        self.set_class(error, "-invalid")

    def on_descendant_focus(self, _event: events.DescendantFocus) -> None:
        mark_focus(self, True)

    def on_descendant_blur(self, _event: events.DescendantBlur) -> None:
        mark_focus(self, False)
        self.accept()


class FieldInput(Field):
    def compose(self) -> ComposeResult:
        with Horizontal(classes="field-row"):
            yield Label(Text(self.label), classes="field-label")
            yield EndedInput(compact=True, select_on_focus=False)
        yield self.message_widget()

    @property
    def editor(self) -> Input:
        return self.query_one(Input)

    def _text(self) -> str:
        return self.editor.value

    def _put(self, text: str) -> None:
        rewritten = text != self.editor.value
        self.editor.value = text
        if rewritten and self.editor.has_focus:
            # the cursor at the end of what is shown now: left where it was in the typed text
            # (1800 shown as 1,800), ctrl+u would keep part of the old value. Only then: moving
            # an Input's cursor scrolls the screen to it, and a rebuild must not jump
            self.editor.cursor_position = len(text)

    def _insert(self, text: str) -> None:
        self.editor.insert_text_at_cursor(text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.accept()


class FieldText(Field):
    REWRITE = False  # the evaluator may still be typing
    _timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Label(Text(self.label), classes="field-label")
        yield TextArea(soft_wrap=True, compact=True, tab_behavior="focus")
        yield self.message_widget()

    @property
    def editor(self) -> TextArea:
        return self.query_one(TextArea)

    def _text(self) -> str:
        return self.editor.text

    def _put(self, text: str) -> None:
        if self.editor.text != text:
            self.editor.load_text(text)

    def _insert(self, text: str) -> None:
        self.editor.insert(text)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        if self.editor.has_focus:
            self._timer = self.set_timer(DEBOUNCE_SECONDS, partial(self.accept, autosave=True))
