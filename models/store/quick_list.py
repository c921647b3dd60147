"""The report list read with the standard library alone, so it can be shown before the store.

Importing SQLAlchemy and SQLModel takes about 0.4 s; the report list does not need them. For
a SQLite file, :func:`read_summaries` reads the same rows as ``Store.list_reports`` (same
columns, same order) through :mod:`sqlite3`, read-only, and the real store is opened
afterwards. Anything unexpected — a URL (PostgreSQL), a missing file, a file that is not a
hyoka database or has another schema version — gives ``None``, and the caller waits for the
store as before. Nothing is ever written, created or migrated here.

:class:`Prefetch` runs the read in a thread, started before Textual is imported. The query
returns all rows as one JSON text, so SQLite's work (≈10 ms for 5,000 reports) is a single
step with the GIL released, overlapping the imports; a query stepped row by row would hand
the GIL back and forth 5,000 times.

Keep this module free of SQLAlchemy, SQLModel and ``models.store.store`` (``tests/test_quick_list``
checks it).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from models.locations import is_url
from models.report.model import ReportSummary
from models.store.db_file import read_only_uri
from models.store.schema_version import SCHEMA_VERSION

BUSY_TIMEOUT = 0.2  # seconds; a writer holding the file makes us fall back, not wait

# Sorted by key in Python afterwards: str order is SQLite's BINARY order (UTF-8 bytes).
_SUMMARIES = """
SELECT json_group_array(json_array(r.key, r.ministry, r.policy_number, r.policy_name,
                                   r.evaluated_fiscal_year, v.category, r.revision))
FROM report AS r LEFT OUTER JOIN verdict AS v ON v.report_id = r.id
"""


def read_summaries(target: str) -> list[ReportSummary] | None:
    """One summary per report, ordered by key, as ``Store.list_reports``; None if unsure."""
    if not target or is_url(target):
        return None
    try:
        path = Path(target).expanduser().resolve()
        if not path.is_file():
            return None
        uri, _ = read_only_uri(path, copy=False)  # read-only media too
        if not uri:
            return None
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT, check_same_thread=False)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        if row is None or str(row[0]) != str(SCHEMA_VERSION):
            return None
        (text,) = conn.execute(_SUMMARIES).fetchone()
        rows = json.loads(text)
        rows.sort(key=lambda r: r[0])
        return [
            ReportSummary(k, m or "", n, p or "", y, v or "", rv or 0)
            for k, m, n, p, y, v, rv in rows
        ]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()


class Prefetch:
    """:func:`read_summaries` in a daemon thread, started at once; :meth:`result` waits."""

    def __init__(self, target: str):
        self._result: list[ReportSummary] | None = None
        self._thread = threading.Thread(
            target=self._run, args=(target,), name="hyoka-quick-list", daemon=True
        )
        self._thread.start()

    def _run(self, target: str) -> None:
        self._result = read_summaries(target)

    def result(self, timeout: float = 2.0) -> list[ReportSummary] | None:
        """The summaries, or None (not a readable hyoka SQLite file, or still not read)."""
        self._thread.join(timeout)
        return self._result
