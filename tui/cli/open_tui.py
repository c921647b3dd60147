"""``hyoka`` with no command: the TUI on the database."""

from __future__ import annotations

import argparse

from tui.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_USAGE,
    BadConfig,
    config,
    database_target,
    error,
)
from tui.cli.hangup import exit_on_signals


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
        person=getattr(args, "person", None),  # set only by ``hyoka session NAME``
        idle_minutes=cfg.idle_minutes,
    )
    with exit_on_signals(app) as ending:
        try:
            app.run()
        except Exception:
            if not ending.signum:
                raise
    if ending.signum:  # whatever Textual's shutdown made of it (tui/cli/hangup.py)
        return ending.code
    return app.return_code or EXIT_OK
