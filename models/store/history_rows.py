"""The change history's rows inside the store's write transactions.

:func:`record` appends the records of one accepted change. An autosave pause writes a save
every few seconds while a person types one sentence; such saves carry one *typing session*
(the caller's token: ``Store.set_value(..., session=...)``), and a save of a text (old and new
values both strings) that continues its session's entry *updates* that row instead of adding
one (its old value stays, its new value and time become this save's): one entry from the
first old value to the last new one. It continues the entry only when that row is still the
report's last history row, is the same place, person and action, and is within
``merge_seconds`` of it (the window slides: measured from the previous save). The update
happens in the same transaction as the save, so each save is still committed with its record
when it is made; a save that brings the value back to where the entry started removes the
entry. ``merge_seconds = 0`` appends every save.

What never merges: a save without a session (an undo, a restore from the history, a value
kept over a conflict, anything a command writes), so an undo is always an entry of its own
beside the edit it takes back; a save after the session's value was accepted (tab, enter,
leaving the field: the caller starts a new session), so an accepted value stays in the
history; figures, dates and choices (each is one deliberate edit).

:func:`deleted_snapshot` finds the snapshot the last deletion of a report kept, which is
what ``hyoka restore`` brings back; :func:`deleted_keys` lists the reports that can be.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text, update

from models.report.history import encode
from models.store import tables as t
from models.store.watch import CHANNEL

_C = t.CHANGE.c


def record(
    conn: Connection,
    user: str,
    changes: Iterable[tuple[str, str, str, Any, Any]],
    *,
    merge_seconds: float = 0.0,
    merge_into: int | None = None,
    notify: bool = False,
) -> int | None:
    """Record ``(key, action, path, old, new)`` changes made by ``user`` now; with
    ``merge_into`` (the id of the row of the same typing session), a single text change may
    update that row (see above). The id of the row now holding a single change (None for
    several, none, or an entry removed because the value came back to where it started)."""
    changes = list(changes)
    now = datetime.now(UTC)
    at = now.isoformat(timespec="milliseconds")
    batch = [
        {
            "at": at,
            "user": user,
            "report_key": key,
            "action": action,
            "path": path,
            "old": encode(old),
            "new": encode(new),
        }
        for key, action, path, old, new in changes
    ]
    if not batch:
        return None
    texts = [isinstance(old, str) and isinstance(new, str) for _, _, _, old, new in changes]
    held: int | None = None
    if (
        len(batch) == 1
        and texts[0]
        and merge_seconds > 0
        and merge_into is not None
        and _merge(conn, batch[0], now, merge_seconds, merge_into)
    ):
        held = conn.scalar(select(_C.id).where(_C.id == merge_into))  # None if removed
    elif len(batch) == 1:
        held = conn.execute(insert(t.CHANGE), batch[0]).inserted_primary_key[0]  # type: ignore[index]
    else:
        conn.execute(insert(t.CHANGE), batch)
    if notify:  # wakes other processes' watchers at commit (models/store/watch.py)
        conn.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})
    return held


def _merge(conn: Connection, row: dict[str, Any], now: datetime, seconds: float, into: int) -> bool:
    """Fold ``row`` (a set) into row ``into`` if that is the report's last history row, of
    the same place, person and action, within ``seconds``; True when done."""
    if row["action"] != "set":
        return False
    last = (
        conn.execute(
            select(_C.id, _C.at, _C.user, _C.action, _C.path, _C.old)
            .where(_C.report_key == row["report_key"])
            .order_by(_C.id.desc())
            .limit(1)
        )
        .mappings()
        .first()
    )
    if last is None or (last["id"], last["action"], last["path"], last["user"]) != (
        into,
        "set",
        row["path"],
        row["user"],
    ):
        return False
    try:
        then = datetime.fromisoformat(last["at"])
    except ValueError:
        return False
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    if not 0 <= (now - then).total_seconds() <= seconds:
        return False
    if last["old"] == row["new"]:  # typed and taken back: nothing changed after all
        conn.execute(delete(t.CHANGE).where(_C.id == last["id"]))
    else:
        conn.execute(
            update(t.CHANGE).where(_C.id == last["id"]).values(new=row["new"], at=row["at"])
        )
    return True


def deleted_snapshot(conn: Connection, key: str) -> str | None:
    """The snapshot text the last deletion of ``key`` kept, or None if it was never deleted."""
    import json

    kept = conn.scalar(
        select(_C.old)
        .where(_C.report_key == key, _C.action == "delete")
        .order_by(_C.id.desc())
        .limit(1)
    )
    return None if kept is None else str(json.loads(kept))


def deleted_keys(conn: Connection) -> list[str]:
    """Keys of reports deleted and not there now (what can be restored), sorted."""
    deleted = select(_C.report_key).where(_C.action == "delete").distinct()
    present = set(conn.scalars(select(t.REPORT.c.key)))
    return sorted(set(conn.scalars(deleted)) - present)
