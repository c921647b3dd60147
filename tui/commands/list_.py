"""``hyoka list``: the reports in the database (a table on a terminal, TSV when piped)."""

from __future__ import annotations

import argparse
import sys

from models.i18n import tr
from tui.commands.common import EXIT_DATA, EXIT_OK, error, store_from_args


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli import add_common

    parser = sub.add_parser(
        "list",
        help=tr("レポートの一覧", "list the reports"),
        description=tr(
            "レポートの一覧（端末では表、パイプでは TSV）",
            "List the reports: a table on a terminal, TSV when piped.",
        ),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from models.store import StoreError

    try:
        store = store_from_args(args)
        summaries = store.list_reports()
    except StoreError as exc:
        error(str(exc))
        return EXIT_DATA
    headers = (
        "key",
        tr("府省", "ministry"),
        tr("政策", "policy"),
        tr("評価年度", "year"),
        tr("測定結果", "verdict"),
    )
    rows = [
        (
            s.key,
            s.ministry,
            f"{s.policy_number}：{s.policy_name}" if s.policy_number is not None else s.policy_name,
            "" if s.evaluated_fiscal_year is None else str(s.evaluated_fiscal_year),
            s.verdict,
        )
        for s in summaries
    ]
    if not sys.stdout.isatty():
        for row in rows:
            print("\t".join(_tsv(cell) for cell in row))
        return EXIT_OK
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*headers, title=tr("レポート {n} 件", "{n} reports", n=len(rows)))
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    Console().print(table)
    return EXIT_OK


def _tsv(cell: str) -> str:
    return cell.replace("\t", " ").replace("\n", " ")
