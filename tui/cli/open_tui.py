"""``hyoka`` with no command: the TUI on the database."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from tui.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_USAGE,
    BadConfig,
    config,
    database_target,
    error,
)

if TYPE_CHECKING:
    from tui.app.app import HyokaApp


def run_tui(args: argparse.Namespace, target: str | None = None, note: str = "") -> int:
    import gc

    # No cycle collection until the report list has painted (HyokaApp turns it back on):
    # importing Textual and building 5,000 rows set off full collections worth ~35 ms.
    gc.disable()
    from models.store.db_file import file_problem
    from models.store.quick_list import Prefetch

    target = target or database_target(args)
    problem = file_problem(target)  # before Textual: a message and exit 1, not a stuck list
    if problem is not None:
        gc.enable()
        error(problem)
        return EXIT_DATA
    prefetch = Prefetch(target)  # the report list, read while Textual is imported
    from models.config import ConfigError
    from models.rules.settings import RuleSettings
    from tui.app.app import HyokaApp

    try:
        cfg = config()
        rules = RuleSettings.from_mapping(cfg.rules)
    except (BadConfig, ConfigError, ValueError) as exc:
        error(str(exc))
        return EXIT_USAGE
    app = HyokaApp(
        target,
        user=cfg.user,
        keymap=cfg.keymap,
        cursor_blink=cfg.cursor_blink,
        title_note=note,
        rules=rules,
        prefetch=prefetch,
        merge_seconds=cfg.history_merge_seconds,
    )
    with _exit_on_hangup(app):
        app.run()
    return app.return_code or EXIT_OK


@contextmanager
def _exit_on_hangup(app: HyokaApp) -> Iterator[None]:
    """SIGHUP (terminal closed, SSH dropped) and SIGTERM end the app the way ctrl+q does.

    Python's default for SIGHUP is to die on the spot: saves in flight cut off, the store
    never closed. Here the signal asks the app to exit from inside its event loop, so the
    App unmounts, its workers finish and the store is closed (the WAL checkpointed). The
    exit code is 128 + the signal number, as a shell reports a death by that signal.
    """
    import asyncio
    import signal

    def handle(signum: int, _frame: object) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not started yet, or already ending: leave now
            raise SystemExit(128 + signum) from None
        loop.call_soon_threadsafe(lambda: app.exit(None, 128 + signum))

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGHUP, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
