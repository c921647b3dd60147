"""An Input's own keys keep their order with the characters typed around them, in a burst
of keys (typed on at once after a dialog, over SSH, while the screen is busy), the user's
keymap applied (tui/widgets/in_order_input.py)."""

from __future__ import annotations

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Input

from tui.widgets.in_order_input import InOrderInput


class _Clearing(InOrderInput):
    BINDINGS = [Binding("ctrl+k", "delete_left_all", id="test.clear")]


class _Field(App[None]):
    def __init__(self, kind: type[Input], keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.kind, self.keymap = kind, keymap or {}

    def compose(self) -> ComposeResult:
        yield self.kind("old")

    def on_mount(self) -> None:
        self.set_keymap(self.keymap)  # a user's keymap (config.toml)


async def _burst(kind: type[Input], *keys: str, keymap: dict[str, str] | None = None) -> str:
    """``keys`` then ``new`` in one read of the terminal (every event posted before the app
    handles the first), the cursor at the end of ``old``. The field's value after."""
    app = _Field(kind, keymap)
    async with app.run_test() as pilot:
        field = app.query_one(kind)
        field.focus()
        field.cursor_position = len(field.value)
        await pilot.pause()
        typed = [events.Key(k, None) for k in keys] + [events.Key(c, c) for c in "new"]
        for event in typed:
            event.set_sender(app)
            app.post_message(event)
        await pilot.pause()
        await pilot.pause()
        return field.value


async def test_textual_alone_runs_a_burst_s_binding_after_its_characters() -> None:
    """Why InOrderInput exists: when this fails, Textual keeps a burst of keys in order
    itself and InOrderInput can go. (ctrl+u: delete to the start; "new" typed, then deleted.)"""
    assert await _burst(Input, "ctrl+u") == ""


async def test_an_in_order_input_keeps_a_burst_in_order() -> None:
    assert await _burst(_Clearing, "ctrl+u") == "new"
    assert await _burst(_Clearing, "ctrl+k") == "new"
    assert await _burst(_Clearing, "left", "left", "ctrl+u") == "newld"


async def test_the_user_s_keymap_is_followed_in_a_burst() -> None:
    assert await _burst(_Clearing, "f7", keymap={"test.clear": "f7"}) == "new"
    assert await _burst(_Clearing, "ctrl+k", keymap={"test.clear": "f7"}) == "oldnew"
