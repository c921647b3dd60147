"""Opening a database engine: a SQLite file made private and tuned for safe writes (WAL,
foreign keys, a busy timeout, ``synchronous=FULL``, ``BEGIN IMMEDIATE`` for writes), and
the words for what a database driver refused."""

from __future__ import annotations

import getpass
import os
import shutil
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from models.i18n import os_error_text, tr
from models.store.db_file import read_only_uri
from models.store.errors import StoreError

BUSY_TIMEOUT_MS = 10_000


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")


def _create_private_file(path: Path) -> None:
    """Create an empty database file readable only by its owner."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """The engine of the SQLite file at ``path`` (created when missing); with ``read_only``,
    one that reads the file without writing anything, not even beside it
    (:func:`models.store.db_file.read_only_uri`)."""
    if read_only:
        return _read_only_engine(path)
    if path.is_dir():
        raise StoreError(
            tr(
                "{path} はディレクトリです。データベースファイルを指定してください",
                "{path} is a directory; give a database file",
                path=path,
            )
        )
    if not path.exists():
        try:
            _create_private_file(path)
        except OSError as exc:
            raise StoreError(
                tr(
                    "{path} を作れません: {err}",
                    "cannot create {path}: {err}",
                    path=path,
                    err=exc.strerror,
                )
            ) from None
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # hyoka emits BEGIN itself (below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not _read_only(path):
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("hyoka_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _read_only(path: Path) -> bool:
    return not os.access(path, os.W_OK)


def _read_only_engine(path: Path) -> Engine:
    try:
        uri, copy = read_only_uri(path)
    except OSError as exc:
        raise StoreError(os_error_text(exc, path, reading=True)) from None
    url = URL.create("sqlite", database=uri, query={"uri": "true"})
    engine = create_engine(url, connect_args={"check_same_thread": False})
    if copy is not None:  # removed with the engine, or when hyoka exits
        weakref.finalize(engine, shutil.rmtree, copy, ignore_errors=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_conn.execute("PRAGMA query_only = ON")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def is_read_only(exc: DBAPIError) -> bool:
    """A refusal to write: SQLite's read-only file, PostgreSQL's missing privilege."""
    state = getattr(exc.orig, "sqlstate", None)
    return state in ("42501", "25006") or "readonly" in str(exc.orig)


def db_reason(exc: DBAPIError) -> str:
    reason = str(exc.orig).splitlines()[0] if exc.orig is not None else str(exc).splitlines()[0]
    if "malformed" in reason or "not a database" in reason:
        reason += tr(
            "（ファイルが壊れているか、データベースではありません。"
            "バックアップから戻すか、スナップショットを取り込み直してください）",
            " (the file is damaged or not a database; restore a backup or re-import "
            "your snapshots)",
        )
    elif "readonly" in reason:
        reason += tr("（読み取り専用です）", " (the file or its folder is read-only)")
    elif "locked" in reason:
        reason += tr(
            "（他のプログラムが使用中です。しばらくしてからやり直してください）",
            " (another program is using it; try again in a moment)",
        )
    return reason
