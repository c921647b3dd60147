"""Reading the store: transactions, the report list, whole reports (one by one or in bulk)
and the change history. :class:`models.store.store.Store` adds the writing half."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, select
from sqlalchemy.exc import DBAPIError

from models.i18n import tr
from models.report.cycle import CycleFacts
from models.report.history import Change
from models.report.model import Report, ReportSummary
from models.report.provenance import Provenance
from models.store import rows, rows_read
from models.store import tables as t
from models.store.bulk_sqlite import BulkQuery
from models.store.engine import db_reason, is_read_only
from models.store.errors import ReadOnly, ReportNotFound, StoreError

# The reading statements, built once: SQLAlchemy then finds them in its compiled cache
# without rebuilding and re-keying a select() per table and per report.
_HEADER_BY_KEY = select(t.REPORT).where(t.REPORT.c.key == bindparam("key"))
_HEADERS_BY_KEYS = select(t.REPORT).where(t.REPORT.c.key.in_(bindparam("keys", expanding=True)))
_CHILDREN_BY_ID = {
    tbl.name: select(tbl)
    .where(tbl.c.report_id == bindparam("rid"))
    .order_by(*(tbl.c[name] for name in rows.ORDER_BY[tbl.name]))
    for tbl in t.CHILDREN
}
_ID, _KEY = rows_read.column("report", "id"), rows_read.column("report", "key")
_OWNER = {tbl.name: rows_read.column(tbl.name, "report_id") for tbl in t.CHILDREN}
_CHILDREN_BY_IDS = {
    tbl.name: select(tbl)
    .where(tbl.c.report_id.in_(bindparam("ids", expanding=True)))
    .order_by(tbl.c.report_id, *(tbl.c[name] for name in rows.ORDER_BY[tbl.name]))
    for tbl in t.CHILDREN
}


class StoreReader:
    """One database holding many reports, read through short transactions."""

    def __init__(self, engine: Engine, name: str, user: str, merge_seconds: float = 0.0):
        self.engine = engine
        self.name = name
        self.user = user
        self.merge_seconds = merge_seconds  # see models/store/history_rows.py
        self.is_sqlite = engine.dialect.name == "sqlite"
        self.read_only = ""  # why the file cannot be written; see open_store
        # in a session, the person whose role every write is checked against (models/store/guard.py)
        self.person: str | None = None
        self._bulk: dict[str, BulkQuery] | None = None

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------ transactions
    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                if not self.is_sqlite:  # one consistent view across the report's tables
                    conn.execution_options(isolation_level="REPEATABLE READ")
                with conn.begin():
                    yield conn
        except DBAPIError as exc:
            raise StoreError(
                tr(
                    "読み込めません（{db}）: {err}",
                    "cannot read {db}: {err}",
                    db=self.name,
                    err=db_reason(exc),
                )
            ) from None

    @contextmanager
    def _writing(self, action: str = "edit") -> Iterator[Connection]:
        """A write transaction; in a session, only when the person's role may do ``action``."""
        if self.read_only:
            raise ReadOnly(self.name, self.read_only)
        try:
            with self.engine.connect() as conn:
                conn.execution_options(hyoka_write=True)
                with conn.begin():
                    if self.person is not None:
                        from models.store.guard import require

                        require(conn, self.person, action)
                    yield conn
        except DBAPIError as exc:
            if is_read_only(exc):
                raise ReadOnly(self.name) from None
            raise StoreError(
                tr(
                    "書き込めません（{db}）: {err}",
                    "cannot write to {db}: {err}",
                    db=self.name,
                    err=db_reason(exc),
                )
            ) from None

    # ------------------------------------------------------------ reading
    def keys(self) -> list[str]:
        with self._reading() as conn:
            return list(conn.scalars(select(t.REPORT.c.key).order_by(t.REPORT.c.key)))

    def list_reports(self) -> list[ReportSummary]:
        """One summary per report, ordered by key: what the report list shows."""
        rep, ver = t.REPORT.c, t.VERDICT.c
        query = (
            select(
                rep.key,
                rep.ministry,
                rep.policy_number,
                rep.policy_name,
                rep.evaluated_fiscal_year,
                ver.category,
                rep.revision,
            )
            .select_from(t.REPORT.outerjoin(t.VERDICT, ver.report_id == rep.id))
            .order_by(rep.key)
        )
        with self._reading() as conn:
            return [
                ReportSummary(k, m or "", n, p or "", y, v or "", rv or 0)
                for k, m, n, p, y, v, rv in conn.execute(query)
            ]

    def cycle_facts(self) -> list[CycleFacts]:
        """Every report's place in its policy's cycle (models/report/cycle.py), ordered by key:
        what the calendar reads, without loading whole reports."""
        rep = t.REPORT.c
        query = select(
            rep.key,
            rep.ministry,
            rep.policy_number,
            rep.policy_name,
            rep.evaluated_fiscal_year,
            rep.stage,
            rep.predecessor,
            rep.planned_evaluation,
        ).order_by(rep.key)
        with self._reading() as conn:
            return [
                CycleFacts(k, m or "", n, p or "", y, s or "evaluation", pr or "", pl or "")
                for k, m, n, p, y, s, pr, pl in conn.execute(query)
            ]

    def predecessors(self) -> dict[str, str]:
        """Every report's key and its ``predecessor`` ("" when none): the roll-over links."""
        query = select(t.REPORT.c.key, t.REPORT.c.predecessor)
        with self._reading() as conn:
            return {key: predecessor or "" for key, predecessor in conn.execute(query)}

    def exists(self, key: str) -> bool:
        with self._reading() as conn:
            return self._report_id(conn, key) is not None

    def revision(self, key: str) -> int:
        with self._reading() as conn:
            rev = conn.scalar(select(t.REPORT.c.revision).where(t.REPORT.c.key == key))
        if rev is None:
            raise ReportNotFound(key)
        return rev

    def load_report(self, key: str) -> Report:
        with self._reading() as conn:
            return self._load(conn, key)

    def iter_reports(self, keys: list[str] | None = None, batch: int = 500) -> Iterator[Report]:
        """The reports named by ``keys`` in that order (every report by key when None).

        Reads each table once per ``batch`` reports (one consistent read each) rather than
        once per report, as :meth:`load_report` does; the reports are the same. A key that
        does not exist raises :class:`ReportNotFound` when its turn comes (the reports before
        it have been yielded). A key given twice in one batch yields the same object twice.
        """
        if keys is None:
            keys = self.keys()
        batch = max(1, batch)
        for start in range(0, len(keys), batch):
            chunk = keys[start : start + batch]
            with self._reading() as conn:
                found = self._load_many(conn, chunk)
            for key in chunk:
                report = found.get(key)
                if report is None:
                    raise ReportNotFound(key)
                yield report

    def _load_many(self, conn: Connection, keys: list[str]) -> dict[str, Report]:
        bulk = self._bulk_queries(conn) if self.is_sqlite else None
        unique = list(set(keys))
        header_rows = (
            bulk["report"].rows(conn, unique)
            if bulk is not None
            else conn.execute(_HEADERS_BY_KEYS, {"keys": unique})
        )
        headers = {_ID(row): row for row in header_rows}
        if not headers:
            return {}
        ids = list(headers)
        found: dict[int, dict[str, list[Any]]] = {
            rid: {tbl.name: [] for tbl in t.CHILDREN} for rid in ids
        }
        for name, query in _CHILDREN_BY_IDS.items():
            owner = _OWNER[name]
            rows = (
                bulk[name].rows(conn, ids)
                if bulk is not None
                else conn.execute(query, {"ids": ids}).all()
            )
            for row in rows:
                found[owner(row)][name].append(row)
        return {
            _KEY(header): rows_read.from_rows(header, found[rid]) for rid, header in headers.items()
        }

    def _bulk_queries(self, conn: Connection) -> dict[str, BulkQuery]:
        """SQLite: the same reads as ``_HEADERS_BY_KEYS`` and ``_CHILDREN_BY_IDS`` through the
        DB-API cursor (models/store/bulk_sqlite.py), built once per store."""
        if self._bulk is None:
            self._bulk = {"report": BulkQuery(conn, t.REPORT, "key", ())} | {
                tbl.name: BulkQuery(conn, tbl, "report_id", ("report_id", *rows.ORDER_BY[tbl.name]))
                for tbl in t.CHILDREN
            }
        return self._bulk

    def _report_id(self, conn: Connection, key: str, *, lock: bool = False) -> int | None:
        query = select(t.REPORT.c.id).where(t.REPORT.c.key == key)
        if lock and not self.is_sqlite:
            query = query.with_for_update()
        return conn.scalar(query)

    def _load(self, conn: Connection, key: str) -> Report:
        header = conn.execute(_HEADER_BY_KEY, {"key": key}).first()
        if header is None:
            raise ReportNotFound(key)
        found = {
            name: conn.execute(query, {"rid": _ID(header)}).all()
            for name, query in _CHILDREN_BY_ID.items()
        }
        return rows_read.from_rows(header, found)

    def provenance(
        self, keys: list[str], *, open_only: bool = False
    ) -> dict[str, list[Provenance]]:
        """Where the values of imported reports came from, by key (``open_only``: only what
        still asks for a person's look). A report not imported from a form has none."""
        from models.store import provenance

        query = select(t.REPORT.c.id, t.REPORT.c.key).where(
            t.REPORT.c.key.in_(bindparam("keys", expanding=True))
        )
        with self._reading() as conn:
            ids = {rid: key for rid, key in conn.execute(query, {"keys": list(set(keys))})}
            found = provenance.load(conn, ids, open_only=open_only)
        return {key: found.get(key, []) for key in keys}

    def history(self, key: str | None = None) -> list[Change]:
        """The recorded changes, oldest first (of one report, or all)."""
        query = select(t.CHANGE).order_by(t.CHANGE.c.id)
        if key is not None:
            query = query.where(t.CHANGE.c.report_key == key)
        with self._reading() as conn:
            return [Change.from_row(row) for row in conn.execute(query).mappings()]
