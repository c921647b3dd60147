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
    parser.add_argument(
        "--chain",
        metavar="KEY",
        help=tr(
            "KEY の政策の年度のつながり（繰越しの前後、predecessor をたどる）",
            "the chain of years of KEY's policy (roll-overs before and after, by predecessor)",
        ),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from models.store import StoreError

    if args.chain:
        return _chain(args)
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
    return _show(headers, rows, tr("レポート {n} 件", "{n} reports", n=len(rows)))


def _show(headers: tuple[str, ...], rows: list[tuple[str, ...]], title: str) -> int:
    if not sys.stdout.isatty():
        for row in rows:
            print("\t".join(_tsv(cell) for cell in row))
        return EXIT_OK
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*headers, title=title)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    Console().print(table)
    return EXIT_OK


def _chain(args: argparse.Namespace) -> int:
    """``--chain KEY``: the policy's reports year by year, the given one marked ▶."""
    from models.chain import chain_in
    from models.store import StoreError

    try:
        store = store_from_args(args)
        try:
            links = chain_in(store, args.chain)
        finally:
            store.close()
    except StoreError as exc:
        error(str(exc))
        return EXIT_DATA
    headers = (
        "",
        "key",
        tr("評価年度", "year"),
        tr("測定結果", "verdict"),
        tr("繰越し元", "rolled over from"),
    )
    absent = tr("（このデータベースにありません）", "(not in this database)")
    rows = [
        (
            "▶" if link.key == args.chain else "",
            link.key,
            "" if link.evaluated_fiscal_year is None else str(link.evaluated_fiscal_year),
            link.verdict if link.present else absent,
            link.predecessor,
        )
        for link in links
    ]
    title = tr("{key} の年度のつながり", "{key} across years", key=args.chain)
    return _show(headers, rows, title)


def _tsv(cell: str) -> str:
    return cell.replace("\t", " ").replace("\n", " ")
