"""Closing the app never accepts what is half-typed: the database keeps the accepted value.

Shutting down blurs the field being edited, and leaving a field accepts it: once, a dropped
SSH link saved a half-typed budget figure over the accepted one, about every other time
(whether the blur is handled before the app is gone is a race). Every way out passes
``HyokaApp.exit`` (ctrl+q, a hang-up, ``app.exit``), which marks the app as closing; here a
field is blurred in that state, in a running app so that the blur is surely handled, with
each kind of editor open in the middle of typing. tests/test_sighup.py hangs up a real
terminal in the middle of an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.message import Message

from tests.tui.helpers import make_app, settle, stored_report
from tests.tui.test_budget import _open_budget, _to_2021_executed
from tests.tui.typing_helpers import type_text
from tui.app.app import HyokaApp
from tui.widgets.cell_editor import CellEditor
from tui.widgets.field import Field


def _accepted_into(found: list[Message]) -> Callable[[Message], None]:
    """A message hook keeping every form field's offer to save."""

    def hook(message: Message) -> None:
        if isinstance(message, Field.Accepted):
            found.append(message)

    return hook


async def _closing_blur(pilot) -> None:  # type: ignore[no-untyped-def]
    """The app in the state ``exit`` leaves it in, then what shutting down does to the field
    being edited: its screen loses the focus."""
    app: HyokaApp = pilot.app
    app.closing = True
    app.screen.set_focus(None)
    await settle(pilot)


async def test_every_way_out_marks_the_app_closing(db_path: Path) -> None:
    for leave in ("ctrl+q", "exit"):
        app = make_app(db_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert not app.closing
            if leave == "exit":
                app.exit(None, 129)  # what the SIGHUP handler of ``hyoka`` calls
            else:
                await pilot.press("ctrl+q")
            assert app.closing


async def test_closing_with_a_cell_editor_open_saves_nothing(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_budget(pilot)
        await _to_2021_executed(pilot)
        await pilot.press("enter", "ctrl+u", *"99")  # half-typed, would parse
        editor = app.screen.query_one(CellEditor)
        assert editor.is_open
        await _closing_blur(pilot)
        assert not editor.is_open  # abandoned
    await app.workers.wait_for_complete()
    assert stored_report(db_path).budget.year(2021).executed == 238163


async def test_closing_with_a_form_field_half_typed_saves_nothing(db_path: Path) -> None:
    app = make_app(db_path)
    accepted: list[Message] = []
    async with app.run_test(size=(80, 24), message_hook=_accepted_into(accepted)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("end", *"改訂")  # in 政策名, not accepted
        await _closing_blur(pilot)
    await app.workers.wait_for_complete()
    assert accepted == []
    assert stored_report(db_path).policy_name == "電子自治体の推進"


async def test_closing_while_typing_a_long_text_saves_nothing(db_path: Path) -> None:
    app = make_app(db_path)
    accepted: list[Message] = []
    async with app.run_test(size=(80, 24), message_hook=_accepted_into(accepted)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        app.screen.query_one("#f-materials TextArea").focus()
        await settle(pilot)
        await type_text(pilot, "途中")  # within the pause after which a long text saves
        await _closing_blur(pilot)
        await pilot.pause(1.3)  # the pause timer, had it been left running
    await app.workers.wait_for_complete()
    assert accepted == []
    assert stored_report(db_path).materials == "―"
