"""``check --all`` with the findings cache (models/store/findings_cache.py): reports unchanged
since an earlier run are not loaded nor checked again; their output is read back as printed.

When every report of a SQLite database is in the cache, :func:`from_cache_alone` answers
with the standard library alone (``sqlite3``, read-only), without importing SQLAlchemy.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.rules.settings import RuleSettings
    from models.store.findings_cache import FindingsCache
    from models.store.store import Store
    from tui.cli.check_output import Entry

Compute = Callable[["Store", list[str], "RuleSettings", argparse.Namespace], Iterator["Entry"]]


def _target(args: argparse.Namespace) -> str:
    from pathlib import Path

    from models.locations import is_url
    from tui.cli.common import database_target

    target = database_target(args)
    return target if is_url(target) else str(Path(target).expanduser().resolve())


def _cache(args: argparse.Namespace, settings: RuleSettings, version: str, stamps: Any) -> Any:
    from pathlib import Path

    from models.i18n import language
    from models.rules.cache import fingerprint
    from models.store.findings_cache import FindingsCache

    here = Path(__file__).resolve().parent
    code = tuple(here / name for name in ("check.py", "check_output.py", "check_cached.py"))
    return FindingsCache(
        _target(args), fingerprint(settings, language(), version, code), stamps, args.format
    )


def from_cache_alone(args: argparse.Namespace, settings: RuleSettings) -> list[Entry] | None:
    """The output of ``check --all`` (no other targets) when the cache holds every report's
    in its present state; None when anything is missing or unsure (then the store is opened)."""
    if args.targets or not args.all or args.no_cache:
        return None
    from models.store.findings_cache import read_stamps
    from models.store.schema_version import SCHEMA_VERSION
    from tui.cli.check_output import from_cached

    read = read_stamps(_target(args))
    if read is None or read[0] != str(SCHEMA_VERSION):
        return None
    version, stamps = read
    findings_cache: FindingsCache = _cache(args, settings, version, stamps)
    entries = []
    for key in sorted(stamps):  # Store.keys()'s order: str order is SQLite's BINARY order
        kept = findings_cache.get(key)
        if kept is None:
            return None
        entries.append(from_cached(key, kept))
    return entries


def check_keys(
    store: Store,
    keys: list[str],
    settings: RuleSettings,
    args: argparse.Namespace,
    compute: Compute,
) -> Iterator[Entry]:
    """The output of ``keys``, in order: that of reports unchanged since an earlier run from
    the cache, the others from ``compute`` (then kept)."""
    if args.no_cache:
        yield from compute(store, keys, settings, args)
        return
    from models.rules.cache import pack
    from models.store.findings_cache import present_stamps
    from tui.cli.check_output import from_cached

    version, present = present_stamps(store.engine)
    findings_cache = _cache(args, settings, version, present)
    kept = {key: text for key in keys if (text := findings_cache.get(key)) is not None}
    missing = [key for key in keys if key not in kept]
    computed = list(compute(store, missing, settings, args)) if missing else []
    if computed:
        findings_cache.put(
            [
                (key, one.packed or pack(one.cached()))
                for key, one in zip(missing, computed, strict=True)
                if not one.problem
            ]
        )
    fresh = iter(computed)
    for key in keys:
        yield from_cached(key, kept[key]) if key in kept else next(fresh)
