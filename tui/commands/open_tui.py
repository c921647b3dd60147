"""``hyoka`` with no command: the TUI on the database."""

from __future__ import annotations

import argparse

from tui.commands.common import EXIT_OK, EXIT_USAGE, config, database_target, error


def run_tui(args: argparse.Namespace, target: str | None = None, note: str = "") -> int:
    from models.config import ConfigError
    from tui.app import HyokaApp

    try:
        cfg = config()
    except ConfigError as exc:
        error(str(exc))
        return EXIT_USAGE
    app = HyokaApp(
        target or database_target(args), user=cfg.user, keymap=cfg.keymap, title_note=note
    )
    app.run()
    return app.return_code or EXIT_OK
