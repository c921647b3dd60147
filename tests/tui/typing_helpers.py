"""Type text as a terminal delivers it, including characters Pilot cannot name.

``Pilot.press`` looks non-alphanumeric characters up by Unicode name and fails for △，、－
(Textual 8.2.8); a real terminal sends them as a key event carrying the character, which is
what :func:`type_text` does. Characters are read by Textual's own terminal parser
(``tui.textual_compat.terminal_parser``) and its events posted to the app, as the driver
posts what it reads.
"""

from __future__ import annotations

from textual.pilot import Pilot

from tui.textual_compat import terminal_parser


def _deliver(pilot: Pilot[object], text: str) -> None:
    """Read ``text`` as the terminal's bytes and post each event to the app, as the driver
    posts what it reads."""
    for event in terminal_parser().feed(text):
        event.set_sender(pilot.app)
        pilot.app.post_message(event)


async def type_text(pilot: Pilot[object], text: str) -> None:
    for ch in text:
        if ch.isascii():
            await pilot.press(ch)
            continue
        _deliver(pilot, ch)
        await pilot.pause()


async def type_bytes(pilot: Pilot[object], text: str) -> None:
    """Type ``text`` as a terminal sends it: its characters (as the driver decodes the
    bytes) read by Textual's own input parser, each resulting event posted to the app as the
    driver posts the keyboard's."""
    parser = terminal_parser()
    for event in parser.feed(text):
        event.set_sender(pilot.app)
        pilot.app.post_message(event)
        await pilot.pause()


async def commit_bytes(pilot: Pilot[object], text: str) -> None:
    """Type ``text`` as an IME commits a phrase: every event of it delivered before the app
    gets to handle the first (one read of the terminal), then one pause."""
    _deliver(pilot, text)
    await pilot.pause()
