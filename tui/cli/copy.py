"""``hyoka copy --from DB --to DB``: every report and its history, between engines."""

from __future__ import annotations

import argparse

from models.i18n import tr
from tui.cli.common import EXIT_DATA, EXIT_OK, error


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "copy",
        help=tr(
            "データベース間でレポートと履歴をコピー", "copy reports and history between databases"
        ),
        description=tr(
            "すべてのレポートと変更履歴を別のデータベースへコピーし、スナップショットを比べて確かめます。"
            "（例: SQLite から PostgreSQL へ）",
            "Copy every report and the change history to another database and verify the copy "
            "by comparing snapshots (e.g. SQLite to PostgreSQL).",
        ),
    )
    parser.add_argument("--from", dest="source", required=True, metavar="PATH|URL")
    parser.add_argument("--to", dest="target", required=True, metavar="PATH|URL")
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from models.locations import mask_url
    from models.store.copy import copy_store
    from models.store.errors import StoreError
    from models.store.store import open_store

    try:
        source = open_store(args.source, create=False)
        target = open_store(args.target, write=True)
        count = copy_store(source, target)
    except StoreError as exc:
        error(str(exc))
        return EXIT_DATA
    print(
        tr(
            "{n} 件をコピーしました: {src} → {dst}",
            "copied {n} reports: {src} → {dst}",
            n=count,
            src=mask_url(args.source),
            dst=mask_url(args.target),
        )
    )
    return EXIT_OK
