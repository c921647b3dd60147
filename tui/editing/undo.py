"""Undo for saved edits: each accepted edit pushes how to take it back.

Undo is itself an edit, saved and recorded in the history like any other; it refuses
(Conflict) when someone else has changed the field since. The stack is the app's, but an
edit is undone only on its own report's screen (``ReportScreen.action_undo``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from models.report.model import Report
    from models.store.store import Store


@dataclass(frozen=True)
class Edit:
    """A saved edit of report ``key``: ``describe`` for messages, ``revert`` to undo it."""

    key: str
    describe: str
    revert: Callable[[Store], Report]


def field_edit(key: str, path: str, old: Any, new: Any) -> Edit:
    """The undo of setting ``path`` from ``old`` to ``new``, described by the place in words
    (「令和３年度 執行額」, not ``budget[2021].executed``)."""
    from models.report.places import place_label

    return Edit(key, place_label(path), lambda store: store.set_value(key, path, old, expected=new))


def take_undo(where: DOMNode, stack: UndoStack, key: str) -> Edit | None:
    """The last edit, taken off ``stack`` to be undone on report ``key``'s screen, with a
    notice either way: nothing to undo, or an edit of another report (undoing it here would
    change a report that is not on screen), or what is undone."""
    from models.i18n import tr
    from tui.notices import tell

    edit = stack.peek()
    if edit is None:
        tell(where, tr("元に戻す操作はありません", "Nothing to undo"))
        return None
    if edit.key != key:
        message = tr(
            "最後の変更は {key} のものです。元に戻すにはその評価書を開いてください",
            "The last change was to {key}: open that report to undo it",
            key=edit.key,
        )
        tell(where, message, severity="warning")
        return None
    stack.pop()
    tell(where, tr("元に戻しました: {what}", "Undone: {what}", what=edit.describe))
    return edit


class UndoStack:
    """The app's saved edits, newest last, at most ``limit`` of them."""

    def __init__(self, limit: int = 200):
        self._edits: list[Edit] = []
        self._limit = limit

    def push(self, edit: Edit) -> None:
        self._edits.append(edit)
        del self._edits[: -self._limit]

    def peek(self) -> Edit | None:
        return self._edits[-1] if self._edits else None

    def pop(self) -> Edit | None:
        return self._edits.pop() if self._edits else None
