"""The ``hyoka`` command: parse arguments, then hand over to one command module.

Only argparse and light modules are imported here, so ``hyoka --help`` and
``hyoka --version`` answer without loading textual or sqlmodel. Each command lives in
``tui/cli/NAME.py`` with ``add_parser(sub)`` and ``run(args) -> int``.

Exit codes: 0 success, 1 a data problem, 2 a usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from models import __version__
from models.i18n import set_language, tr

COMMANDS = (
    "demo",
    "import_",
    "confirm",
    "export",
    "list_",
    "check",
    "history",
    "restore",
    "copy",
    "rollover",
    "calendar_",
    "plan",
    "publish",
    "users",
    "session",
    "comment",
    "review",
    "resolve",
    "status",
)


def build_parser() -> argparse.ArgumentParser:
    from tui.cli.argparse_words import install

    install()  # argparse's own words (usage:, options:, error:…) in hyoka's language
    parser = argparse.ArgumentParser(
        prog="hyoka",
        description=tr(
            "主要な政策に係る評価書をキーボードで編集します。コマンドなしで TUI を開きます。",
            "Edit policy evaluation reports (主要な政策に係る評価書) from the keyboard. "
            "Without a command, opens the TUI.",
        ),
        epilog=tr(
            "データベース: --db、環境変数 HYOKA_DB、既定は ~/.local/share/hyoka/hyoka.db。"
            "終了コード: 0 成功、1 データの問題、2 使い方の誤り。",
            "Database: --db, else HYOKA_DB, else ~/.local/share/hyoka/hyoka.db. "
            "Exit codes: 0 success, 1 data problem, 2 usage error.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"hyoka {__version__}",
        help=tr("版を表示して終わる", "show the version and exit"),
    )
    add_common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"tui.cli.{name}").add_parser(sub)
    return parser


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options every command accepts (before or after the command name)."""
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help=tr("データベースのファイルまたは URL", "database file or URL"),
    )
    parser.add_argument(
        "--lang",
        choices=("ja", "en"),
        default=argparse.SUPPRESS,
        help=tr("表示言語（既定: ja、HYOKA_LANG）", "language (default ja; HYOKA_LANG)"),
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _early_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "lang", None):
        set_language(args.lang)
    if getattr(args, "db", None) == "":
        from tui.cli.common import usage

        return usage("--db", tr("データベースのパスが空です", "the database path is empty"))
    run = getattr(args, "run", None)
    if run is None:
        from tui.cli.open_tui import run_tui

        return run_tui(args)
    from tui.cli.common import EXIT_DATA, EXIT_USAGE, BadConfig, Refused, error

    try:
        return int(run(args))
    except Refused as exc:
        error(str(exc))
        return EXIT_USAGE if isinstance(exc, BadConfig) else EXIT_DATA
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """The reader of stdout went away (``hyoka check --all | head``): stop quietly, as the
    shell's own tools do (128 + SIGPIPE), with stdout pointed at /dev/null so that the
    interpreter's last flush has nowhere to fail."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 141


def _early_language(argv: list[str]) -> None:
    """Honour --lang before building the parser, so --help speaks it too."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("ja", "en"):
            set_language(argv[i + 1])
        elif arg.startswith("--lang=") and arg[7:] in ("ja", "en"):
            set_language(arg[7:])


if __name__ == "__main__":
    sys.exit(main())
