"""What the commands share: opening the store, the config, printing errors."""

from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (hyoka --help)
if TYPE_CHECKING:
    from models.config import Config
    from models.store.store import Store

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


def error(message: str) -> None:
    """Print a message for the user on stderr, prefixed like other Unix tools."""
    print(f"hyoka: {message}", file=sys.stderr)


def database_target(args: argparse.Namespace) -> str:
    from models.locations import default_database  # pathlib: not for --help

    return getattr(args, "db", None) or default_database()


def config() -> Config:
    from models.config import load_config

    return load_config()


def store_from_args(args: argparse.Namespace, *, create: bool = False) -> Store:
    """Open the store named by --db / HYOKA_DB / the default; StoreError on failure.

    Only a command that writes passes ``create=True``: one that only reads refuses a
    database that does not exist instead of creating it (and its folders) empty.
    """
    from models.store.store import open_store

    cfg = config()
    return open_store(
        database_target(args),
        user=cfg.user,
        create=create,
        merge_seconds=cfg.history_merge_seconds,
    )


def usage(parser_name: str, message: str) -> int:
    error(f"{parser_name}: {message}")
    return EXIT_USAGE
