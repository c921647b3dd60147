"""``hyoka export [KEY…] [--all] [-o FILE|DIR]``: write canonical snapshots.

One report goes to stdout, or to ``-o FILE``; several (or ``--all``) go to ``-o DIR`` as
``KEY.toml`` each, with a progress bar on a terminal. Several reports are read in batches
(``Store.iter_reports``); from ``parallel.PARALLEL_FROM`` reports on, chunks of keys are
exported by one worker process per core, each with its own connection. Every file is written
atomically and depends only on its report, so the result is the same whichever worker finishes
first.
"""

from __future__ import annotations

import argparse
import sys

from models.i18n import tr
from tui.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_USAGE,
    database_target,
    error,
    store_from_args,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (hyoka --help)
if TYPE_CHECKING:
    from pathlib import Path

    from models.store.store import Store
    from tui.cli.progress import Advance


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "export",
        help=tr("スナップショット（TOML）を書き出す", "export snapshots (TOML)"),
        description=tr(
            "1 件は標準出力か -o FILE へ、"
            "複数または --all は -o DIR へ KEY.toml として書き出します。",
            "One report to stdout or -o FILE; several or --all to -o DIR as KEY.toml each.",
        ),
    )
    parser.add_argument("keys", nargs="*", metavar="KEY")
    parser.add_argument("--all", action="store_true", help=tr("すべてのレポート", "every report"))
    parser.add_argument("-o", "--output", metavar="FILE|DIR", help=tr("出力先", "where to write"))
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from models.services import parallel
    from models.snapshot.codec import dumps_snapshot
    from models.snapshot.review_codec import dumps_review
    from models.store.errors import StoreError
    from tui.cli.progress import progress

    if args.all and args.keys:
        error(
            tr(
                "export: KEY と --all は同時に指定できません",
                "export: give KEYs or --all, not both",
            )
        )
        return EXIT_USAGE
    if not args.all and not args.keys:
        error(
            tr("export: KEY か --all を指定してください", "export: give one or more KEYs, or --all")
        )
        return EXIT_USAGE
    output = Path(args.output) if args.output else None
    many = args.all or len(args.keys) > 1
    if many and output is None:
        error(
            tr(
                "export: 複数のレポートには -o DIR が必要です",
                "export: several reports need -o DIR",
            )
        )
        return EXIT_USAGE
    try:
        store = store_from_args(args)
        try:
            keys = store.keys() if args.all else list(dict.fromkeys(args.keys))
            if not many:
                text = dumps_snapshot(store.load_report(keys[0])) + dumps_review(
                    store.review(keys[0])
                )
                if output is None or str(output) == "-":
                    sys.stdout.write(text)
                else:
                    from models.services.snapshot_files import file_in, write_atomically

                    write_atomically(file_in(output, keys[0]) if output.is_dir() else output, text)
                return EXIT_OK
            assert output is not None
            output.mkdir(parents=True, exist_ok=True)
            workers = parallel.workers(len(keys))
            if workers > 1:
                store.close()  # no connection is carried into the workers
                problem = _export_parallel(database_target(args), store.user, keys, output, workers)
                if problem:
                    error(problem)
                    return EXIT_DATA
            else:
                with progress(tr("書き出し", "exporting"), len(keys)) as advance:
                    _export_chunk(store, keys, output, advance)
        finally:
            store.close()
    except StoreError as exc:
        error(str(exc))
        return EXIT_DATA
    except OSError as exc:
        error(_cannot_write(exc))
        return EXIT_DATA
    print(
        tr(
            "{n} 件を {dir} に書き出しました",
            "exported {n} reports to {dir}",
            n=len(keys),
            dir=output,
        ),
        file=sys.stderr,
    )
    return EXIT_OK


def _cannot_write(exc: OSError) -> str:
    from models.i18n import os_error_text

    return os_error_text(exc)


def _export_chunk(store: Store, keys: list[str], output: Path, advance: Advance) -> None:
    from models.services.snapshot_files import file_in, write_atomically
    from models.snapshot.codec import dumps_snapshot
    from models.snapshot.review_codec import dumps_review

    reviews = store.reviews(keys)
    for report in store.iter_reports(keys):
        text = dumps_snapshot(report) + dumps_review(reviews.get(report.key))
        write_atomically(file_in(output, report.key), text)
        advance()


def _export_parallel(target: str, user: str, keys: list[str], output: Path, workers: int) -> str:
    """Export ``keys`` in chunks over ``workers`` processes; the first problem (in key order)
    as a message, or ``""``."""
    from models.services import parallel
    from tui.cli.progress import progress

    label = tr("書き出し", "exporting")
    return parallel.run_chunks(
        workers,
        target,
        user,
        keys,
        label,
        _export_task,
        lambda chunk: (chunk, str(output)),
        progress,
    )


def _export_task(keys: list[str], output: str) -> tuple[int, str]:
    """In a worker: export ``keys``; how many were written and the problem that stopped it."""
    from pathlib import Path

    from models.services import parallel
    from models.store.errors import StoreError

    count = 0

    def advance() -> None:
        nonlocal count
        count += 1

    try:
        _export_chunk(parallel.store(), keys, Path(output), advance)
    except StoreError as exc:
        return count, str(exc)
    except OSError as exc:
        return count, _cannot_write(exc)
    return count, ""
