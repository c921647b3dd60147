"""``hyoka history KEY [--format text|json]``: the change history of one report.

Text (the default) shows one line per change: when (local time), who, what, where,
old → new, with long values shortened; JSON gives every value in full. A report that
was deleted still has a history; a key that never had any is an error (exit 1).

The words come from :mod:`models.services.history_text`, shared with the history screen.
"""

from __future__ import annotations

import argparse
import sys

from models.i18n import tr
from tui.cli.common import EXIT_DATA, EXIT_OK, error, on_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "history",
        help=tr("レポートの変更履歴", "the change history of a report"),
        description=tr(
            "レポートの変更履歴（日時・利用者・操作・場所・変更前 → 変更後）。"
            "text では長い値を省略し、json ではすべてを出力します。",
            "The change history of a report (when, who, action, place, old → new). "
            "Text shortens long values; JSON gives them in full.",
        ),
    )
    parser.add_argument("key", metavar="KEY")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=tr("出力形式（既定: text）", "output format (default: text)"),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from models.services.history_text import safe, text_rows, to_json

    changes, exists = on_store(
        args, lambda store: (store.history(args.key), store.exists(args.key))
    )
    if not changes and not exists:
        error(
            tr(
                "レポートも変更履歴もありません: {key}",
                "no report and no history for {key}",
                key=safe(args.key),
            )
        )
        return EXIT_DATA
    if args.format == "json":
        sys.stdout.write(to_json(changes) + "\n")
        return EXIT_OK
    if not changes:
        print(tr("{key}: 変更履歴はありません", "{key}: no changes recorded", key=args.key))
    for change in changes:
        for row in text_rows(change):
            print("  ".join(row).rstrip())
    return EXIT_OK
