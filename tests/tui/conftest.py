"""Fixtures of the keyboard-flow tests: the app's intervals made short where a test waits
for them (the product's defaults stay as they are; a test sets them for itself)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from models.store.watch import Watcher
from tests.tui.helpers import wait_until

SHORT_POLL = 0.05  # seconds; the app polls every tui.app.app.POLL_SECONDS (1 s)


class Polls:
    """The app's polls for other processes' saves, every ``SHORT_POLL`` seconds, counted."""

    def __init__(self) -> None:
        self.noticed = 0  # polls that found someone else's commit

    def mark(self) -> int:
        """The count now: take it just before the other process saves."""
        return self.noticed

    async def noticed_since(self, pilot: Pilot[object], mark: int) -> None:
        """Wait until a poll after ``mark`` noticed a commit, and the app has handled it."""
        await wait_until(pilot, lambda: self.noticed > mark, "a poll noticed the other save")


@pytest.fixture
def fast_polls(monkeypatch: pytest.MonkeyPatch) -> Polls:
    """The app (created after this fixture) polls every ``SHORT_POLL`` seconds, each poll
    that notices a change counted; set before the app mounts, where its interval starts."""
    import tui.app.app as app_module

    polls = Polls()
    changed = Watcher.changed

    def counted(self: Watcher, wait: float = 0.0) -> bool:
        found = changed(self, wait)
        polls.noticed += found
        return found

    monkeypatch.setattr(app_module, "POLL_SECONDS", SHORT_POLL)
    monkeypatch.setattr(Watcher, "changed", counted)
    return polls


@pytest.fixture
def fast_autosave(monkeypatch: pytest.MonkeyPatch) -> float:
    """A field's pause-then-save after 0.05 s of no typing instead of the product's second."""
    import tui.widgets.field as field_module

    monkeypatch.setattr(field_module, "DEBOUNCE_SECONDS", 0.05)
    return 0.05
