"""``hyoka import FILE|DIR… [--replace]``: read snapshots into the database.

A folder stands for every ``*.toml`` in it, sorted. A ``.pdf`` file hyoka published is a
snapshot: the one it carries is imported (``models.publish.attachment``). Every file is
validated before anything is written; each file is imported all or nothing. Files that fail are
reported with their problems; the others are imported. The work is
``models.services.snapshot_files``, which the TUI's import uses too.

A ministry's own form (``FORM.xlsx``, ``.docx``, or a ``.pdf`` that carries no snapshot) is read
by its labels instead: :mod:`tui.cli.import_form` (``--key``, ``--profile``, ``--dry-run``,
``--format``).
"""

from __future__ import annotations

import argparse

from models.i18n import tr
from tui.cli.common import EXIT_DATA, EXIT_OK, error, store_from_args

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (hyoka --help)
if TYPE_CHECKING:
    from models.report.review import Review


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "import",
        help=tr(
            "スナップショット（TOML）や府省の様式（xlsx・docx・pdf）を取り込む",
            "import snapshots (TOML) or ministries' own forms (xlsx, docx, pdf)",
        ),
        description=tr(
            "hyoka/1 スナップショットを取り込みます。フォルダはその中の *.toml すべて"
            "（名前順）です。hyoka が発行した PDF は、添付されたスナップショットを取り込みます。"
            "既存のキーは --replace のときだけ置き換えます。"
            "FORM.xlsx・FORM.docx・FORM.pdf（スナップショットのない PDF）は府省の別紙２の様式として"
            "見出しで読み、値ごとに読み取り元を記録します（推測した値は hyoka check が指摘）。",
            "Import hyoka/1 snapshots. A folder means every *.toml in it (sorted by name); a "
            "PDF hyoka published gives the snapshot attached to it. An existing key is "
            "replaced only with --replace. FORM.xlsx, FORM.docx and FORM.pdf (a PDF without "
            "a snapshot) are read as a ministry's 別紙２ by its labels, with where each value "
            "came from (hyoka check points at the values read with doubt).",
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE|DIR")
    parser.add_argument(
        "--replace",
        action="store_true",
        help=tr("同じキーのレポートを置き換える", "overwrite reports with the same key"),
    )
    from tui.cli.import_form import add_form_options

    add_form_options(parser)
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tui.cli.import_form import is_form, run_forms

    forms = [f for f in args.files if is_form(f)]
    if forms:
        return run_forms(args, forms, [f for f in args.files if not is_form(f)])
    return run_snapshots(args)


def run_snapshots(args: argparse.Namespace) -> int:
    from models.services.snapshot_files import import_snapshots, read_snapshots, snapshot_files
    from tui.cli.progress import progress

    if args.files == ["-"]:
        return _import_stdin(args)
    files, problems = snapshot_files(args.files)
    reviews: dict[str, Review] = {}
    pdfs = [f for f in files if f.lower().endswith(".pdf")]
    files = [f for f in files if not f.lower().endswith(".pdf")]
    with progress(tr("検証", "checking"), len(files)) as advance:
        read, refused = read_snapshots(files, advance, reviews)
    problems += refused
    if pdfs:  # a report hyoka published carries its snapshot
        from models.publish.attachment import read_pdf_snapshots

        found, refused = read_pdf_snapshots(pdfs)
        read += found
        problems += refused
    for result in problems:
        error(str(result.problem))
    failed = len(problems)
    if read:
        from models.store.errors import StoreError  # only now: refusing a file needs no database

        try:
            store = store_from_args(args, create=True, write=True)
            try:
                with progress(tr("取り込み", "importing"), len(read)) as advance:
                    results = import_snapshots(
                        store, read, replace=args.replace, advance=advance, reviews=reviews
                    )
            finally:
                store.close()
        except StoreError as exc:
            error(str(exc))
            return EXIT_DATA
        for result in results:
            if result.problem is None:
                print(
                    tr(
                        "取り込みました: {key}（{file}）",
                        "imported {key} ({file})",
                        key=result.key,
                        file=result.file,
                    )
                )
            else:
                error(result.problem)
                failed += 1
    return EXIT_DATA if failed else EXIT_OK


def _import_stdin(args: argparse.Namespace) -> int:
    """``import -``: one snapshot read from stdin (what ``ssh hyoka@host import - < r.toml``
    sends), imported as a file would be."""
    import sys

    from models.snapshot.codec import MAX_BYTES, SnapshotError
    from models.snapshot.review_codec import loads_with_review
    from models.store.errors import StoreError

    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    try:
        report, review = loads_with_review(data, source="-")
    except SnapshotError as exc:
        error(str(exc))
        return EXIT_DATA
    try:
        store = store_from_args(args, create=True, write=True)
        try:
            ((_, problem),) = store.import_reports(
                [report],
                replace=args.replace,
                reviews={report.key: review} if review is not None else None,
            )
            if problem is not None:
                raise problem
        finally:
            store.close()
    except StoreError as exc:
        error(str(exc))
        return EXIT_DATA
    print(tr("取り込みました: {key}（標準入力）", "imported {key} (stdin)", key=report.key))
    return EXIT_OK
