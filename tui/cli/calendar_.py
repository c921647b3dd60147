"""``hyoka calendar [--ministry M] [--from FY --to FY] [--format text|json|csv] [--today DATE]``.

Per policy (a chain of reports linked by roll-over), which fiscal years are evaluation years and
which monitoring years — from the reports and their 政策評価実施予定時期 — and what is due this
fiscal year (models/services/evaluation_calendar.py). ``--today`` sets the day the fiscal year
is counted from (today by default): what will be due on 2027-04-01, or a test's fixed day.
Text is a table (years as columns); CSV is the same table with full words; JSON has every year
with its stage, whether it is only planned and the report's key.
"""

from __future__ import annotations

import argparse

from models.i18n import tr
from tui.cli.common import EXIT_OK, era_argument, on_store, usage

FORMATS = ("text", "json", "csv")


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "calendar",
        help=tr("評価とモニタリングの年度の予定表", "the evaluation and monitoring calendar"),
        description=tr(
            "政策ごと（繰越しでつながった評価書）に、どの年度が評価の年度でどの年度がモニタリングの"
            "年度か（評価書と政策評価実施予定時期から）、今年度に行うものを示します。"
            "年度は評価対象年度（〇〇年度実施政策）で、今年度はその前年度の実施政策を評価・"
            "モニタリングします。",
            "Per policy (reports linked by roll-over): which fiscal years are evaluation years "
            "and which monitoring years (from the reports and their planned evaluation time), "
            "and what is due this fiscal year. Years are evaluated fiscal years; this fiscal "
            "year evaluates or monitors the year before it.",
        ),
    )
    parser.add_argument("--ministry", metavar="M", help=tr("府省名", "ministry"))
    parser.add_argument(
        "--from",
        dest="first",
        metavar="FY",
        type=era_argument("parse_fiscal_year"),
        help=tr("最初の年度（2021、令和3年度、R3）", "first fiscal year (2021, 令和3年度, R3)"),
    )
    parser.add_argument(
        "--to",
        dest="last",
        metavar="FY",
        type=era_argument("parse_fiscal_year"),
        help=tr("最後の年度", "last fiscal year"),
    )
    parser.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default="text",
        help=tr("出力の形式（既定: text）", "output format (default text)"),
    )
    parser.add_argument(
        "--today",
        metavar="DATE",
        type=era_argument("parse_date"),
        help=tr(
            "この日を今日として今年度を数える（既定: 今日）",
            "count this fiscal year from DATE (default: today)",
        ),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from datetime import date

    from models.services.evaluation_calendar import calendar_in

    if args.first is not None and args.last is not None and args.first > args.last:
        return usage(
            "calendar",
            tr("--from は --to 以前の年度にしてください", "--from must not be after --to"),
        )
    today = args.today or date.today()
    calendar = on_store(
        args,
        lambda store: calendar_in(
            store, today, ministry=args.ministry, first=args.first, last=args.last
        ),
    )
    if args.format == "json":
        _json(calendar)
    elif args.format == "csv":
        _csv(calendar)
    else:
        _text(calendar)
    return EXIT_OK


def _json(calendar) -> None:  # type: ignore[no-untyped-def]
    import json

    policies = [
        {
            "keys": list(p.keys),
            "ministry": p.ministry,
            "policy_number": p.policy_number,
            "policy_name": p.policy_name,
            "planned_evaluation": p.planned_evaluation,
            "years": [
                {"fiscal_year": y.fiscal_year, "stage": y.stage, "planned": y.planned, "key": y.key}
                for y in p.years
                if calendar.first <= y.fiscal_year <= calendar.last
            ],
            "due": _due_json(calendar.due(p)),
        }
        for p in calendar.policies
    ]
    out = {
        "today": calendar.today.isoformat(),
        "fiscal_year": calendar.fiscal_year,
        "due_year": calendar.due_year,
        "years": calendar.years,
        "policies": policies,
    }
    print(json.dumps(out, ensure_ascii=False, indent=2))


def _due_json(mark) -> dict[str, object] | None:  # type: ignore[no-untyped-def]
    if mark is None:
        return None
    return {
        "fiscal_year": mark.fiscal_year,
        "stage": mark.stage,
        "planned": mark.planned,
        "key": mark.key,
    }


def _headers(calendar, short: bool) -> list[str]:  # type: ignore[no-untyped-def]
    from models.report.eras import fy_label

    years = [_short_year(y) if short else fy_label(y) for y in calendar.years]
    due_year = _short_year(calendar.due_year) if short else fy_label(calendar.due_year)
    due = tr("今年度（{y}）", "Due ({y})", y=due_year)
    return [tr("府省", "Ministry"), tr("政策", "Policy"), *years, due]


def _short_year(fiscal_year: int) -> str:
    """R3, H30 (FY21 in English): a year column as narrow as it reads."""
    from models.report.eras import era_of_fiscal_year

    try:
        era, n = era_of_fiscal_year(fiscal_year)
    except ValueError:
        return str(fiscal_year)
    return tr(f"{era.letter}{n}", f"FY{fiscal_year % 100:02d}")


def _rows(calendar, short: bool) -> list[list[str]]:  # type: ignore[no-untyped-def]
    from models.services.evaluation_calendar import due_text, mark_text, policy_label

    return [
        [
            p.ministry,
            policy_label(p),
            *(mark_text(p.year(y), short=short) for y in calendar.years),
            due_text(calendar, p),
        ]
        for p in calendar.policies
    ]


def _csv(calendar) -> None:  # type: ignore[no-untyped-def]
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(_headers(calendar, short=False))
    writer.writerows(_rows(calendar, short=False))


def _text(calendar) -> None:  # type: ignore[no-untyped-def]
    import sys

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from models.services.evaluation_calendar import heading, legend

    table = Table(*_headers(calendar, short=True))
    for column in (table.columns[0], *table.columns[2:-1]):
        column.no_wrap = True
    for column in (table.columns[1], table.columns[-1]):
        column.overflow = "fold"  # wrapped, never cut: a name or a key shown whole
    for row in _rows(calendar, short=True):
        table.add_row(*(Text(cell) for cell in row))
    print(heading(calendar))
    if not calendar.policies:
        print(tr("評価書がありません", "no reports"))
        return
    console = Console(highlight=False)
    if not sys.stdout.isatty():  # a file or a pipe: every row on one line, nothing wrapped
        need = Console(width=10_000).measure(table).maximum  # measured unbounded
        console = Console(highlight=False, width=max(need, 80))
    console.print(table)
    print(legend())
