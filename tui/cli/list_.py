"""``hyoka list``: the reports in the database (a table on a terminal, TSV when piped)."""

from __future__ import annotations

import argparse
import sys

from models.i18n import tr
from tui.cli.common import EXIT_OK, on_store

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (hyoka --help)
if TYPE_CHECKING:
    from collections.abc import Sequence


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "list",
        help=tr("レポートの一覧", "list the reports"),
        description=tr(
            "レポートの一覧（端末では表、パイプでは TSV）。"
            "TSV の列: キー、府省、政策、評価年度、測定結果、確認状況。"
            "値の中のタブ・改行・復帰・バックスラッシュは \\t \\n \\r \\\\ と書きます"
            "（1 行が 1 件）。表ではキーを省略しません。",
            "List the reports: a table on a terminal, TSV when piped. "
            "TSV columns: key, ministry, policy, year, verdict, review status. "
            "A tab, newline, carriage return or backslash inside a value is written as "
            "\\t \\n \\r \\\\ (one line per report). The table never shortens a key.",
        ),
    )
    parser.add_argument(
        "--chain",
        metavar="KEY",
        help=tr(
            "KEY の政策の年度のつながり（繰越しの前後、前回の評価書をたどる）",
            "the chain of years of KEY's policy (roll-overs before and after, by predecessor)",
        ),
    )
    from models.report.review_status import STATUSES

    parser.add_argument(
        "--status",
        choices=STATUSES,
        metavar="STATUS",
        help=tr(
            "この確認状況のレポートだけ（{s}）", "only reports in this review status ({s})"
        ).format(s="、".join(STATUSES)),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.chain:
        return _chain(args)
    summaries, statuses = on_store(args, lambda store: (store.list_reports(), store.statuses()))
    if args.status:
        summaries = [s for s in summaries if statuses.get(s.key) == args.status]
    headers = (
        tr("キー", "key"),
        tr("府省", "ministry"),
        tr("政策", "policy"),
        tr("評価年度", "year"),
        tr("測定結果", "verdict"),
        tr("確認状況", "review"),
    )
    rows = [
        (
            s.key,
            s.ministry,
            f"{s.policy_number}：{s.policy_name}" if s.policy_number is not None else s.policy_name,
            "" if s.evaluated_fiscal_year is None else str(s.evaluated_fiscal_year),
            s.verdict,
            statuses.get(s.key, ""),
        )
        for s in summaries
    ]
    return _show(headers, rows, tr("レポート {n} 件", "{n} reports", n=len(rows)))


def _show(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]], title: str) -> int:
    if not sys.stdout.isatty():
        for row in rows:
            print("\t".join(_tsv(cell) for cell in row))
        return EXIT_OK
    _print_table(headers, rows, title)
    return EXIT_OK


def _print_table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]], title: str) -> None:
    """A table as wide as the terminal; the key column (what users type) is never shortened:
    other columns wrap, and if even that does not fit, the table is wider than the terminal."""
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*headers, title=title)
    key_width = max([cell_len(headers[0]), *(cell_len(row[0]) for row in rows)])
    table.columns[0].no_wrap = True
    table.columns[0].min_width = key_width
    for column in table.columns[1:]:
        column.min_width, column.overflow = OTHER_MIN, "fold"
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    console = Console()
    # borders and padding: 3 cells per column and 1 at the end
    need = key_width + (len(headers) - 1) * OTHER_MIN + 3 * len(headers) + 1
    if need > console.width:
        console = Console(width=need)
    console.print(table)


OTHER_MIN = 4  # cells: two Japanese characters
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _chain(args: argparse.Namespace) -> int:
    """``--chain KEY``: the policy's reports year by year, the given one marked ▶."""
    from models.services.chain import chain_in

    links = on_store(args, lambda store: chain_in(store, args.chain))
    headers = (
        "",
        tr("キー", "key"),
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
    """The usual TSV escaping (as PostgreSQL's COPY and most TSV readers): one line per row."""
    return cell.translate(_ESCAPES)
