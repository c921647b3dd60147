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
    saved an empty field."""

    async def _on_key(self, event: events.Key) -> None:
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()
                return
        await super()._on_key(event)
