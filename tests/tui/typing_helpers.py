"""Type text as a terminal delivers it, including characters Pilot cannot name.

``Pilot.press`` looks non-alphanumeric characters up by Unicode name and fails for △，、－
(Textual 8.2.8); a real terminal sends them as a key event carrying the character, which is
what :func:`type_text` does.
"""

from __future__ import annotations

from textual import events
from textual.app import _character_to_key
from textual.pilot import Pilot


async def type_text(pilot: Pilot[object], text: str) -> None:
    for ch in text:
        if ch.isascii():
            await pilot.press(ch)
            continue
        driver = pilot.app._driver
        assert driver is not None
        event = events.Key(_character_to_key(ch), ch)
        event.set_sender(pilot.app)
        driver.send_message(event)
        await pilot.pause()
