"""``check --all``'s results kept per report state, so that only edited reports are checked again.

The cache is a separate SQLite file under the user's cache directory
(``$XDG_CACHE_HOME/hyoka/findings/<digest of the database target>.sqlite``), never a table in
the database: writing there would wake every other process's watcher (``PRAGMA data_version``)
and would make a read-only command write to a shared, perhaps read-only, database. It lives in
the store because only models/store talks to a database (pyproject's import contracts).

An entry is used only when both of these match what it was computed from:

* the report's **stamp**: its row id, its ``revision`` (bumped by every rewrite of its
  content) and the id and time of its latest history entry (every insert — import, create,
  restore, roll-over — adds one; a restored older copy of the database file has older ones);
  :func:`present_stamps` reads them through the store's engine, :func:`read_stamps` with the
  standard library alone;
* the **fingerprint** (models/rules/cache.py): the code, the thresholds, the language and the
  database's schema version.

What is kept is each report's rendered output in one form (text or JSON) and its counts
of findings by severity (tui/cli/check_output.py). Anything unreadable in the cache file is
a miss; a cache that cannot be written is simply not kept. The output is exactly what
checking afresh gives (tests/test_check_cache.py edits reports and compares).
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.locations import cache_home, is_url

if TYPE_CHECKING:
    from sqlalchemy import Engine

# one query: every report with its stamp (the latest history entry found through the index
# on change.report_key)
_STAMPS = """
SELECT r.key, r.id, r.revision, c.id, c.at
FROM report r
LEFT JOIN change c ON c.id = (SELECT MAX(id) FROM change WHERE report_key = r.key)
"""


class FindingsCache:
    """The cache file of one database; ``get`` and ``put`` results by key."""

    def __init__(self, target: str, fingerprint: str, stamps: dict[str, str], form: str):
        name = hashlib.sha256(target.encode()).hexdigest()[:32]
        self.path = cache_home() / "findings" / f"{name}.sqlite"
        self.fingerprint = fingerprint
        self.stamps = stamps  # key -> stamp, for every report in the database now
        self.form = form  # what is kept: the text or the JSON output of each report
        self._kept: dict[str, bytes] = {}
        self._read()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=1.0, isolation_level=None)
        conn.execute("PRAGMA synchronous = OFF")  # a cache: lost or torn, it is rebuilt
        conn.execute(
            "CREATE TABLE IF NOT EXISTS result ("
            "key TEXT NOT NULL, form TEXT NOT NULL, stamp TEXT NOT NULL, "
            "fingerprint TEXT NOT NULL, output BLOB NOT NULL, PRIMARY KEY (key, form))"
        )
        return conn

    def _read(self) -> None:
        if not self.path.exists():
            return
        try:
            conn = self._connect()
            try:
                rows = conn.execute(
                    "SELECT key, stamp, output FROM result WHERE form = ? AND fingerprint = ?",
                    (self.form, self.fingerprint),
                ).fetchall()
            finally:
                conn.close()
        except sqlite3.Error:
            return
        stamps = self.stamps
        self._kept = {key: output for key, stamp, output in rows if stamps.get(key) == stamp}

    def get(self, key: str) -> str | None:
        """The output kept for ``key`` in its present state, or None."""
        packed = self._kept.get(key)
        if packed is None:
            return None
        try:
            return zlib.decompress(packed).decode()
        except (zlib.error, UnicodeDecodeError, TypeError):
            return None

    def put(self, outputs: list[tuple[str, bytes]]) -> None:
        """Keep ``(key, pack(output))`` for reports whose stamp was read before they were
        loaded (a report edited meanwhile gets a new stamp, so its entry is never used); drop
        the entries of reports no longer in the database. Fails silently: it is only a cache."""
        rows = [
            (key, self.form, self.stamps[key], self.fingerprint, packed)
            for key, packed in outputs
            if key in self.stamps
        ]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            conn = self._connect()
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT OR REPLACE INTO result VALUES (?, ?, ?, ?, ?)", rows)
                gone = [
                    (key,)
                    for (key,) in conn.execute("SELECT key FROM result").fetchall()
                    if key not in self.stamps
                ]
                conn.executemany("DELETE FROM result WHERE key = ?", gone)
                conn.execute("COMMIT")
            finally:
                conn.close()
        except (OSError, sqlite3.Error):
            return


def present_stamps(engine: Engine) -> tuple[str, dict[str, str]]:
    """(schema version, every report's stamp), read in one transaction through ``engine``."""
    from sqlalchemy import text

    with engine.connect() as conn:
        version = conn.scalar(text("SELECT value FROM meta WHERE name = 'schema_version'"))
        return str(version), _stamped(conn.execute(text(_STAMPS)))


def _stamped(rows: Any) -> dict[str, str]:
    return {key: f"{rid}:{revision}:{cid}:{at}" for key, rid, revision, cid, at in rows}


def read_stamps(target: str) -> tuple[str, dict[str, str]] | None:
    """(schema version, every report's stamp) of a SQLite file read with the standard library
    alone, read-only: what ``check --all`` needs to answer from the cache without importing
    SQLAlchemy (≈0.4 s). None for a URL or anything unexpected (the caller opens the store)."""
    if not target or is_url(target):
        return None
    try:
        path = Path(target).expanduser().resolve()
        if not path.is_file():
            return None
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, timeout=0.2)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        conn.execute("BEGIN")  # one consistent read
        row = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        if row is None:
            return None
        return str(row[0]), _stamped(conn.execute(_STAMPS))
    except sqlite3.Error:
        return None
    finally:
        conn.close()
