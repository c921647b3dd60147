"""Keys typed while a report is still being read wait for it, then apply in the order typed.

A report screen is drawn at once and filled when its report has been read (in a worker; the
first report opened in a process also imports most of the form, up to a second). Until then
its first field is focused and empty: a letter typed then landed in the empty editor, the
report arriving next kept it (the evaluator "was typing"), and tab saved the letter alone,
measured against the empty value, which the store calls a conflict with the saved one. A key
that arrived before the screen had a focused widget was lost altogether.

So from the moment a report screen is made until it has shown its report, the App holds every
key and paste (:class:`TypeAhead`), and then hands them on, oldest first, to the screen as it
now is: a letter lands where the cursor of the filled field is. Keys bound with priority
(ctrl+q, the palette) are never held. Holding is bounded: if the report has not come in
``HOLD_SECONDS`` the keys go on anyway, and a field that never showed a value keeps what is
typed into it until it does (``tui.widgets.field``).
"""

from __future__ import annotations

from textual import events

HOLD_SECONDS = 10.0

Typed = events.Key | events.Paste


class TypeAhead:
    """The keys and pastes held while a report screen reads its report."""

    def __init__(self) -> None:
        self._held: list[Typed] | None = None  # None: not holding

    @property
    def holding(self) -> bool:
        return self._held is not None

    def start(self) -> None:
        if self._held is None:
            self._held = []

    def hold(self, event: Typed) -> None:
        assert self._held is not None
        self._held.append(event)

    def take(self) -> list[Typed]:
        """Stop holding; the held keys and pastes as new events, to be dispatched again."""
        held, self._held = self._held or [], None
        return [
            events.Paste(e.text) if isinstance(e, events.Paste) else events.Key(e.key, e.character)
            for e in held
        ]
