"""``hyoka resolve KEY ID``: close a comment (who resolved it, and when, is kept)."""

from __future__ import annotations

import argparse

from models.i18n import tr
from tui.cli.common import EXIT_OK, on_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser("resolve", help=tr("コメントを解決にする", "resolve a comment"))
    parser.add_argument("key", metavar="KEY")
    parser.add_argument("id", type=int, metavar="ID")
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    done = on_store(args, lambda s: s.resolve(args.key, args.id), write=True)
    print(
        tr(
            "解決しました: #{id}（{who}）",
            "resolved #{id} ({who})",
            id=done.id,
            who=done.resolved_by,
        )
    )
    return EXIT_OK
