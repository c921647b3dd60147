"""``hyoka rollover KEY --to FY [--key NEWKEY] [--monitoring]``: next year's report started from
KEY; with ``--monitoring`` a monitoring year's (``stage = "monitoring"``: published as the
モニタリング結果, no verdict asked).

The new report follows spec/cycle.md (models/services/rollover.py): header, objectives, indicators
and their yearly rows, means and cabinet policies kept; marks, verdict, analysis and 次期目標等
cleared; the budget columns of the new year; a blank row of the new year in every indicator;
``predecessor = KEY``; the 表題 names the new year, the 評価書番号 moves on (when it has the usual
shape, 総務省R4－⑧ → 総務省R5－⑧) and the 政策評価実施時期 is cleared. An indicator marked
``drop_next`` is left out, and the command says so; so it does of each indicator whose 目標年度
has passed (a new target is needed).
KEY itself is only read. Without ``--key`` the new key is KEY with its year moved on
(``soumu-r4-08`` → ``soumu-r5-08``; a key without a year gets ``-FY``).

Refused (exit 1) when the new key exists or FY is not after KEY's evaluated fiscal year.
"""

from __future__ import annotations

import argparse

from models.i18n import tr
from tui.cli.common import EXIT_OK, era_argument, on_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "rollover",
        help=tr("次の年度の評価書を繰越しで作る", "start next year's report from this one"),
        description=tr(
            "KEY から次の年度の評価書を作ります。達成・測定結果・政策の分析・次期目標等は空に、"
            "予算額・執行額はその年度の前２年度・当年度・翌年度の列に、各測定指標には"
            "その年度の行（実績は空）を加えます。表題の年度と評価書番号の年を進め"
            "（総務省R4－⑧ → 総務省R5－⑧）、政策評価実施時期を空にします。"
            "「次期目標等で削除」とした測定指標は除き、目標年度を過ぎた測定指標を示します。"
            "KEY は変更しません。NEWKEY の既定は KEY の年を進めたもの"
            "（soumu-r4-08 → soumu-r5-08、年のないキーは末尾に -FY）。",
            "Start next year's report from KEY: marks, verdict, analysis and next steps "
            "cleared; the budget columns of FY (the two years before, FY and the next); a "
            "blank FY row in every indicator; the title's year and the report number's year "
            "moved on (総務省R4－⑧ → 総務省R5－⑧), the evaluation month cleared; indicators "
            "marked drop_next left out, those whose target year has passed listed. KEY is "
            "not changed. NEWKEY defaults to KEY with its year moved on (soumu-r4-08 → "
            "soumu-r5-08; a key without a year gets -FY).",
        ),
    )
    parser.add_argument("key", metavar="KEY")
    parser.add_argument(
        "--to",
        metavar="FY",
        type=era_argument("parse_fiscal_year"),
        required=True,
        help=tr(
            "新しい評価対象年度（2022、令和4年度、R4）",
            "the new evaluated fiscal year (2022, 令和4年度, R4)",
        ),
    )
    parser.add_argument(
        "--key",
        dest="new_key",
        metavar="NEWKEY",
        help=tr("新しいレポートのキー", "the new report's key"),
    )
    parser.add_argument(
        "--monitoring",
        action="store_true",
        help=tr(
            "モニタリングの年度として作る（モニタリング結果として発行し、測定結果・政策の分析・"
            "次期目標等は求めない）",
            "start a monitoring year (published as the monitoring results; no verdict, "
            "analysis or next steps asked for)",
        ),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from models.services.history_text import safe
    from models.services.rollover import RollOverRefused, describe, roll_over_in

    result = on_store(
        args,
        lambda store: roll_over_in(
            store,
            args.key,
            args.to,
            args.new_key,
            "monitoring" if args.monitoring else "evaluation",
        ),
        write=True,
        refusals=(RollOverRefused,),
    )
    for line in describe(result):
        print(safe(line))
    return EXIT_OK
