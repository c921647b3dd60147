"""What the commands share: opening the store, the config, printing errors."""

from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (hyoka --help)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar

    T = TypeVar("T")
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
    """The config file; one that cannot be used stops the command with its reason (exit 2)."""
    from models.config import ConfigError, load_config

    try:
        return load_config()
    except ConfigError as exc:
        raise BadConfig(str(exc)) from None


def store_from_args(
    args: argparse.Namespace, *, create: bool = False, write: bool = False
) -> Store:
    """Open the store named by --db / HYOKA_DB / the default; StoreError on failure.

    Only a command that writes passes ``create=True``: one that only reads refuses a
    database that does not exist instead of creating it (and its folders) empty. A command
    that exists to write passes ``write=True``: a database that cannot be written (read-only
    media) is then refused at once; one that reads it is told once, on stderr, that it was
    opened read-only.
    """
    from models.store.store import open_store

    cfg = config()
    store = open_store(
        database_target(args),
        user=cfg.user,
        create=create,
        merge_seconds=cfg.history_merge_seconds,
        write=write,
        person=getattr(args, "person", None),  # set only by ``hyoka session NAME``
    )
    if store.read_only:
        from models.store.errors import opened_read_only

        error(opened_read_only(store.name, store.read_only))
    return store


def era_argument(parser: str) -> Callable[[str], Any]:
    """An argparse ``type`` reading a year or a date as people type them (``2022``, 令和４年度,
    R4.4.1): ``parser`` names the reader in :mod:`models.report.eras` (imported when used,
    not for ``--help``); its refusal becomes argparse's usage error."""

    def parse(text: str) -> Any:
        from models.report import eras

        try:
            return getattr(eras, parser)(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = parser
    return parse


class Refused(Exception):
    """The command stops: the message goes to stderr and hyoka exits 1 (a data problem).
    :func:`tui.cli.main.main` catches it, so a command raises it from anywhere."""


class BadConfig(Refused):
    """The config file cannot be used: as :class:`Refused`, but exit 2 (a usage error)."""


def on_store(
    args: argparse.Namespace,
    job: Callable[[Store], T],
    *,
    create: bool = False,
    write: bool = False,
    refusals: tuple[type[Exception], ...] = (),
) -> T:
    """Open the store named by the arguments, run ``job`` on it and close it. The store's
    refusals (and ``refusals``) stop the command with their message (:class:`Refused`)."""
    from models.services.history_text import safe
    from models.store.errors import StoreError

    try:
        store = store_from_args(args, create=create, write=write)
        try:
            return job(store)
        finally:
            store.close()
    except Exception as exc:
        if isinstance(exc, (StoreError, *refusals)):
            raise Refused(safe(str(exc))) from None
        raise


def usage(parser_name: str, message: str) -> int:
    error(f"{parser_name}: {message}")
    return EXIT_USAGE
