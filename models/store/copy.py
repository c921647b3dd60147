"""Moving every report and its history from one database to another (any engines).

Used when a team outgrows a SQLite file (SQLite → PostgreSQL) and for an offline copy
(PostgreSQL → SQLite). The copy is one transaction on the destination, refuses keys that
already exist there, keeps the history as it was (no new records), and is verified by
comparing every report's snapshot on both sides.
"""

from __future__ import annotations

from collections.abc import Callable

from models.i18n import tr
from models.snapshot.codec import dumps_snapshot
from models.store.errors import StoreError
from models.store.store import Store


def copy_store(source: Store, target: Store, progress: Callable[[str], None] | None = None) -> int:
    """Copy every report and the whole history; return the number of reports copied."""
    keys = source.keys()
    clash = sorted(set(keys) & set(target.keys()))
    if clash:
        raise StoreError(
            tr(
                "コピー先に既にあります: {keys}",
                "already in the destination: {keys}",
                keys=", ".join(clash[:10]) + (" …" if len(clash) > 10 else ""),
            )
        )
    reports = [source.load_report(key) for key in keys]
    target.adopt(reports, source.history(), progress=progress)
    different = [
        key
        for key in keys
        if dumps_snapshot(source.load_report(key)) != dumps_snapshot(target.load_report(key))
    ]
    if different:
        raise StoreError(
            tr(
                "コピー後の内容が一致しません: {keys}",
                "copies differ after copying: {keys}",
                keys=", ".join(different),
            )
        )
    return len(keys)
