"""Import and export of snapshot files from the TUI (run in a worker thread).

A path to a file imports that snapshot; a path to a folder imports every ``*.toml`` in it.
Export writes one report's canonical snapshot to a file, or to ``KEY.toml`` in a folder.
Both are ``models.snapshot_files``, the code ``hyoka import`` and ``hyoka export`` run:
the same folder rule, duplicate-key and key-rule checks, and atomic writes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from models.snapshot_files import export_report, import_paths

if TYPE_CHECKING:
    from models.store import Store


def import_path(store: Store, path: Path) -> tuple[list[str], list[str]]:
    """Import the snapshot(s) at ``path``: the keys imported and one message per refusal."""
    results = import_paths(store, [path])
    imported = [r.key for r in results if r.problem is None and r.key is not None]
    return imported, [r.problem for r in results if r.problem is not None]


def export_path(store: Store, key: str, path: Path) -> Path:
    """Write report ``key`` to ``path`` (or ``path/KEY.toml``); returns the file written."""
    return export_report(store, key, path)
