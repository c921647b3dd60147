"""Import and export of snapshot files from the TUI (run in a worker thread).

A path to a file imports that snapshot; a path to a folder imports every ``*.toml`` in it.
Export writes one report's canonical snapshot to a file, or to ``KEY.toml`` in a folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from models.i18n import tr
from models.snapshot import SnapshotError, dumps_snapshot, read_snapshot

if TYPE_CHECKING:
    from models.store import Store


def import_path(store: Store, path: Path) -> tuple[list[str], list[str]]:
    """Import the snapshot(s) at ``path``: the keys imported and one message per refusal."""
    files = sorted(path.glob("*.toml")) if path.is_dir() else [path]
    reports, problems = [], []
    for file in files:
        try:
            reports.append(read_snapshot(file))
        except SnapshotError as exc:
            problems.append(str(exc))
    imported = []
    for key, error in store.import_reports(reports):
        if error is None:
            imported.append(key)
        else:
            problems.append(f"{key}: {error}")
    return imported, problems


def export_path(store: Store, key: str, path: Path) -> Path:
    """Write report ``key`` to ``path`` (or ``path/KEY.toml``); returns the file written."""
    target = path / f"{key}.toml" if path.is_dir() else path
    text = dumps_snapshot(store.load_report(key))
    try:
        target.write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise OSError(
            tr(
                "{path} に書けません: {err}",
                "cannot write {path}: {err}",
                path=target,
                err=exc.strerror,
            )
        ) from None
    return target
