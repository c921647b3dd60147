"""The messages the App sends its screens. They live apart from the App so that a screen can
handle them without importing the App (the App imports the screens, never the reverse)."""

from __future__ import annotations

from textual.message import Message


class StoreReady(Message):
    """Posted to every screen once the database is open."""


class DatabaseChanged(Message):
    """Posted to the current screen when another process committed a change."""
