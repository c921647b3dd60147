"""``hyoka publish --summary [--year FY] [--ministry M] [--format xlsx|csv|pdf] [-o FILE]``.

The 評価結果一覧 (:mod:`models.publish.summary`) of every report in the database, or of one
evaluated fiscal year (``--year 2021``, ``--year 令和３年度``) and one ministry. CSV goes to
stdout without ``-o``; xlsx and pdf need ``-o FILE``. A file is written atomically and an
existing one is replaced only with ``--force``. Exit codes: 0 written, 1 a data problem, 2 a
usage error.
"""

from __future__ import annotations

import argparse
import sys

from models.i18n import os_error_text, tr
from tui.cli.common import EXIT_DATA, EXIT_OK, EXIT_USAGE, error, store_from_args
from tui.cli.output_format import output_format

SUMMARY_FORMATS = ("xlsx", "csv", "pdf")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--summary",
        action="store_true",
        help=tr(
            "評価結果一覧を書き出す（xlsx、csv か pdf）",
            "write the summary table (xlsx, csv or pdf)",
        ),
    )
    parser.add_argument(
        "--year",
        metavar="FY",
        help=tr("評価対象の年度（--summary）", "evaluated fiscal year (--summary)"),
    )
    parser.add_argument(
        "--ministry", metavar="M", help=tr("府省名（--summary）", "ministry (--summary)")
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from models.publish.errors import PublishError
    from models.publish.summary import render_summary
    from models.report.eras import parse_fiscal_year
    from models.services.atomic_file import write_atomic
    from models.store.errors import StoreError

    default = "xlsx" if args.output else "csv"
    fmt, problem = output_format(args.output, args.format, SUMMARY_FORMATS, default, file=True)
    if problem:
        error(f"publish --summary: {problem}")
        return EXIT_USAGE
    if args.keys or args.all or fmt not in SUMMARY_FORMATS:
        error(
            tr(
                "publish --summary: KEY・--all は指定せず、形式は xlsx、csv か pdf です",
                "publish --summary: no KEYs or --all, and the format is xlsx, csv or pdf",
            )
        )
        return EXIT_USAGE
    if fmt != "csv" and not args.output:
        error(
            tr(
                "publish --summary: {fmt} には -o FILE が必要です",
                "publish: {fmt} needs -o FILE",
                fmt=fmt,
            )
        )
        return EXIT_USAGE
    try:
        year = None if args.year is None else parse_fiscal_year(args.year)
    except ValueError as exc:
        error(f"--year: {exc}")
        return EXIT_USAGE
    output = Path(args.output) if args.output else None
    if output and output.exists() and not args.force:
        error(
            tr("{path} は既にあります（上書きは --force）", "{path} exists (--force)", path=output)
        )
        return EXIT_DATA
    try:
        store = store_from_args(args)
        try:
            data = render_summary(store.iter_reports(), fmt, year=year, ministry=args.ministry)
        finally:
            store.close()
        if output is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return EXIT_OK
        write_atomic(output, data, replace=args.force)
    except (StoreError, PublishError) as exc:
        error(str(exc))
        return EXIT_DATA
    except FileExistsError:
        error(
            tr("{path} は既にあります（上書きは --force）", "{path} exists (--force)", path=output)
        )
        return EXIT_DATA
    except OSError as exc:
        error(os_error_text(exc, output))
        return EXIT_DATA
    print(
        tr("評価結果一覧を {path} に書き出しました", "wrote the summary to {path}", path=output),
        file=sys.stderr,
    )
    return EXIT_OK


def _exists(path: object) -> str:
    return tr("{path} は既にあります（上書きは --force）", "{path} exists (--force)", path=path)
