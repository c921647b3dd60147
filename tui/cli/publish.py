"""``hyoka publish KEY… [--all] [--plan|--plan-changes|--gist] [--format …] [-o FILE|DIR]``.

``--plan`` publishes each report's 事前分析表 (docs/plan-layout.md) instead of its 評価書, as
``KEY-plan.EXT`` by default; its checks leave out what the plan does not print (the verdict,
the marks, the next steps). ``--plan-changes`` publishes the 事前分析表's 新旧対照表 (each item
changed since the plan was fixed: 旧, 新, the reason), as ``KEY-plan-changes.EXT``, with the
plan's checks; a report whose plan is not fixed has none (exit 1). ``--gist`` publishes the
評価書の要旨 (``KEY-gist.EXT``): the one-page summary (models/printed/gist.py).

``--summary`` writes the 評価結果一覧 instead (:mod:`tui.cli.publish_summary`).

One report goes to ``-o FILE`` (or ``-o DIR/KEY.EXT``, or ``./KEY.EXT``); several (or
``--all``) go to ``-o DIR`` as ``KEY.EXT`` each, with a progress bar on a terminal and, from
``parallel.PARALLEL_FROM`` reports on, one worker process per core. Before anything is written:
every target must be new (else ``--force``) and no report may have error-level findings (else
``--force``; the message lists them). Files are written atomically by
:func:`models.publish.publish`. Exit codes: 0 written, 1 a data problem, 2 a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import sys

from models.i18n import os_error_text, tr
from tui.cli import publish_summary
from tui.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_USAGE,
    database_target,
    error,
    store_from_args,
)
from tui.cli.output_format import output_format

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (hyoka --help)
if TYPE_CHECKING:
    from pathlib import Path

    from models.report.model import Report
    from models.store.store import Store

FORMATS = ("pdf", "html", "xlsx", "docx")


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "publish",
        help=tr("評価書を PDF・HTML・Excel・Word で発行する", "publish reports as PDF, HTML…"),
        description=tr(
            "1 件は -o FILE（または DIR、既定は ./KEY.拡張子）へ、複数または --all は -o DIR へ"
            " KEY.拡張子 として書き出します。既存のファイルと、エラーの指摘があるレポートは"
            " --force がなければ書き出しません。",
            "One report to -o FILE (or DIR; default ./KEY.EXT); several or --all to -o DIR as"
            " KEY.EXT each. Existing files, and reports with error-level findings, need --force.",
        ),
    )
    parser.add_argument("keys", nargs="*", metavar="KEY")
    parser.add_argument("--all", action="store_true", help=tr("すべてのレポート", "every report"))
    documents = parser.add_mutually_exclusive_group()
    documents.add_argument(
        "--plan",
        dest="kind",
        action="store_const",
        const="plan",
        help=tr(
            "評価書の代わりに事前分析表を発行する（既定のファイル名は KEY-plan.拡張子）",
            "publish the 事前分析表 (the plan) instead of the report (default name KEY-plan.EXT)",
        ),
    )
    documents.add_argument(
        "--gist",
        dest="kind",
        action="store_const",
        const="gist",
        help=tr(
            "評価書の要旨（1 ページ）を発行する（既定のファイル名は KEY-gist.拡張子）",
            "publish the report's one-page summary, 要旨 (default name KEY-gist.EXT)",
        ),
    )
    documents.add_argument(
        "--plan-changes",
        dest="kind",
        action="store_const",
        const="plan_changes",
        help=tr(
            "事前分析表の新旧対照表を発行する（既定のファイル名は KEY-plan-changes.拡張子）",
            "publish the plan's old/new table of changes (default name KEY-plan-changes.EXT)",
        ),
    )
    parser.set_defaults(kind="report")
    parser.add_argument(
        "--format",
        "-f",
        choices=(*FORMATS, "csv"),
        help=tr("形式（既定: -o の拡張子、なければ pdf）", "format (default: -o's suffix, or pdf)"),
    )
    parser.add_argument("-o", "--output", metavar="FILE|DIR", help=tr("出力先", "where to write"))
    parser.add_argument(
        "--force",
        action="store_true",
        help=tr(
            "既存のファイルを置き換え、エラーの指摘があっても発行する",
            "replace existing files and publish despite error-level findings",
        ),
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help=tr("様式プロファイル（既定: 府省で選ぶ）", "wording profile (default: by ministry)"),
    )
    publish_summary.add_arguments(parser)  # --summary, --year, --ministry
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from models.publish import PublishError, renderer
    from models.store.errors import StoreError

    if args.summary and args.kind != "report":
        error(
            tr(
                "publish: --{kind} と --summary は同時に指定できません",
                "publish: --{kind} or --summary, not both",
                kind=args.kind,
            )
        )
        return EXIT_USAGE
    kind = args.kind
    if args.summary:
        return publish_summary.run(args)
    if args.format == "csv":
        error(tr("publish: csv は --summary だけです", "publish: csv is for --summary only"))
        return EXIT_USAGE
    if args.all and args.keys:
        error(
            tr("publish: KEY と --all は同時に指定できません", "publish: KEYs or --all, not both")
        )
        return EXIT_USAGE
    if not args.all and not args.keys:
        error(tr("publish: KEY か --all を指定してください", "publish: give KEYs, or --all"))
        return EXIT_USAGE
    many = args.all or len(args.keys) > 1
    if args.output == "-":
        return _to_stdout(args, many)
    output = Path(args.output) if args.output else None
    if many and output is None:
        error(tr("publish: 複数のレポートには -o DIR が必要です", "publish: several need -o DIR"))
        return EXIT_USAGE
    to_file = not many and output is not None and not output.is_dir()
    fmt, problem = output_format(args.output, args.format, FORMATS, "pdf", file=to_file)
    if problem:
        error(f"publish: {problem}")
        return EXIT_USAGE
    try:
        renderer(fmt)  # an unavailable format is said before any work
        store = store_from_args(args)
        try:
            keys = store.keys() if args.all else list(dict.fromkeys(args.keys))
            targets = _targets(keys, fmt, output, many, kind)
            problem = _refusals(store, targets, args.force, kind)
            if problem:
                error(problem)
                return EXIT_DATA
            from models.services import parallel

            workers = parallel.workers(len(keys))
            if workers > 1:
                store.close()  # no connection is carried into the workers
                problem = _publish_parallel(
                    database_target(args), store.user, targets, fmt, args.profile, kind, workers
                )
            else:
                problem = _publish_here(store, targets, fmt, args.profile, kind)
        finally:
            store.close()
    except (StoreError, PublishError) as exc:
        error(str(exc))
        return EXIT_DATA
    except OSError as exc:
        error(os_error_text(exc))
        return EXIT_DATA
    if problem:
        error(problem)
        return EXIT_DATA
    where = targets[keys[0]] if not many else output
    print(
        tr("{n} 件を {where} に発行しました", "published {n} to {where}", n=len(keys), where=where),
        file=sys.stderr,
    )
    return EXIT_OK


def _targets(
    keys: list[str], fmt: str, output: Path | None, many: bool, kind: str
) -> dict[str, Path]:
    from pathlib import Path

    if not many:
        key = keys[0]
        if output is None:
            return {key: _inside(Path.cwd(), key, fmt, kind)}
        return {key: _inside(output, key, fmt, kind) if output.is_dir() else output}
    assert output is not None
    output.mkdir(parents=True, exist_ok=True)
    return {key: _inside(output, key, fmt, kind) for key in keys}


def _inside(directory: Path, key: str, fmt: str, kind: str) -> Path:
    """``directory/KEY.EXT`` (``KEY-plan.EXT`` for the plan, :func:`models.publish.file_name`),
    refusing a key that would name a path outside it."""
    from models.publish import file_name

    name = file_name(key, fmt, kind)
    target = (directory / name).resolve()
    if target.parent != directory.resolve():
        raise OSError(
            tr("キー {key} はファイル名に使えません", "key {key} cannot be a file name", key=key)
        )
    return target


def _refusals(store: Store, targets: dict[str, Path], force: bool, kind: str) -> str:
    """What stops publishing: a report without that document (the 新旧対照表 of a plan not
    fixed, the 要旨 of a monitoring year), before anything is written; without --force,
    existing files and error-level findings."""
    from models.publish import kind_of

    absent = kind_of(kind).absent
    missing = [why for r in store.iter_reports(list(targets)) if (why := absent(r)) is not None]
    if missing:
        return "\n".join(missing[:5] + (["…"] if len(missing) > 5 else []))
    if force:
        return ""
    existing = [str(p) for p in targets.values() if p.exists()]
    if existing:
        return tr(
            "既にあるファイルは --force なしでは置き換えません: {files}",
            "existing files are not replaced without --force: {files}",
            files=", ".join(existing[:5]) + (" …" if len(existing) > 5 else ""),
        )
    from models.publish import blocking_findings
    from models.rules.findings import finding_line

    lines = []
    for report in store.iter_reports(list(targets)):
        for f in blocking_findings(report, kind=kind):
            lines.append(f"  {report.key}: {f.code} {finding_line(f)}")
    if lines:
        head = tr(
            "エラーの指摘があるため発行しません（--force で発行）:",
            "not published: error-level findings (--force to publish anyway):",
        )
        return "\n".join([head, *lines[:20], *(["  …"] if len(lines) > 20 else [])])
    return ""


def _publish_one(report: Report, target: Path, fmt: str, profile: str | None, kind: str) -> None:
    from models.publish import publish

    # refusals were checked before
    publish(report, fmt, target, force=True, profile=profile, kind=kind)


def _publish_here(
    store: Store, targets: dict[str, Path], fmt: str, profile: str | None, kind: str
) -> str:
    from tui.cli.progress import progress

    with progress(tr("発行", "publishing"), len(targets)) as advance:
        for report in store.iter_reports(list(targets)):
            _publish_one(report, targets[report.key], fmt, profile, kind)
            advance()
    return ""


def _publish_parallel(
    target: str,
    user: str,
    targets: dict[str, Path],
    fmt: str,
    profile: str | None,
    kind: str,
    workers: int,
) -> str:
    """Publish in chunks over worker processes; the first problem (in key order), or ``""``."""
    from models.services import parallel
    from tui.cli.progress import progress

    keys = list(targets)
    paths = {k: str(p) for k, p in targets.items()}
    return parallel.run_chunks(
        workers,
        target,
        user,
        keys,
        tr("発行", "publishing"),
        _task,
        lambda chunk: (chunk, {k: paths[k] for k in chunk}, fmt, profile, kind),
        progress,
    )


def _task(
    keys: list[str], paths: dict[str, str], fmt: str, profile: str | None, kind: str
) -> tuple[int, str]:
    """In a worker: publish ``keys``; how many were written and the problem that stopped it."""
    from pathlib import Path

    from models.publish import PublishError
    from models.services import parallel
    from models.store.errors import StoreError

    count = 0
    try:
        for report in parallel.store().iter_reports(keys):
            _publish_one(report, Path(paths[report.key]), fmt, profile, kind)
            count += 1
    except (StoreError, PublishError) as exc:
        return count, str(exc)
    except OSError as exc:
        return count, os_error_text(exc)
    return count, ""


def _to_stdout(args: argparse.Namespace, many: bool) -> int:
    """``-o -``: one report published into a private temporary folder, then its bytes to
    stdout (what ``ssh hyoka@host publish KEY --format pdf > r.pdf`` receives)."""
    import tempfile
    from pathlib import Path

    if many:
        error(tr("publish: -o - は 1 件だけです", "publish: -o - takes one report"))
        return EXIT_USAGE
    fmt = args.format or "pdf"
    with tempfile.TemporaryDirectory(prefix="hyoka-publish-") as folder:
        target = Path(folder) / f"out.{fmt}"
        args.output, args.format = str(target), fmt
        with contextlib.redirect_stdout(sys.stderr):
            code = run(args)
        if code == EXIT_OK:
            sys.stdout.flush()
            sys.stdout.buffer.write(target.read_bytes())
            sys.stdout.flush()
        return code
