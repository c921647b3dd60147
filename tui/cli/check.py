"""``hyoka check [KEY|FILE.toml …] [--all] [--format text|json]``: run the evaluation rules.

A KEY names a report in the database; an argument ending in ``.toml`` (or naming an existing
file) is a snapshot checked as it is, without importing it. Thresholds come from the ``[rules]``
table of the config file (docs/rules.md).

Exit codes: 0 no error (warnings and info allowed; see ``--fail-on``), 1 an error finding or a
report that could not be read, 2 a usage or configuration error.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator

from models.i18n import tr
from tui.cli.common import EXIT_DATA, EXIT_OK, EXIT_USAGE, error, usage

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (hyoka --help)
if TYPE_CHECKING:
    from typing import Any

    from models.report.model import Report
    from models.report.provenance import Provenance
    from models.rules.findings import Finding
    from models.rules.settings import RuleSettings
    from models.rules.suggest.verdict import VerdictSuggestion
    from models.store.store import Store
    from tui.cli.check_output import Entry

NAME = "check"


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from tui.cli.main import add_common

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
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help=tr(
            "前回の結果を使わずにすべて点検し直す（--all）",
            "check every report again instead of reusing earlier results (--all)",
        ),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def _is_file(target: str) -> bool:
    return target.endswith(".toml") or os.sep in target or os.path.isfile(target)


def _settings() -> RuleSettings:
    from models.rules.settings import RuleSettings
    from tui.cli.common import config

    return RuleSettings.from_mapping(config().rules)


Loaded = tuple[str, "Report | None", str, "list[Provenance]"]


def _load(
    args: argparse.Namespace,
) -> tuple[list[Loaded], list[str], Store | None]:
    """(label, report or None, problem, open provenance) for every target, in the order given;
    then the keys ``--all`` adds (not loaded yet: there may be thousands) and the open store."""
    from models.snapshot.codec import SnapshotError, read_snapshot
    from models.store.errors import StoreError
    from tui.cli.common import store_from_args

    files = [t for t in args.targets if _is_file(t)]
    keys = list(dict.fromkeys(t for t in args.targets if not _is_file(t)))
    loaded: dict[str, Loaded] = {}
    for path in files:
        try:
            loaded[path] = (path, read_snapshot(path), "", [])
        except SnapshotError as exc:
            loaded[path] = (path, None, str(exc), [])
    rest: list[str] = []
    store = None
    if keys or args.all:
        try:
            store = store_from_args(args)
            if args.all:
                given = set(keys)
                rest = [k for k in store.keys() if k not in given]
            for key, report, problem, imported in _reports(store, keys):
                loaded[key] = (key, report, problem, imported)
        except StoreError as exc:
            raise _StoreFailed(str(exc)) from exc
    order = [t for t in args.targets if t in loaded]
    return [loaded[t] for t in dict.fromkeys(order)], rest, store


def _reports(store: Store, keys: list[str]) -> Iterator[Loaded]:
    """(key, report or None, problem, open provenance) for each key, in order, read in
    batches."""
    from models.store.errors import ReportNotFound

    imported = store.provenance(keys, open_only=True) if keys else {}
    pending = keys
    while pending:
        done = 0
        try:
            for report in store.iter_reports(pending):
                yield report.key, report, "", imported.get(report.key, [])
                done += 1
        except ReportNotFound as exc:  # iter_reports stops at it: note it, go on after it
            yield exc.key, None, str(exc), []
            done += 1
        pending = pending[done:]


class _StoreFailed(Exception):
    pass


def _result(
    label: str,
    report: Report | None,
    problem: str,
    settings: RuleSettings,
    imported: list[Provenance] | None = None,
) -> dict[str, Any]:
    if report is None:
        return {"key": label, "error": problem}
    from models.rules.stage import stage_note

    findings, suggestion = _checked_report(report, settings, imported)
    said = suggestion.to_dict()
    if note := stage_note(report):
        said["text"] = f"{note}\n{said['text']}"
    result = {
        "key": report.key,
        "source": label,
        "policy_name": report.policy_name,
        "findings": [f.to_dict() for f in findings],
        "suggestion": said,
    }
    if report.stage != "evaluation":  # a monitoring year says so (an evaluation, the default, not)
        result["stage"] = report.stage
    return result


def _checked_report(
    report: Report, settings: RuleSettings, imported: list[Provenance] | None
) -> tuple[list[Finding], VerdictSuggestion]:
    """The rules' findings and suggestion, and after them whether the 要旨 fits its page
    (G001, models/publish/gist_fit.py: it needs the published layout, above the rules)."""
    from models.publish.gist_fit import gist_findings
    from models.rules.check import check_with_suggestion

    findings, suggestion = check_with_suggestion(report, settings, imported or ())
    return [*findings, *gist_findings(report)], suggestion


def _entry(
    label: str,
    report: Report | None,
    problem: str,
    settings: RuleSettings,
    form: str,
    imported: list[Provenance] | None = None,
) -> Entry:
    """One target's part of the output. The text form is rendered from the findings and the
    explanation themselves: it prints neither the findings' ``data`` nor the suggestion's
    indicators, so their dicts (``_result``, what JSON prints) are not built."""
    from tui.cli.check_output import entry, text_entry

    if report is None or form == "json":
        return entry(_result(label, report, problem, settings, imported), form)
    from models.rules.stage import stage_note
    from models.rules.suggest.explain import explain

    findings, suggestion = _checked_report(report, settings, imported)
    explanation = explain(suggestion)
    if note := stage_note(report):
        explanation = f"{note}\n{explanation}"
    return text_entry(report.key, report.policy_name, findings, explanation)


def _entry_of(loaded: Loaded, settings: RuleSettings, form: str) -> Entry:
    label, report, problem, imported = loaded
    return _entry(label, report, problem, settings, form, imported)


def _compute(
    store: Store, keys: list[str], settings: RuleSettings, args: argparse.Namespace
) -> Iterator[Entry]:
    """The output of ``keys``, in order: checked here, or over worker processes for many."""
    from models.services import parallel
    from tui.cli.common import database_target

    form = args.format
    workers = parallel.workers(len(keys))
    if workers == 1:
        for loaded in _reports(store, keys):
            yield _entry_of(loaded, settings, form)
        return
    store.close()  # no connection is carried into the workers
    with parallel.pool(workers, database_target(args), store.user) as pool:
        pack = not args.no_cache  # the cache's compression done in the workers too
        futures = [
            pool.submit(_check_task, chunk, settings, form, pack) for chunk in parallel.chunks(keys)
        ]
        for future in futures:  # in key order, whichever worker finishes first
            yield from future.result()


def _check_task(keys: list[str], settings: RuleSettings, form: str, pack: bool) -> list[Entry]:
    """In a worker: the output of ``keys`` (``pack``: packed for the findings cache too)."""
    from models.services import parallel

    with parallel.paused_gc():
        entries = [_entry_of(one, settings, form) for one in _reports(parallel.store(), keys)]
        return [one.with_packed() for one in entries] if pack else entries


def run(args: argparse.Namespace) -> int:
    from tui.cli.check_cached import from_cache_alone
    from tui.cli.check_output import summary, write

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
    entries = from_cache_alone(args, settings)  # SQLAlchemy not even imported then
    if entries is None:
        entries = _checked(args, settings)
        if entries is None:
            return EXIT_DATA
    totals = summary(entries)
    write(entries, totals, args.format)
    failing = totals["error"] + (totals["warning"] if args.fail_on == "warning" else 0)
    return EXIT_DATA if failing or totals["unreadable"] else EXIT_OK


def _checked(args: argparse.Namespace, settings: RuleSettings) -> list[Entry] | None:
    """Every target's output (the cache's where it holds it); None after telling the user
    that the database could not be used."""
    from models.services.parallel import paused_gc
    from models.store.errors import StoreError
    from tui.cli.check_cached import check_keys

    store: Store | None = None
    try:
        with paused_gc():  # the results pile up: no collection walks them again and again
            targets, rest, store = _load(args)
            entries = [_entry_of(target, settings, args.format) for target in targets]
            if rest:
                assert store is not None
                entries += check_keys(store, rest, settings, args, _compute)
    except (_StoreFailed, StoreError) as exc:
        error(str(exc))
        return None
    finally:
        if store is not None:
            store.close()
    return entries
