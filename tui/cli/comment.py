"""``hyoka comment KEY PLACE TEXT`` and ``hyoka comment KEY --reply ID TEXT``: a question on a
place of a report (a path as in the history, or ``report`` for the whole), or an answer."""

from __future__ import annotations

import argparse

from models.i18n import tr
from tui.cli.common import EXIT_OK, EXIT_USAGE, on_store, usage


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "comment",
        help=tr("レポートの場所にコメントする、または回答する", "comment on a place, or answer"),
        description=tr(
            "PLACE は履歴と同じパス（indicator[1].target、budget[2021].total、"
            "verdict.rationale）か、全体なら report。--reply ID でコメントに回答します。",
            "PLACE is a path as in the history (indicator[1].target, budget[2021].total, "
            "verdict.rationale), or report for the whole. --reply ID answers a comment.",
        ),
    )
    parser.add_argument("key", metavar="KEY")
    parser.add_argument("words", nargs="+", metavar="PLACE TEXT")
    parser.add_argument(
        "--reply", type=int, metavar="ID", help=tr("回答するコメント", "the comment to answer")
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.reply is not None:
        text = " ".join(args.words)
        reply = on_store(args, lambda s: s.reply(args.key, args.reply, text), write=True)
        print(
            tr(
                "回答しました: #{id}（{who}）",
                "answered #{id} ({who})",
                id=args.reply,
                who=reply.who,
            )
        )
        return EXIT_OK
    if len(args.words) < 2:
        return usage("comment", tr("PLACE と TEXT が必要です", "give PLACE and TEXT"))
    place, text = args.words[0], " ".join(args.words[1:])
    if not text.strip():
        return EXIT_USAGE
    made = on_store(args, lambda s: s.comment(args.key, place, text), write=True)
    print(tr("コメントしました: #{id}", "commented: #{id}", id=made.id))
    return EXIT_OK
