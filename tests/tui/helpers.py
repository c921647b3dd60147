"""Helpers for keyboard-flow tests: start the app on a database and wait for it to settle."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from models.report.model import Report
from models.store.store import open_store
from tui.app.app import HyokaApp


async def settle(pilot: Pilot[object]) -> None:
    """Wait until every worker has finished and the screen has refreshed."""
    app = pilot.app
    for _ in range(50):
        await pilot.pause()
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:  # replaced by a newer one (exclusive): over, as far as we wait
            pass
        await pilot.pause()
        if not any(w.is_running for w in app.workers):
            return


def record_notices(app: App[Any]) -> list[str]:
    """Every notification ``app`` gives from now on (its message), in order: call before
    ``run_test`` to keep those of the start too."""
    seen: list[str] = []
    notify = app.notify

    def recording(message: str, *args: Any, **kwargs: Any) -> None:
        seen.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = recording  # type: ignore[method-assign]
    return seen


async def wait_until(
    pilot: Pilot[object], condition: Callable[[], object], what: str, timeout: float = 20.0
) -> None:
    """Let the app run until ``condition()`` holds (checked every 20 ms), then settle; fail
    saying ``what`` was awaited if it does not hold within ``timeout`` seconds. A test waits
    on what it expects, never for a fixed time."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:g} s: {what}")
        await pilot.pause(0.02)
    await settle(pilot)


def make_app(db_path: object) -> HyokaApp:
    """The app on ``db_path`` with a steady cursor, so a snapshot never depends on when, in
    the blink cycle, it was taken."""
    return HyokaApp(str(db_path), user="tester", cursor_blink=False)


def help_text(app: HyokaApp) -> str:
    """The text of the help screen on top (the key table rendered as plain text)."""
    from rich.console import Console
    from textual.widgets import Static

    console = Console(width=100, record=True, file=io.StringIO())
    for static in app.screen.query(Static):
        console.print(static.content)
    return console.export_text()


SNAPSHOT_SIZES = [(80, 24), (120, 40)]


def keys_then_settle(*keys: str, focus: str = ""):  # type: ignore[no-untyped-def]
    """A snapshot's ``run_before``: press ``keys`` one by one, settling after each, then
    optionally focus the widget matching ``focus``."""

    async def run_before(pilot: Pilot[object]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        if focus:
            pilot.app.screen.query_one(focus).focus()
            await settle(pilot)

    return run_before


def stored_report(db_path: object, key: str = "soumu-r4-08") -> Report:
    """The report as the database holds it now (what a flow test asserts on)."""
    store = open_store(str(db_path))
    try:
        return store.load_report(key)
    finally:
        store.close()


async def toast_texts(pilot: Pilot[object]) -> list[str]:
    """The notifications on screen, each rendered as the terminal would paint it.

    Needs ``run_test(notifications=True)`` (headless runs leave toasts out by default). Each
    toast is rendered here, as a real terminal's paint would (a toast that cannot render
    raises), and the whole screen is painted once more. Each text is read as one line: the
    breaks hyoka's line breaker put in at the toast's width are taken out.
    """
    await settle(pilot)
    toasts = pilot.app.screen.query("Toast")  # by its type's name: Toast is not exported
    # read as one text: the line breaks tui.notices.tell puts in at the toast's width removed
    texts = [toast.render().plain.replace("\n", "") for toast in toasts]
    pilot.app.export_screenshot()
    return texts


def screen_lines(app: HyokaApp) -> list[str]:
    """The screen as a terminal shows it, as plain text: what a reader without colour sees."""
    from tests.tui.screen_text import screen_lines as painted

    return painted(app)
