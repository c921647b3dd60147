"""Snapshot files on disk, the one implementation ``hyoka import``/``export`` and the TUI share.

- :func:`snapshot_files`: the files some paths name; a folder names every ``*.toml`` in it
  (sorted by name, not its subfolders), an empty folder is a problem of its own.
- :func:`read_snapshots`: each file read and validated; a key given by two files refuses the
  second.
- :func:`import_snapshots`: each report imported all or nothing (the store applies the key
  rule and ``replace``); one :class:`FileResult` per file.
- :func:`write_atomically` and :func:`export_report`: a reader never sees half a snapshot, and
  a key never names a file outside the folder it is exported to.

Plain values in and out, no UI: the CLI prints the results, the TUI shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from models.i18n import os_error_text, tr
from models.report.model import Report
from models.report.places import with_reference
from models.report.review import Review
from models.snapshot.codec import SnapshotError, dumps_snapshot
from models.snapshot.review_codec import dumps_review, read_with_review

if TYPE_CHECKING:
    from models.store.store import Store

Advance = Callable[[], None]


@dataclass(frozen=True)
class FileResult:
    """One file (or folder): the key it imported, or the problem that refused it."""

    file: str
    key: str | None = None
    problem: str | None = None

    @property
    def imported(self) -> bool:
        return self.problem is None


def snapshot_files(paths: Sequence[str | Path]) -> tuple[list[str], list[FileResult]]:
    """The files named by ``paths`` (folders expanded) and one problem per empty folder."""
    files: list[str] = []
    problems: list[FileResult] = []
    for path in map(Path, paths):
        if not path.is_dir():
            files.append(str(path))
            continue
        found = sorted(p for p in path.glob("*.toml") if not p.is_dir())
        if not found:
            problems.append(
                FileResult(
                    str(path),
                    problem=tr(
                        "{dir}: このフォルダにはスナップショット（*.toml）がありません",
                        "{dir}: this folder holds no snapshot (*.toml)",
                        dir=path,
                    ),
                )
            )
        files.extend(str(p) for p in found)
    return files, problems


def read_snapshots(
    files: Sequence[str],
    advance: Advance | None = None,
    reviews: dict[str, Review] | None = None,
) -> tuple[list[tuple[str, Report]], list[FileResult]]:
    """``(file, report)`` for each file that reads; a problem for each that does not, and for
    each file whose key an earlier file already gave. ``reviews`` receives the ``[review]`` of
    each report whose file has one (models/snapshot/review_codec.py)."""
    read: list[tuple[str, Report]] = []
    problems: list[FileResult] = []
    seen: dict[str, str] = {}
    for name in files:
        try:
            report, review = read_with_review(name)
        except SnapshotError as exc:
            problems.append(FileResult(name, problem=str(exc)))
        else:
            if report.key in seen:
                problems.append(
                    FileResult(
                        name,
                        report.key,
                        with_reference(
                            tr(
                                "{file}: キー {key} は {other} と重複しています",
                                "{file}: the key {key} is also in {other}",
                                file=name,
                                key=report.key,
                                other=seen[report.key],
                            ),
                            "report.key",
                        ),
                    )
                )
            else:
                seen[report.key] = name
                read.append((name, report))
                if review is not None and reviews is not None:
                    reviews[report.key] = review
        if advance is not None:
            advance()
    return read, problems


def import_snapshots(
    store: Store,
    read: Sequence[tuple[str, Report]],
    *,
    replace: bool = False,
    advance: Advance | None = None,
    reviews: dict[str, Review] | None = None,
) -> list[FileResult]:
    """Import each report all or nothing (with its review from ``reviews``, if any); a result
    per file, in the order given."""
    files = {report.key: name for name, report in read}
    outcome = store.import_reports(
        [report for _, report in read],
        replace=replace,
        reviews=reviews,
        progress=None if advance is None else (lambda _r, _e: advance()),
    )
    return [
        FileResult(files[key], key, None if error is None else f"{files[key]}: {error}")
        for key, error in outcome
    ]


def import_paths(
    store: Store | Callable[[], Store], paths: Sequence[str | Path], *, replace: bool = False
) -> list[FileResult]:
    """Files and folders imported in one call: the problems first, then each file imported.

    ``store`` may be a function that opens it, called only if some file is worth importing.
    """
    files, problems = snapshot_files(paths)
    reviews: dict[str, Review] = {}
    read, refused = read_snapshots(files, reviews=reviews)
    if not read:
        return problems + refused
    opened = store() if callable(store) else store
    return problems + refused + import_snapshots(opened, read, replace=replace, reviews=reviews)


def file_in(directory: Path, key: str) -> Path:
    """``directory/KEY.toml``, refusing any key that would name a path outside it."""
    target = (directory / f"{key}.toml").resolve()
    if target.parent != directory.resolve():
        raise OSError(
            tr("キー {key} はファイル名に使えません", "key {key} cannot be a file name", key=key)
        )
    return target


def write_atomically(path: Path, text: str) -> None:
    """Write snapshot ``text`` over ``path`` atomically (:mod:`models.services.atomic_file`); the
    folder must exist."""
    from models.services.atomic_file import write_atomic

    write_atomic(path, text.encode("utf-8"), replace=True, make_folder=False)


def export_report(store: Store, key: str, path: Path) -> Path:
    """Write report ``key`` to ``path`` (or ``path/KEY.toml`` for a folder); the file written.

    Raises ``StoreError`` (no such report) or ``OSError`` with a message to show.
    """
    target = file_in(path, key) if path.is_dir() else path
    text = dumps_snapshot(store.load_report(key)) + dumps_review(store.review(key))
    try:
        write_atomically(target, text)
    except OSError as exc:
        raise OSError(os_error_text(exc, target)) from None
    return target


def import_path(store: Store, path: Path) -> tuple[list[str], list[str]]:
    """Import the snapshot(s) at ``path``: the keys imported and one message per refusal."""
    results = import_paths(store, [path])
    imported = [r.key for r in results if r.problem is None and r.key is not None]
    return imported, [r.problem for r in results if r.problem is not None]
