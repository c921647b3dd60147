"""What the store refuses, as exceptions whose message a person can read (ja/en)."""

from __future__ import annotations

from typing import Any

from models.i18n import tr
from models.report.key import key_problem
from models.snapshot.codec import SnapshotError


def _plain(value: Any) -> str:
    """A value as a person reads it in a message (no Python quotes or escapes)."""
    return tr("（空）", "(empty)") if value in (None, "") else str(value)


class StoreError(Exception):
    """A problem an evaluator should read as a message, not a traceback."""


class ReportNotFound(StoreError):
    def __init__(self, key: str):
        self.key = key
        super().__init__(tr("レポートがありません: {key}", "no such report: {key}", key=key))


class ReportExists(StoreError):
    def __init__(self, key: str):
        self.key = key
        super().__init__(
            tr(
                "{key} は既にあります（置き換えるには --replace）",
                "{key} already exists (use --replace to overwrite it)",
                key=key,
            )
        )


class NotDeleted(StoreError):
    """``restore`` of a report that is there now, or that was never deleted."""

    def __init__(self, key: str, *, exists: bool):
        self.key = key
        if exists:
            message = tr(
                "{key} は今もあります（戻す必要はありません）",
                "{key} exists now (nothing to restore)",
                key=key,
            )
        else:
            message = tr(
                "{key} は削除された記録がありません",
                "{key} was never deleted (no deletion in the history)",
                key=key,
            )
        super().__init__(message)


class InvalidEdit(StoreError):
    """An edit that would make the report invalid; nothing was written."""

    def __init__(self, error: SnapshotError):
        self.issues = error.issues
        super().__init__("\n".join(issue.in_words() for issue in error.issues))


class InvalidKey(StoreError):
    """A key that breaks the key rule (``models.report.key``); nothing was written."""

    def __init__(self, key: str, problem: str):
        self.key = key
        shown = key if len(key) <= 40 else key[:40] + "…"
        super().__init__(f"{shown!r}: {problem}")


def check_key(key: str) -> None:
    problem = key_problem(key)
    if problem:
        raise InvalidKey(key, problem)


class Conflict(StoreError):
    """The value at ``path`` changed since the editor showed it."""

    def __init__(self, key: str, path: str, expected: Any, current: Any):
        from models.report.places import place_label

        self.key, self.path, self.expected, self.current = key, path, expected, current
        super().__init__(
            tr(
                "{place} は他の人が変更しました（表示時: {expected}、現在: {current}）",
                "{place} was changed by someone else (shown: {expected}, now: {current})",
                place=place_label(path),
                expected=_plain(expected),
                current=_plain(current),
            )
        )


class ReadOnly(StoreError):
    """The database, its file or the connection's role does not allow writing; ``reason`` says
    why when it is the file (:func:`models.store.db_file.read_only_reason`)."""

    def __init__(self, name: str, reason: str = ""):
        self.reason = reason
        if reason:
            message = tr(
                "読み取り専用のため書き込めません（{reason}）。変更は保存されません（{db}）",
                "cannot write: read-only ({reason}); nothing is saved ({db})",
                db=name,
                reason=reason,
            )
        else:
            message = tr(
                "{db} は読み取り専用の接続です。変更は保存されません",
                "{db} is a read-only connection; changes cannot be saved",
                db=name,
            )
        super().__init__(message)


def opened_read_only(name: str, reason: str) -> str:
    """The one notice that a database was opened read-only (the CLI's stderr, the TUI)."""
    return tr(
        "読み取り専用で開きました: {db}（{reason}）。変更は保存できません",
        "opened read-only: {db} ({reason}); changes cannot be saved",
        db=name,
        reason=reason,
    )


class NoProvenance(StoreError):
    """``hyoka confirm`` of a path the import recorded nothing at."""

    def __init__(self, key: str, path: str):
        from models.report.places import place_label, with_reference

        self.key, self.path = key, path
        super().__init__(
            tr(
                "{key} の {place} は取り込んだ値ではありません（hyoka check {key} で確認が必要な"
                "箇所を表示）",
                "{key} has no imported value at {place} (hyoka check {key} lists what to confirm)",
                key=key,
                place=with_reference(place_label(path), path),
            )
        )
