"""``hyoka review KEY [--all] [--format text|json]``: a report's review status and its open
comments (``--all``: the resolved too), each with who, when, the place in the form's words,
the text and the answers."""

from __future__ import annotations

import argparse
import sys

from models.i18n import tr
from tui.cli.common import EXIT_OK, on_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "review",
        help=tr("確認状況とコメントを表示する", "show the review status and comments"),
    )
    parser.add_argument("key", metavar="KEY")
    parser.add_argument(
        "--all", action="store_true", help=tr("解決済みも表示", "the resolved ones too")
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=tr("出力形式（既定: text）", "output format (default: text)"),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from models.services.review_text import review_json, review_text

    review = on_store(args, lambda s: s.review(args.key))
    show = review_json if args.format == "json" else review_text
    sys.stdout.write(show(args.key, review, everything=args.all))
    return EXIT_OK
