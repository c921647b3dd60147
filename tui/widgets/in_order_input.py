"""A one-line Input whose own keys keep their order with the characters typed."""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class InOrderInput(Input):
    """An Input that runs its own key bindings (end, ctrl+u, enter, the arrows …) when the key
    reaches it, as it does a typed character. Textual runs a widget's bindings only once the
    key has bubbled up through every container to the App and back, while a character is
    inserted on arrival: in a burst of keys (typed on at once after a dialog, over SSH, while
    the screen is busy) 「１７００」 typed after ctrl+u was inserted before it, and enter then
    saved an empty field.

    Textual calls this handler before the Input's own; a binding run here prevents that one.
    The binding is the one the screen has active for the key (the user's keymap applied) when
    it is this Input's own: priority bindings have run already, before the key got here."""

    async def on_key(self, event: events.Key) -> None:
        active = self.screen.active_bindings.get(event.key)
        if active is None or active.node is not self or active.binding.priority:
            return
        if await self.app.run_action(active.binding.action, self):
            event.stop()
            event.prevent_default()
