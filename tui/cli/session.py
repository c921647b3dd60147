"""``hyoka session NAME``: what OpenSSH's forced command runs for one person's key.

hyoka implements no SSH: sshd authenticates the key, and the key's line in ``authorized_keys``
(``hyoka users authorized-keys``) forces ``hyoka --db DB session NAME``. Without
``SSH_ORIGINAL_COMMAND`` (``ssh -t hyoka@host``) the TUI opens as that person; it needs a
terminal. With one (``ssh hyoka@host export KEY``), the words are read as one hyoka command
line (shell quoting, never a shell) and run only when the command is on :data:`ALLOWED`, the
one allow-list, below. Every write is then made as NAME and checked against NAME's role by the
store (models/store/guard.py), whatever the command.

The allow-list (README, "A shared server for a bureau"):

- ``list``, ``calendar``, ``check KEY…``, ``history KEY``, ``review KEY`` — read;
- ``export KEY`` and ``publish KEY`` — written to stdout (``-o`` only as ``-``);
- ``comment``, ``resolve``, ``status`` — the review, as the person's role allows;
- ``import -`` — one snapshot read from stdin.

Never ``--db`` (the database is the forced command's), never a file of the server's (a path
where a key belongs, ``-o FILE``), never another program; ``session`` and ``users`` are not on
the list, so no one becomes someone else.
"""

from __future__ import annotations

import argparse
import os
import sys

from models.i18n import tr
from tui.cli.common import EXIT_DATA, EXIT_USAGE, Refused, error

# command → the role-free rule of what its arguments may be in a session (see _refuse)
ALLOWED = (
    "list",
    "calendar",
    "check",
    "export",
    "history",
    "review",
    "comment",
    "resolve",
    "status",
    "publish",
    "import",
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "session",
        help=tr(
            "SSH の強制コマンドとして一人の利用者のセッションを開く",
            "one person's session, as OpenSSH's forced command",
        ),
        description=tr(
            "authorized_keys の command= が実行します。SSH_ORIGINAL_COMMAND がなければ TUI を"
            "開き、あれば許可された hyoka のコマンドだけをその人として実行します: "
            + ", ".join(ALLOWED),
            "Run by authorized_keys' command=. Without SSH_ORIGINAL_COMMAND it opens the TUI; "
            "with one it runs only an allowed hyoka command, as that person: " + ", ".join(ALLOWED),
        ),
    )
    parser.add_argument("name", metavar="NAME")
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    command = os.environ.get("SSH_ORIGINAL_COMMAND", "").strip()
    if not command:
        return _tui(args)
    try:
        inner = _parse(command)
    except SystemExit as exc:  # argparse's usage error, already printed
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    inner.db = getattr(args, "db", None) or _default_db(args)
    inner.person = args.name
    return int(inner.run(inner))


def _default_db(args: argparse.Namespace) -> str:
    from tui.cli.common import database_target

    return database_target(args)


def _tui(args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        error(
            tr(
                "端末がないため TUI を開けません（ssh -t で接続するか、コマンドを付けてください: "
                "{allowed}）",
                "no terminal for the TUI (connect with ssh -t, or give a command: {allowed})",
                allowed=", ".join(ALLOWED),
            )
        )
        return EXIT_DATA
    from tui.cli.open_tui import run_tui

    args.person = args.name
    return run_tui(args)


def _parse(command: str) -> argparse.Namespace:
    import shlex

    from tui.cli.main import build_parser

    try:
        words = shlex.split(command)
    except ValueError as exc:
        raise Refused(
            tr("コマンドを読めません: {e}", "cannot read the command: {e}", e=exc)
        ) from None
    if not words or words[0] not in ALLOWED:
        raise Refused(
            tr(
                "セッションで実行できるのは hyoka の次のコマンドだけです: {allowed}"
                "（{got!r} は実行しません）",
                "a session runs only these hyoka commands: {allowed} (not {got!r})",
                allowed=", ".join(ALLOWED),
                got=words[0] if words else command,
            )
        )
    inner = build_parser().parse_args(words)
    if getattr(inner, "db", None) is not None:
        raise Refused(
            tr(
                "セッションでは --db を指定できません（データベースはサーバーが決めます）",
                "a session cannot name --db (the server decides the database)",
            )
        )
    if getattr(inner, "lang", None):
        from models.i18n import set_language

        set_language(inner.lang)
    _refuse(inner)
    return inner


def _refuse(inner: argparse.Namespace) -> None:
    """Refused: what would read or write a file of the server's."""
    from models.report.key import key_problem

    cmd = inner.command
    keys: list[str] = []
    for name in ("keys", "targets", "key"):
        value = getattr(inner, name, None)
        keys += value if isinstance(value, list) else [value] if value else []
    not_key = [k for k in keys if key_problem(k)]
    if not_key:
        raise Refused(
            tr(
                "セッションではレポートのキーだけを指定できます（ファイルは不可）: {w}",
                "a session names reports by key only, never a file: {w}",
                w=not_key[0],
            )
        )
    output = getattr(inner, "output", None)
    if output not in (None, "-"):
        raise Refused(
            tr(
                "セッションでは -o に - （標準出力）だけを指定できます",
                "in a session, -o can only be - (stdout)",
            )
        )
    if cmd in ("export", "publish") and (
        getattr(inner, "all", False) or len(keys) != 1 or getattr(inner, "summary", False)
    ):
        raise Refused(
            tr(
                "セッションの {cmd} は 1 件を標準出力に書きます（KEY を一つ）",
                "in a session, {cmd} writes one report to stdout (give one KEY)",
                cmd=cmd,
            )
        )
    if cmd == "publish":
        inner.output = "-"
    if cmd == "import" and inner.files != ["-"]:
        raise Refused(
            tr(
                "セッションの import は標準入力のスナップショット 1 件だけです（import -）",
                "in a session, import reads one snapshot from stdin (import -)",
            )
        )
