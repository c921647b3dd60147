"""Whether a path can be opened as hyoka's SQLite database, told with the standard library alone.

``hyoka`` asks this before it starts the TUI (SQLAlchemy and Textual are not imported yet), and
:func:`models.store.store.open_store` asks it before it creates or opens anything, so the TUI and
every
command refuse the same files with the same words: a directory, a file that is not SQLite (an
empty one included), a damaged SQLite file, a SQLite database of another program, and a database
made by a newer hyoka. A command that only reads also refuses a database that does not exist,
rather than creating one (and its folders) to read nothing from.

Nothing is written or created here; the file is opened read-only and immutable. URLs
(PostgreSQL) are not looked at: the store reports on them when it connects.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from models.i18n import tr
from models.locations import is_url
from models.store.schema_version import SCHEMA_VERSION

HEADER = b"SQLite format 3\x00"
PROBE_TIMEOUT = 0.2  # seconds; a file another process holds is left to the store, which waits


def too_new(found: int, mine: int = SCHEMA_VERSION) -> str:
    return tr(
        "このデータベースは新しい hyoka で作られています（スキーマ {found}、対応 {mine}）。"
        "hyoka を更新してください",
        "this database was made by a newer hyoka (schema {found}; this one reads {mine}); "
        "upgrade hyoka",
        found=found,
        mine=mine,
    )


def file_problem(target: str, *, must_exist: bool = False) -> str | None:
    """Why the SQLite database at ``target`` cannot be used, or None if it can (or is a URL).

    A path that does not exist is fine unless ``must_exist`` (it will be created).
    """
    if is_url(target):
        return None
    path = Path(target).expanduser()
    if path.is_dir():
        return tr(
            "{path} はディレクトリです。データベースファイルを指定してください",
            "{path} is a directory; give a database file",
            path=path,
        )
    if not path.exists():
        if not must_exist:
            return None
        return tr(
            "データベースがありません: {path}（作るには hyoka import か hyoka を実行します）",
            "no database at {path} (hyoka import or hyoka creates one)",
            path=path,
        )
    try:
        with path.open("rb") as file:
            head = file.read(len(HEADER))
    except OSError as exc:
        err = exc.strerror
        return tr("{path} を読めません: {err}", "cannot read {path}: {err}", path=path, err=err)
    if not head and Path(f"{path}-wal").exists():
        return None  # a new database whose first pages are still in its write-ahead log
    if head != HEADER:
        return tr(
            "{path} はデータベースではありません（SQLite のファイルではありません）",
            "{path} is not a database (not an SQLite file)",
            path=path,
        )
    return _contents_problem(path)


def _contents_problem(path: Path) -> str | None:
    try:
        # immutable: no lock, no -wal or -shm created. What only a live WAL holds is missed
        # here, and then the store, which reads it all, gives the same refusal.
        uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True, timeout=PROBE_TIMEOUT)
    except (OSError, ValueError, sqlite3.Error):
        return None  # the store will say why, in its own words
    try:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        if not tables:
            return None  # an empty SQLite database: hyoka creates its tables in it
        if "meta" not in tables:
            return tr(
                "{path} は hyoka のデータベースではありません"
                "（別のプログラムの SQLite ファイルです）",
                "{path} is not a hyoka database (another program's SQLite file)",
                path=path,
            )
        row = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        if row is not None and str(row[0]).isdigit() and int(row[0]) > SCHEMA_VERSION:
            return too_new(int(row[0]))
        return None
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            return _damaged(path, exc)
        return None  # in use, or not readable here: the store waits, or says why
    finally:
        conn.close()


def _damaged(path: Path, exc: Exception) -> str:
    return tr(
        "{path} を開けません: {err}（ファイルが壊れているか、データベースではありません。"
        "バックアップから戻すか、スナップショットを取り込み直してください）",
        "cannot open {path}: {err} (the file is damaged or not a database; restore a backup "
        "or re-import your snapshots)",
        path=path,
        err=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
    )


# ------------------------------------------------------------ read-only files and media


def read_only_reason(target: str) -> str:
    """Why the SQLite file at ``target`` can be read but not written, in words ("" when it can
    be written, does not exist, or is a URL): a read-only file system (a CD, a read-only mount
    or share), or a file or folder this user may not write. SQLite writes beside the file (its
    ``-wal`` and ``-shm``), so a folder that cannot be written is as read-only as the file."""
    if is_url(target):
        return ""
    path = Path(target).expanduser()
    if not path.is_file():
        return ""
    folder = path.resolve().parent
    if os.access(path, os.W_OK) and os.access(folder, os.W_OK):
        return ""
    if _read_only_mount(folder):
        return tr("読み取り専用の媒体", "read-only media")
    return tr("書き込む権限なし", "no permission to write")


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def read_only_uri(path: Path, *, copy: bool = True) -> tuple[str, Path | None]:
    """An SQLite URI that reads ``path`` without writing anything, and a private folder holding
    a copy to remove after use (or None).

    hyoka's databases use a write-ahead log: committed changes may still sit in ``x.db-wal``,
    and SQLite reads that log through ``x.db-shm``, which it creates beside the file.

    * the log and its index both there (a database in use, or copied while in use): ``mode=ro``
      reads both, and sees another process's saves as they come;
    * the folder writable (only the file is not): ``mode=ro``, SQLite makes the index;
    * no log (or an empty one) in a folder that cannot be written: ``immutable=1`` — the file
      alone is the whole database, and without it SQLite would refuse to open a WAL database
      it cannot make an index for;
    * a log but no index, in a folder that cannot be written: neither would do (``immutable``
      ignores the log and its saves, ``mode=ro`` cannot open), so the file and its log are
      copied to a private temporary folder and read there (without ``copy``: ``("", None)``).
    """
    path = path.resolve()
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    has_log = wal.is_file() and wal.stat().st_size > 0
    writable_folder = os.access(path.parent, os.W_OK)
    if (has_log and shm.is_file()) or writable_folder:
        return path.as_uri() + "?mode=ro", None
    if not has_log:
        return path.as_uri() + "?mode=ro&immutable=1", None
    if not copy:
        return "", None
    folder = Path(tempfile.mkdtemp(prefix="hyoka-ro-"))
    copied = folder / path.name
    shutil.copyfile(path, copied)
    shutil.copyfile(wal, Path(f"{copied}-wal"))
    return copied.as_uri() + "?mode=ro", folder
