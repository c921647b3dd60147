"""The change history's rows inside the store's write transactions.

:func:`record` appends the records of one accepted change. An autosave pause writes a save
every few seconds while a person types one sentence; so a ``set`` of a text (old and new
values both strings) at the same place by the same person as the report's previous history
row, within ``merge_seconds`` of it, *updates*
that row instead (its old value stays, its new value and time become this save's): one entry
from the first old value to the last new one. The update happens in the same transaction as
the save, so each save is still committed with its record when it is made; a save that
brings the value back to where the entry started removes the entry. The window slides: it
is measured from the previous save. ``merge_seconds = 0`` appends every save. Figures, dates
and choices are never merged: each is one deliberate edit (an undo of one or a restore from
the history stays an entry of its own).

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
    notify: bool = False,
) -> None:
    """Record ``(key, action, path, old, new)`` changes made by ``user`` now."""
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
        return
    texts = [isinstance(old, str) and isinstance(new, str) for _, _, _, old, new in changes]
    merged = (
        len(batch) == 1
        and texts[0]
        and merge_seconds > 0
        and _merge(conn, batch[0], now, merge_seconds)
    )
    if not merged:
        conn.execute(insert(t.CHANGE), batch)
    if notify:  # wakes other processes' watchers at commit (models/store/watch.py)
        conn.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


def _merge(conn: Connection, row: dict[str, Any], now: datetime, seconds: float) -> bool:
    """Fold ``row`` (a set) into the report's previous history row if that is the same place,
    person and action within ``seconds``; True when done."""
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
    if last is None or (last["action"], last["path"], last["user"]) != (
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
