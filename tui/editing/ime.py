"""Characters an input method commits that Textual would drop.

Textual inserts a key's character into an Input or TextArea only when ``Key.is_printable``,
which is Python's ``str.isprintable``: no to every space but U+0020 (全角スペース U+3000,
no-break spaces), to format characters (the zero-width joiner inside emoji sequences) and to
private-use characters (外字). Each of those is a character an IME or a terminal paste
commits as typed, so the app inserts them itself (:func:`type_into`), for every text field
of the app at once. Control characters, and line or paragraph separators, stay refused.
"""

from __future__ import annotations

import unicodedata

from textual import events
from textual.widget import Widget

# space separators, format characters, private use, not yet assigned (a newer emoji)
COMMITTED = frozenset({"Zs", "Cf", "Co", "Cn"})


def dropped_by_textual(character: str | None) -> bool:
    """True for a typed character that an IME commits but ``Key.is_printable`` refuses."""
    return (
        character is not None
        and len(character) == 1
        and not character.isprintable()
        and unicodedata.category(character) in COMMITTED
    )


def type_into(focused: Widget | None, event: events.Key) -> bool:
    """Insert the character of ``event`` into ``focused`` as a printable key would be;
    True when it will be (the key is then consumed).

    The insertion is queued on the field itself (``call_later``), behind the keys the app has
    already forwarded to it: an IME commits a whole phrase in one read (「第１部　陸上」), and
    inserting the space at once would put it before the characters still in the queue."""
    character = event.character
    if not dropped_by_textual(character) or focused is None:
        return False
    assert character is not None
    from textual.widgets import Input, TextArea  # here: TextArea is slow to import

    if not isinstance(focused, Input | TextArea):
        return False
    focused.call_later(_insert, focused, character)
    return True


def _insert(field: Widget, character: str) -> None:
    from textual.widgets import Input, TextArea

    if isinstance(field, Input):
        selection = field.selection
        if selection.is_empty:
            field.insert_text_at_cursor(character)
        else:
            field.replace(character, *selection)
    elif isinstance(field, TextArea) and not field.read_only:
        field.replace(character, *field.selection, maintain_selection_offset=False)
