"""``hyoka plan fix KEY [--date YYYY-MM-DD] [--again]``: fix the 事前分析表 (spec/cycle.md);
``hyoka plan reason KEY ITEM TEXT``: write why ITEM changed since.

Records the plan as published (everything the 事前分析表 shows, with the date) inside the
report, so that it travels in the snapshot and ``hyoka check`` can flag what changes later
(P-codes, docs/rules.md). One history row at 「事前分析表」. Refused (exit 1) when the plan is
fixed already, unless ``--again``.
"""

from __future__ import annotations

import argparse

from models.i18n import tr
from tui.cli.common import EXIT_OK, era_argument, on_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "plan",
        help=tr("事前分析表（確定）", "the 事前分析表 (plan): fix it"),
        description=tr(
            "事前分析表を扱います。fix: 今の事前分析表（測定指標の基準・目標・年度ごとの目標・"
            "目標達成基準・選定理由、達成手段の予算額、政策評価実施予定時期）を確定日とともに"
            "評価書に記録します。その後の変更は hyoka check が変更理由のない限り指摘します。"
            "reason: 変更理由を書きます。",
            "Work with the 事前分析表 (plan). fix: record the plan as it is now (indicators' "
            "baselines, targets, yearly targets, criteria and reasons, the means' budgets, the "
            "planned evaluation), with the date, inside the report; afterwards hyoka check "
            "flags every change that carries no reason. reason: write the reason for one.",
        ),
    )
    actions = parser.add_subparsers(dest="plan_action", metavar="ACTION", required=True)
    fix = actions.add_parser(
        "fix",
        help=tr("事前分析表を確定する", "fix the plan as published"),
        description=tr(
            "KEY の事前分析表を確定します（既定の確定日は今日）。確定済みなら --again が必要です。",
            "Fix the plan of KEY (dated today unless --date). A plan fixed already needs --again.",
        ),
    )
    fix.add_argument("key", metavar="KEY")
    fix.add_argument(
        "--date",
        dest="fixed_on",
        metavar="YYYY-MM-DD",
        type=era_argument("parse_date"),
        help=tr("確定日（既定: 今日）", "the date it was published (default: today)"),
    )
    fix.add_argument(
        "--again",
        action="store_true",
        help=tr("確定済みの事前分析表を確定し直す", "fix anew a plan fixed already"),
    )
    add_common(fix)
    fix.set_defaults(run=run)
    reason = actions.add_parser(
        "reason",
        help=tr("事前分析表からの変更理由を書く", "write why the plan changed"),
        description=tr(
            "事前分析表の確定後の変更について理由を書きます。ITEM: indicator[N]（測定指標N。"
            "削除された指標も可）、means[N]（事前分析表のN番目の達成手段）、planned_evaluation"
            "（政策評価実施予定時期）。",
            "Write why something changed since the plan was fixed. ITEM: indicator[N] "
            "(indicator N, also one that is gone), means[N] (the plan's N-th means), "
            "planned_evaluation.",
        ),
    )
    reason.add_argument("key", metavar="KEY")
    reason.add_argument("item", metavar="ITEM")
    reason.add_argument("text", metavar="TEXT")
    add_common(reason)
    reason.set_defaults(run=run_reason)
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    from models.services.history_text import safe
    from models.services.plan_fix import PlanAlreadyFixed, fix_plan_in, fixed_on_words

    report = on_store(
        args,
        lambda store: fix_plan_in(store, args.key, args.fixed_on, again=args.again),
        write=True,
        refusals=(PlanAlreadyFixed,),
    )
    assert report.plan is not None
    print(
        safe(
            tr(
                "{key}: 事前分析表を{day}付けで確定しました（測定指標 {n} 件）",
                "{key}: plan fixed on {day} ({n} indicators)",
                key=report.key,
                day=fixed_on_words(report.plan.fixed_on),
                n=len(report.plan.indicators),
            )
        )
    )
    return EXIT_OK


def run_reason(args: argparse.Namespace) -> int:
    from models.report.places import place_label
    from models.services.history_text import safe
    from models.services.plan_fix import PlanReasonRefused, write_plan_reason

    place, _ = on_store(
        args,
        lambda store: write_plan_reason(store, args.key, args.item, args.text),
        write=True,
        refusals=(PlanReasonRefused,),
    )
    print(
        safe(
            tr(
                "{key}: 変更理由を書きました（{where}）",
                "{key}: reason written ({where})",
                key=args.key,
                where=place_label(place),
            )
        )
    )
    return EXIT_OK
