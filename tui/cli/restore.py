"""``hyoka restore KEY``: bring back a deleted report from the snapshot its deletion kept.

Refused (exit 1) when the report is there now or was never deleted; the restore is recorded
in the history (``復元``) and can itself be deleted again.
"""

from __future__ import annotations

import argparse

from models.i18n import tr
from tui.cli.common import EXIT_OK, on_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "restore",
        help=tr("削除したレポートを戻す", "bring back a deleted report"),
        description=tr(
            "削除したレポートを、削除時に変更履歴へ残したスナップショットから戻します。"
            "今あるレポートや、削除されたことのないキーには何もしません（終了コード 1）。",
            "Bring back a deleted report from the snapshot the change history kept when it "
            "was deleted. A report that exists now or was never deleted is refused (exit 1).",
        ),
    )
    parser.add_argument("key", metavar="KEY")
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from models.services.history_text import safe

    report = on_store(args, lambda store: store.restore_report(args.key), write=True)
    print(
        tr(
            "{key} を戻しました（{name}）",
            "restored {key} ({name})",
            key=safe(report.key),
            name=safe(report.policy_name),
        )
    )
    return EXIT_OK
