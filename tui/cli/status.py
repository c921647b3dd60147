"""``hyoka status KEY [--set STATUS] [--note TEXT]``: a report's review status, or a move.

作成中 → 確認依頼 (evaluator), 確認依頼 → 差戻し or 確認済 (reviewer), 確認済 → 公表済
(reviewer), and back to 作成中 (evaluator); models/bureau/roles.py has every move."""

from __future__ import annotations

import argparse

from models.i18n import tr
from models.report.review_status import STATUSES
from tui.cli.common import EXIT_OK, on_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "status", help=tr("確認状況を表示・変更する", "show or move the review status")
    )
    parser.add_argument("key", metavar="KEY")
    parser.add_argument("--set", choices=STATUSES, metavar="STATUS", help="、".join(STATUSES))
    parser.add_argument("--note", metavar="TEXT", help=tr("移した理由など", "a note on the move"))
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.set is None:
        review = on_store(args, lambda s: s.review(args.key))
        print(f"{args.key}\t{review.status}")
        return EXIT_OK
    old = on_store(args, lambda s: s.set_status(args.key, args.set, args.note or ""), write=True)
    print(f"{args.key}: {old} → {args.set}")
    return EXIT_OK
