"""``hyoka import FILE… [--replace]``: read snapshots into the database.

Every file is validated before anything is written; each file is imported all or
nothing. Files that fail are reported with their problems; the others are imported.
"""

from __future__ import annotations

import argparse

from models.i18n import tr
from tui.commands.common import EXIT_DATA, EXIT_OK, error, store_from_args


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli import add_common

    parser = sub.add_parser(
        "import",
        help=tr("スナップショット（TOML）を取り込む", "import snapshots (TOML)"),
        description=tr(
            "hyoka/1 スナップショットを取り込みます。"
            "既存のキーは --replace のときだけ置き換えます。",
            "Import hyoka/1 snapshots. An existing key is replaced only with --replace.",
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--replace",
        action="store_true",
        help=tr("同じキーのレポートを置き換える", "overwrite reports with the same key"),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from models.report import Report
    from models.snapshot import SnapshotError, read_snapshot
    from tui.commands.progress import progress

    reports: list[tuple[str, Report]] = []
    failed = 0
    with progress(tr("検証", "checking"), len(args.files)) as advance:
        for name in args.files:
            try:
                reports.append((name, read_snapshot(name)))
            except SnapshotError as exc:
                error(str(exc))
                failed += 1
            advance()
    seen: dict[str, str] = {}
    unique: list[tuple[str, Report]] = []
    for name, report in reports:
        if report.key in seen:
            error(
                tr(
                    "{file}: report.key {key} は {other} と重複しています",
                    "{file}: report.key {key} is also in {other}",
                    file=name,
                    key=report.key,
                    other=seen[report.key],
                )
            )
            failed += 1
        else:
            seen[report.key] = name
            unique.append((name, report))
    if unique:
        from models.store import StoreError  # only now: refusing a file needs no database

        files = {report.key: name for name, report in unique}
        try:
            store = store_from_args(args, create=True)
            with progress(tr("取り込み", "importing"), len(unique)) as advance:
                outcome = store.import_reports(
                    [report for _, report in unique],
                    replace=args.replace,
                    progress=lambda _r, _e: advance(),
                )
        except StoreError as exc:
            error(str(exc))
            return EXIT_DATA
        for key, problem in outcome:
            if problem is None:
                print(
                    tr(
                        "取り込みました: {key}（{file}）",
                        "imported {key} ({file})",
                        key=key,
                        file=files[key],
                    )
                )
            else:
                error(f"{files[key]}: {problem}")
                failed += 1
    return EXIT_DATA if failed else EXIT_OK
