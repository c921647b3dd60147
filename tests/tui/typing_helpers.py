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


async def type_bytes(pilot: Pilot[object], text: str) -> None:
    """Type ``text`` as a terminal sends it: its characters (as the driver decodes the
    bytes) read by Textual's own input parser, each resulting event delivered through the
    driver as the keyboard's would be."""
    from textual._xterm_parser import XTermParser

    driver = pilot.app._driver
    assert driver is not None
    parser = XTermParser()
    for event in parser.feed(text):
        event.set_sender(pilot.app)
        driver.send_message(event)
        await pilot.pause()


async def commit_bytes(pilot: Pilot[object], text: str) -> None:
    """Type ``text`` as an IME commits a phrase: every event of it delivered before the app
    gets to handle the first (one read of the terminal), then one pause."""
    from textual._xterm_parser import XTermParser

    driver = pilot.app._driver
    assert driver is not None
    for event in XTermParser().feed(text):
        event.set_sender(pilot.app)
        driver.send_message(event)
    await pilot.pause()
