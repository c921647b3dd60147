"""The report store: one database (SQLite file or a SQLAlchemy URL) holding many reports.

The store takes and returns plain values (``Report``, ``ReportSummary``, ``Change``);
callers never see a session. Every write is one transaction that also appends to the
change history, so an accepted edit is saved with its record or not at all.

SQLite files are opened with WAL, foreign keys, a busy timeout and ``synchronous=FULL``;
a new file is created with mode 0600. Write transactions start with ``BEGIN IMMEDIATE``
so two processes never interleave a read-modify-write of the same report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    insert,
    update,
)
from sqlalchemy.exc import DBAPIError

from models.i18n import tr
from models.locations import is_url, mask_url
from models.report import paths as fieldpath
from models.report.history import Change, encode
from models.report.model import Report
from models.report.provenance import Provenance
from models.report.review import Review
from models.snapshot.codec import (
    SnapshotError,
    dumps_snapshot,
    loads_snapshot,
    report_from_document,
    report_to_document,
)
from models.store import history_rows as history_store
from models.store import migrations, provenance, review_rows, rows
from models.store import tables as t
from models.store.bureau_errors import BadMove
from models.store.bureau_store import BureauStore
from models.store.db_file import file_problem, read_only_reason
from models.store.engine import current_user, db_reason, sqlite_engine
from models.store.errors import (
    Conflict,
    InvalidEdit,
    NoProvenance,
    NotDeleted,
    ReadOnly,
    ReportExists,
    ReportNotFound,
    StoreError,
    check_key,
)

_UNSET: Any = object()


def open_store(
    target: str,
    *,
    user: str | None = None,
    create: bool = True,
    merge_seconds: float = 0.0,
    write: bool = False,
    person: str | None = None,
) -> Store:
    """Open (creating or migrating as needed) the database at ``target``: a path or a URL.

    With ``create=False`` (commands that only read) a missing SQLite file is refused and
    nothing is created. A file that is not a usable hyoka database is always refused
    (:func:`models.store.db_file.file_problem`) before anything is written to it.
    ``merge_seconds``: saves of one field by one person this close together make one history
    entry (models/store/history_rows.py); 0 records every save.

    A SQLite file that cannot be written (read-only media, no permission) is opened read-only:
    ``Store.read_only`` says why and every write raises :class:`ReadOnly`. With ``write`` (a
    command that exists to write) such a file is refused at once.

    ``person``: a session on a shared server (``hyoka session NAME``): the history names that
    person and every write is checked against their role (models/store/guard.py); a name the
    database does not know is refused.
    """
    problem = file_problem(target, must_exist=not create)
    if problem is not None:
        raise StoreError(problem)
    read_only = read_only_reason(target)
    if read_only and write:
        raise ReadOnly(mask_url(target), read_only)
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
        engine = sqlite_engine(Path(target).expanduser(), read_only=bool(read_only))
    who = user if user is not None else current_user()
    store = Store(engine, mask_url(target), who, merge_seconds)
    store.read_only = read_only
    try:
        migrations.prepare(engine)
    except migrations.SchemaTooNew as exc:
        engine.dispose()
        raise StoreError(str(exc)) from None
    except DBAPIError as exc:
        engine.dispose()
        if read_only:  # an empty or older database: preparing it would write
            raise StoreError(
                tr(
                    "{db} を開けません: 作成または更新が必要ですが、読み取り専用です（{reason}）。"
                    "書き込める場所にコピーしてから開いてください",
                    "cannot open {db}: it must be created or upgraded, but it is read-only "
                    "({reason}); copy it to a writable place first",
                    db=store.name,
                    reason=read_only,
                )
            ) from None
        raise StoreError(
            tr(
                "{db} を開けません: {err}",
                "cannot open {db}: {err}",
                db=store.name,
                err=db_reason(exc),
            )
        ) from None
    if person is not None:
        store.become(person)
    return store


class Store(BureauStore):
    """The report store: every write one transaction with its history rows."""

    def __init__(self, engine: Engine, name: str, user: str, merge_seconds: float = 0.0):
        super().__init__(engine, name, user, merge_seconds)
        # per report: the typing session of this store's last save and its history row, the
        # one entry a later save of that session may continue (models/store/history_rows.py)
        self._sessions: dict[str, tuple[object, int]] = {}

    # ------------------------------------------------------------ writing
    def _record(
        self,
        conn: Connection,
        changes: Iterable[tuple[str, str, str, Any, Any]],
        session: object | None = None,
    ) -> None:
        changes = list(changes)
        keys = {change[0] for change in changes}
        key = next(iter(keys)) if len(keys) == 1 else None
        held = self._sessions.get(key) if key is not None and session is not None else None
        row = history_store.record(
            conn,
            self.user,
            changes,
            merge_seconds=self.merge_seconds,
            merge_into=held[1] if held is not None and held[0] is session else None,
            notify=not self.is_sqlite,
        )
        for k in keys:
            self._sessions.pop(k, None)
        if key is not None and session is not None and row is not None:
            self._sessions[key] = (session, row)

    def _insert(self, conn: Connection, report: Report, revision: int = 1) -> None:
        result = conn.execute(insert(t.REPORT).values(**rows.header_row(report), revision=revision))
        report_id = result.inserted_primary_key[0]  # type: ignore[index]
        self._insert_children(conn, report, report_id)

    def _insert_children(self, conn: Connection, report: Report, report_id: int) -> None:
        for name, batch in rows.to_rows(report, report_id).items():
            if batch:
                conn.execute(insert(t.SQLModel.metadata.tables[name]), batch)

    def _rewrite(self, conn: Connection, report: Report, report_id: int) -> None:
        """Replace the stored content of one report with ``report`` and bump its revision;
        refused for a report that is 確認済 or 公表済 (models/store/bureau_errors.Settled)."""
        review_rows.refuse_settled(conn, report_id, report.key)
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
        reviews: dict[str, Review] | None = None,
    ) -> list[tuple[str, StoreError | None]]:
        """Import each report all-or-nothing (a savepoint each) in one transaction.

        Returns ``(key, None)`` for each report imported and ``(key, error)`` for each refused.
        ``reviews``: by key, the review a snapshot carried (replacing the stored one; a report
        without one keeps its review).
        """
        outcome: list[tuple[str, StoreError | None]] = []
        with self._writing() as conn:
            for report in reports:
                error: StoreError | None = None
                try:
                    with conn.begin_nested():
                        self._import_one(conn, report, replace)
                        if reviews and report.key in reviews:
                            report_id = self._report_id(conn, report.key)
                            assert report_id is not None
                            self._review_by_import(conn, report_id, reviews[report.key])
                except StoreError as exc:
                    error = exc
                outcome.append((report.key, error))
                if progress is not None:
                    progress(report, error)
        return outcome

    def _review_by_import(self, conn: Connection, report_id: int, review: Review) -> None:
        """Put the review a snapshot carried in place of the stored one. A person in a session
        may not change it that way: the status moves and the comments are theirs to make with
        ``status``, ``comment`` and ``resolve``, which check who may; a snapshot carrying the
        review as it is stored imports as any other."""
        if self.person is not None and review != review_rows.load(conn, report_id):
            raise BadMove(
                tr(
                    "確認状況とコメントは hyoka status・comment・resolve で変えます。"
                    "スナップショットの [review] では変えられません。何も保存していません",
                    "the review status and comments change through hyoka status, comment and"
                    " resolve, not through a snapshot's [review]. Nothing was saved",
                )
            )
        review_rows.save(conn, report_id, review)

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
        provenance.forget(conn, report_id)  # it described the content replaced
        # both sides, so the history can say field by field what the replacement changed
        self._record(conn, [(report.key, "replace", "", previous, dumps_snapshot(report))])

    def import_form(
        self,
        report: Report,
        records: Iterable[Provenance],
        source: dict[str, str],
        *,
        replace: bool = False,
    ) -> None:
        """Add a report read from a ministry's own form (models/foreign/) with where each value
        came from, in one transaction; the history's entry names the ``source`` (the file and
        its SHA-256). An existing key is replaced only with ``replace``."""
        check_key(report.key)
        try:
            report = report_from_document(report_to_document(report))
        except SnapshotError as exc:
            raise InvalidEdit(exc) from None
        with self._writing() as conn:
            report_id = self._report_id(conn, report.key, lock=True)
            if report_id is None:
                self._insert(conn, report)
                report_id = self._report_id(conn, report.key)
                assert report_id is not None
                self._record(conn, [(report.key, "import", "", None, source)])
            elif not replace:
                raise ReportExists(report.key)
            else:
                previous = dumps_snapshot(self._load(conn, report.key))
                self._rewrite(conn, report, report_id)
                # the replacement field by field, then the file it came from
                self._record(
                    conn,
                    [
                        (report.key, "replace", "", previous, dumps_snapshot(report)),
                        (report.key, "import", "", None, source),
                    ],
                )
            provenance.save(conn, report_id, records)

    def confirm(self, key: str, path: str) -> Provenance:
        """A person has looked at an imported value (``hyoka confirm``): it asks no more."""
        with self._writing() as conn:
            report_id = self._report_id(conn, key, lock=True)
            if report_id is None:
                raise ReportNotFound(key)
            found = provenance.confirm(conn, report_id, path, self.user)
            if found is None:
                raise NoProvenance(key, path)
            self._record(conn, [(key, "confirm", path, None, found.value)])
            return found

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

    def edit(
        self,
        key: str,
        change: Callable[[Report], list[tuple[str, str, Any, Any]]],
        *,
        session: object | None = None,
    ) -> Report:
        """Apply ``change`` to the current report inside one write transaction.

        ``change`` mutates the report it is given and returns ``(action, path, old, new)``
        records; it may raise (for a conflict) to abort. The result is validated as a
        snapshot would be, so nothing invalid is ever stored. Returns the saved report.
        ``session``: see :meth:`set_value`.
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
            self._record(conn, [(key, *rec) for rec in records], session)
            return report

    def set_value(
        self,
        key: str,
        path: str,
        value: Any,
        *,
        expected: Any = _UNSET,
        session: object | None = None,
    ) -> Report:
        """Set one field; with ``expected``, refuse (Conflict) if it is no longer that value.

        ``session``: a token the caller keeps for one typing session of one field (its
        autosaves and the value then accepted). Saves of one session within the store's
        ``merge_seconds`` make one history entry; without one, the save is an entry of its
        own (models/store/history_rows.py)."""

        def change(report: Report) -> list[tuple[str, str, Any, Any]]:
            current = fieldpath.get(report, path)
            if expected is not _UNSET and current != expected:
                raise Conflict(key, path, expected, current)
            old = fieldpath.set_value(report, path, value)
            return [] if old == value else [("set", path, old, value)]

        return self.edit(key, change, session=session)

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
