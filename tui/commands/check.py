"""``hyoka check [KEY|FILE.toml …] [--all] [--format text|json]``: run the evaluation rules.

A KEY names a report in the database; an argument ending in ``.toml`` (or naming an existing
file) is a snapshot checked as it is, without importing it. Thresholds come from the ``[rules]``
table of the config file (docs/rules.md).

Exit codes: 0 no error (warnings and info allowed; see ``--fail-on``), 1 an error finding or a
report that could not be read, 2 a usage or configuration error.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import TYPE_CHECKING, Any

from models.i18n import tr
from tui.commands.common import EXIT_DATA, EXIT_OK, EXIT_USAGE, error, usage

if TYPE_CHECKING:
    from models.report import Report
    from models.rule_settings import RuleSettings

NAME = "check"


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from tui.cli import add_common

    parser = sub.add_parser(
        NAME,
        help=tr("評価書を点検する（整合性・区分の提案）", "check reports (consistency, verdict)"),
        description=tr(
            "評価書の予算・測定指標・測定結果を点検し、区分の提案とその理由を示します。"
            "KEY はデータベースのレポート、FILE.toml は取り込まずにそのまま点検する"
            "スナップショットです。",
            "Check reports' budget, indicators and verdict, and show the suggested category with "
            "its reasons. KEY is a report in the database; FILE.toml is a snapshot checked "
            "without importing it.",
        ),
        epilog=tr(
            "終了コード: 0 エラーなし（警告・情報は可）、1 エラーあり又は読込不可、"
            "2 使い方の誤り。",
            "Exit codes: 0 no error (warnings and info allowed), 1 errors or unreadable "
            "input, 2 usage error.",
        ),
    )
    parser.add_argument("targets", nargs="*", metavar="KEY|FILE.toml")
    parser.add_argument(
        "--all",
        action="store_true",
        help=tr("データベースのすべてのレポート", "every report in the database"),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=tr("出力形式（既定: text）", "output format (default: text)"),
    )
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning"),
        default="error",
        help=tr(
            "終了コード 1 とする重大度（既定: error）",
            "lowest severity that makes the exit code 1 (default: error)",
        ),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def _is_file(target: str) -> bool:
    return target.endswith(".toml") or os.sep in target or os.path.isfile(target)


def _settings() -> RuleSettings:
    from models.rule_settings import RuleSettings
    from tui.commands.common import config

    return RuleSettings.from_mapping(config().rules)


def _load(args: argparse.Namespace) -> list[tuple[str, Report | None, str]]:
    """(label, report or None, problem) for every target, in the order given."""
    from models.snapshot import SnapshotError, read_snapshot
    from models.store import ReportNotFound, StoreError
    from tui.commands.common import store_from_args

    files = [t for t in args.targets if _is_file(t)]
    keys = [t for t in args.targets if not _is_file(t)]
    loaded: dict[str, tuple[str, Report | None, str]] = {}
    for path in files:
        try:
            loaded[path] = (path, read_snapshot(path), "")
        except SnapshotError as exc:
            loaded[path] = (path, None, str(exc))
    if keys or args.all:
        try:
            store = store_from_args(args)
            if args.all:
                keys = [*keys, *(k for k in store.keys() if k not in keys)]
            for key in keys:
                try:
                    loaded[key] = (key, store.load_report(key), "")
                except ReportNotFound as exc:
                    loaded[key] = (key, None, str(exc))
        except StoreError as exc:
            raise _StoreFailed(str(exc)) from exc
    order = [t for t in args.targets if t in loaded] + [k for k in keys if k not in args.targets]
    return [loaded[t] for t in dict.fromkeys(order)]


class _StoreFailed(Exception):
    pass


def run(args: argparse.Namespace) -> int:
    from models.checks import check_with_suggestion, summarize

    if not args.targets and not args.all:
        return usage(
            NAME,
            tr(
                "KEY、FILE.toml 又は --all を指定してください",
                "give a KEY, a FILE.toml or --all",
            ),
        )
    try:
        settings = _settings()
    except ValueError as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        targets = _load(args)
    except _StoreFailed as exc:
        error(str(exc))
        return EXIT_DATA
    results: list[dict[str, Any]] = []
    all_findings = []
    problems = 0
    for label, report, problem in targets:
        if report is None:
            problems += 1
            results.append({"key": label, "error": problem})
            continue
        findings, suggestion = check_with_suggestion(report, settings)
        all_findings += findings
        results.append(
            {
                "key": report.key,
                "source": label,
                "policy_name": report.policy_name,
                "findings": [f.to_dict() for f in findings],
                "suggestion": suggestion.to_dict(),
            }
        )
    counts = summarize(all_findings)
    summary = {"reports": len(results), **counts, "unreadable": problems}
    if args.format == "json":
        print(json.dumps({"reports": results, "summary": summary}, ensure_ascii=False, indent=2))
    else:
        _print_text(results, summary)
    failing = counts["error"] + (counts["warning"] if args.fail_on == "warning" else 0)
    return EXIT_DATA if failing or problems else EXIT_OK


def _print_text(results: list[dict[str, Any]], summary: dict[str, int]) -> None:
    severity = {
        "error": tr("エラー", "error"),
        "warning": tr("警告", "warning"),
        "info": tr("情報", "info"),
    }
    for i, result in enumerate(results):
        if i:
            print()
        if "error" in result:
            print(result["key"])
            error(result["error"])
            continue
        print(f"{result['key']}  {result['policy_name']}")
        if not result["findings"]:
            print("  " + tr("指摘事項はありません。", "No findings."))
        for f in result["findings"]:
            print(f"  {severity[f['severity']]}\t{f['code']}\t{f['place']}\t{f['message']}")
        for line in str(result["suggestion"]["text"]).splitlines():
            print("  " + line)
    print()
    print(
        tr(
            "{reports} 件: エラー {error}、警告 {warning}、情報 {info}、読込不可 {unreadable}",
            "{reports} report(s): {error} error(s), {warning} warning(s), {info} info, "
            "{unreadable} unreadable",
            **summary,
        )
    )
