"""The report store: one database (SQLite file or a SQLAlchemy URL) holding many reports.

The store takes and returns plain values (``Report``, ``ReportSummary``, ``Change``);
callers never see a session. Every write is one transaction that also appends to the
change history, so an accepted edit is saved with its record or not at all.

SQLite files are opened with WAL, foreign keys, a busy timeout and ``synchronous=FULL``;
a new file is created with mode 0600. Write transactions start with ``BEGIN IMMEDIATE``
so two processes never interleave a read-modify-write of the same report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError

from models.i18n import tr
from models.locations import is_url, mask_url
from models.report import paths as fieldpath
from models.report.history import Change, encode
from models.report.model import Report, ReportSummary
from models.snapshot.codec import (
    SnapshotError,
    dumps_snapshot,
    loads_snapshot,
    report_from_document,
    report_to_document,
)
from models.store import history_rows as history_store
from models.store import migrations, rows
from models.store import tables as t
from models.store.db_file import file_problem
from models.store.engine import current_user, db_reason, is_read_only, sqlite_engine
from models.store.errors import (
    Conflict,
    InvalidEdit,
    NotDeleted,
    ReadOnly,
    ReportExists,
    ReportNotFound,
    StoreError,
    check_key,
)

_UNSET: Any = object()

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
_ID, _KEY = rows.column("report", "id"), rows.column("report", "key")
_OWNER = {tbl.name: rows.column(tbl.name, "report_id") for tbl in t.CHILDREN}
_CHILDREN_BY_IDS = {
    tbl.name: select(tbl)
    .where(tbl.c.report_id.in_(bindparam("ids", expanding=True)))
    .order_by(tbl.c.report_id, *(tbl.c[name] for name in rows.ORDER_BY[tbl.name]))
    for tbl in t.CHILDREN
}


def open_store(
    target: str, *, user: str | None = None, create: bool = True, merge_seconds: float = 0.0
) -> Store:
    """Open (creating or migrating as needed) the database at ``target``: a path or a URL.

    With ``create=False`` (commands that only read) a missing SQLite file is refused and
    nothing is created. A file that is not a usable hyoka database is always refused
    (:func:`models.store.db_file.file_problem`) before anything is written to it.
    ``merge_seconds``: saves of one field by one person this close together make one history
    entry (models/store/history_rows.py); 0 records every save.
    """
    problem = file_problem(target, must_exist=not create)
    if problem is not None:
        raise StoreError(problem)
    if is_url(target):
        try:
            engine = create_engine(target)
        except ModuleNotFoundError as exc:
            raise StoreError(
                tr(
                    "データベースドライバ {mod} がありません。"
                    "PostgreSQL には pip install 'hyoka[postgres]'",
                    "database driver {mod} is not installed; "
                    "for PostgreSQL: pip install 'hyoka[postgres]'",
                    mod=exc.name,
                )
            ) from None
    else:
        engine = sqlite_engine(Path(target).expanduser())
    who = user if user is not None else current_user()
    store = Store(engine, mask_url(target), who, merge_seconds)
    try:
        migrations.prepare(engine)
    except migrations.SchemaTooNew as exc:
        engine.dispose()
        raise StoreError(str(exc)) from None
    except DBAPIError as exc:
        engine.dispose()
        raise StoreError(
            tr(
                "{db} を開けません: {err}",
                "cannot open {db}: {err}",
                db=store.name,
                err=db_reason(exc),
            )
        ) from None
    return store


class Store:
    def __init__(self, engine: Engine, name: str, user: str, merge_seconds: float = 0.0):
        self.engine = engine
        self.name = name
        self.user = user
        self.merge_seconds = merge_seconds  # see models/store/history_rows.py
        self.is_sqlite = engine.dialect.name == "sqlite"

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
    def _writing(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                conn.execution_options(hyoka_write=True)
                with conn.begin():
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
        headers = {
            _ID(row): row for row in conn.execute(_HEADERS_BY_KEYS, {"keys": list(set(keys))})
        }
        if not headers:
            return {}
        ids = list(headers)
        found: dict[int, dict[str, list[Any]]] = {
            rid: {tbl.name: [] for tbl in t.CHILDREN} for rid in ids
        }
        for name, query in _CHILDREN_BY_IDS.items():
            owner = _OWNER[name]
            for row in conn.execute(query, {"ids": ids}).all():
                found[owner(row)][name].append(row)
        return {_KEY(header): rows.from_rows(header, found[rid]) for rid, header in headers.items()}

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
        return rows.from_rows(header, found)

    # ------------------------------------------------------------ writing
    def _record(self, conn: Connection, changes: Iterable[tuple[str, str, str, Any, Any]]) -> None:
        history_store.record(
            conn,
            self.user,
            changes,
            merge_seconds=self.merge_seconds,
            notify=not self.is_sqlite,
        )

    def _insert(self, conn: Connection, report: Report, revision: int = 1) -> None:
        result = conn.execute(insert(t.REPORT).values(**rows.header_row(report), revision=revision))
        report_id = result.inserted_primary_key[0]  # type: ignore[index]
        self._insert_children(conn, report, report_id)

    def _insert_children(self, conn: Connection, report: Report, report_id: int) -> None:
        for name, batch in rows.to_rows(report, report_id).items():
            if batch:
                conn.execute(insert(t.SQLModel.metadata.tables[name]), batch)

    def _rewrite(self, conn: Connection, report: Report, report_id: int) -> None:
        """Replace the stored content of one report with ``report`` and bump its revision."""
        for tbl in t.CHILDREN:
            conn.execute(delete(tbl).where(tbl.c.report_id == report_id))
        conn.execute(
            update(t.REPORT)
            .where(t.REPORT.c.id == report_id)
            .values(**rows.header_row(report), revision=t.REPORT.c.revision + 1)
        )
        self._insert_children(conn, report, report_id)

    def import_reports(
        self,
        reports: Iterable[Report],
        *,
        replace: bool = False,
        progress: Callable[[Report, StoreError | None], None] | None = None,
    ) -> list[tuple[str, StoreError | None]]:
        """Import each report all-or-nothing (a savepoint each) in one transaction.

        Returns ``(key, None)`` for each report imported and ``(key, error)`` for each refused.
        """
        outcome: list[tuple[str, StoreError | None]] = []
        with self._writing() as conn:
            for report in reports:
                error: StoreError | None = None
                try:
                    with conn.begin_nested():
                        self._import_one(conn, report, replace)
                except StoreError as exc:
                    error = exc
                outcome.append((report.key, error))
                if progress is not None:
                    progress(report, error)
        return outcome

    def import_report(self, report: Report, *, replace: bool = False) -> None:
        ((_, error),) = self.import_reports([report], replace=replace)
        if error is not None:
            raise error

    def _import_one(self, conn: Connection, report: Report, replace: bool) -> None:
        check_key(report.key)
        report_id = self._report_id(conn, report.key, lock=True)
        if report_id is None:
            self._insert(conn, report)
            self._record(conn, [(report.key, "import", "", None, None)])
            return
        if not replace:
            raise ReportExists(report.key)
        previous = dumps_snapshot(self._load(conn, report.key))
        self._rewrite(conn, report, report_id)
        self._record(conn, [(report.key, "replace", "", previous, None)])

    def create_report(
        self, report: Report, *, action: str = "create", source: str | None = None
    ) -> None:
        """Add a new report made here: recorded as ``create`` (not ``import``), or as
        ``action`` with ``source`` (a roll-over names the report it came from); ReportExists
        when the key is taken."""
        with self._writing() as conn:
            if self._report_id(conn, report.key, lock=True) is not None:
                raise ReportExists(report.key)
            self._insert(conn, report)
            self._record(conn, [(report.key, action, "", None, source)])

    def deleted_keys(self) -> list[str]:
        """Reports deleted and not there now: what :meth:`restore_report` can bring back."""
        with self._reading() as conn:
            return history_store.deleted_keys(conn)

    def restore_report(self, key: str) -> Report:
        """Bring a deleted report back from the snapshot its deletion kept (``restore``)."""
        with self._writing() as conn:
            if self._report_id(conn, key, lock=True) is not None:
                raise NotDeleted(key, exists=True)
            kept = history_store.deleted_snapshot(conn, key)
            if kept is None:
                raise NotDeleted(key, exists=False)
            try:
                report = loads_snapshot(kept)
            except SnapshotError as exc:
                raise InvalidEdit(exc) from None
            self._insert(conn, report)
            self._record(conn, [(key, "restore", "", None, None)])
            return report

    def delete_report(self, key: str) -> None:
        with self._writing() as conn:
            report_id = self._report_id(conn, key, lock=True)
            if report_id is None:
                raise ReportNotFound(key)
            previous = dumps_snapshot(self._load(conn, key))
            conn.execute(delete(t.REPORT).where(t.REPORT.c.id == report_id))
            self._record(conn, [(key, "delete", "", previous, None)])

    def edit(self, key: str, change: Callable[[Report], list[tuple[str, str, Any, Any]]]) -> Report:
        """Apply ``change`` to the current report inside one write transaction.

        ``change`` mutates the report it is given and returns ``(action, path, old, new)``
        records; it may raise (for a conflict) to abort. The result is validated as a
        snapshot would be, so nothing invalid is ever stored. Returns the saved report.
        """
        with self._writing() as conn:
            report_id = self._report_id(conn, key, lock=True)
            if report_id is None:
                raise ReportNotFound(key)
            report = self._load(conn, key)
            records = change(report)
            if report.key != key:
                raise StoreError(
                    tr("キーはここでは変更できません", "the key cannot be changed here")
                )
            try:
                report = report_from_document(report_to_document(report))
            except SnapshotError as exc:
                raise InvalidEdit(exc) from None
            self._rewrite(conn, report, report_id)
            self._record(conn, [(key, *rec) for rec in records])
            return report

    def set_value(self, key: str, path: str, value: Any, *, expected: Any = _UNSET) -> Report:
        """Set one field; with ``expected``, refuse (Conflict) if it is no longer that value."""

        def change(report: Report) -> list[tuple[str, str, Any, Any]]:
            current = fieldpath.get(report, path)
            if expected is not _UNSET and current != expected:
                raise Conflict(key, path, expected, current)
            old = fieldpath.set_value(report, path, value)
            return [] if old == value else [("set", path, old, value)]

        return self.edit(key, change)

    def insert_item(
        self, key: str, list_path: str, item: Any, position: int | None = None
    ) -> Report:
        """Add ``item`` to the list at ``list_path`` (at the end unless ``position``)."""

        def change(report: Report) -> list[tuple[str, str, Any, Any]]:
            items = fieldpath.list_at(report, list_path)
            where = len(items) if position is None else position
            items.insert(where, item)
            return [("add", fieldpath.item_path(list_path, item, where), None, item)]

        return self.edit(key, change)

    def remove_item(self, key: str, list_path: str, position: int) -> Report:
        def change(report: Report) -> list[tuple[str, str, Any, Any]]:
            items = fieldpath.list_at(report, list_path)
            old = items.pop(position)
            return [("remove", fieldpath.item_path(list_path, old, position), old, None)]

        return self.edit(key, change)

    def move_item(self, key: str, list_path: str, position: int, to: int) -> Report:
        def change(report: Report) -> list[tuple[str, str, Any, Any]]:
            items = fieldpath.list_at(report, list_path)
            items.insert(to, items.pop(position))
            return [("move", f"{list_path}[{position}]", position, to)]

        return self.edit(key, change)

    def adopt(
        self,
        reports: list[Report],
        changes: list[Change],
        progress: Callable[[str], None] | None = None,
    ) -> None:
        """Take reports and history from another database as they are, in one transaction.

        No new history is recorded: the copy carries the source's history unchanged.
        """
        for report in reports:
            check_key(report.key)
        with self._writing() as conn:
            for report in reports:
                if self._report_id(conn, report.key, lock=True) is not None:
                    raise ReportExists(report.key)
                self._insert(conn, report)
                if progress is not None:
                    progress(report.key)
            rows_ = [
                {
                    "at": c.at,
                    "user": c.user,
                    "report_key": c.report_key,
                    "action": c.action,
                    "path": c.path,
                    "old": encode(c.old),
                    "new": encode(c.new),
                }
                for c in changes
            ]
            for start in range(0, len(rows_), 1000):
                conn.execute(insert(t.CHANGE), rows_[start : start + 1000])

    def history(self, key: str | None = None) -> list[Change]:
        """The recorded changes, oldest first (of one report, or all)."""
        query = select(t.CHANGE).order_by(t.CHANGE.c.id)
        if key is not None:
            query = query.where(t.CHANGE.c.report_key == key)
        with self._reading() as conn:
            return [Change.from_row(row) for row in conn.execute(query).mappings()]
