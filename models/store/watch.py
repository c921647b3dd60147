"""Noticing that another process changed the database, cheaply, without reloading.

SQLite: ``PRAGMA data_version`` on a connection kept for the purpose changes whenever
another connection commits. PostgreSQL: every write transaction sends
``NOTIFY hyoka_changes`` (see ``Store._record``) and the watcher LISTENs. Either way a
check costs one round trip to a local file or socket and reads no report data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.store.store import Store

CHANNEL = "hyoka_changes"


class Watcher:
    """``changed()`` is True when someone committed since the previous call."""

    def __init__(self, store: Store):
        self._raw: Any = store.engine.raw_connection()
        self._sqlite = store.is_sqlite
        if self._sqlite:
            self._version = self._data_version()
        else:
            self._raw.rollback()
            pg: Any = self._raw.driver_connection
            pg.autocommit = True
            pg.execute(f"LISTEN {CHANNEL}")
            self._pg = pg

    def _data_version(self) -> int:
        cur = self._raw.cursor()
        try:
            cur.execute("PRAGMA data_version")
            return int(cur.fetchone()[0])
        finally:
            cur.close()

    def changed(self, wait: float = 0.0) -> bool:
        """Whether someone committed since the previous call; with ``wait``, give a commit
        that has just happened up to that many seconds to show (a PostgreSQL notification
        reaches the listener a moment after the writer's commit returns)."""
        if self._sqlite:
            version = self._data_version()
            changed, self._version = version != self._version, version
            return changed
        seen = any(True for _ in self._pg.notifies(timeout=wait, stop_after=1))
        # the rest of what is queued belongs to the same "since the previous call"
        return any(True for _ in self._pg.notifies(timeout=0)) or seen

    def close(self) -> None:
        if not self._sqlite:
            self._pg.execute(f"UNLISTEN {CHANNEL}")
            self._pg.autocommit = False
        self._raw.close()
