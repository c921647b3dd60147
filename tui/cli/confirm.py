"""``hyoka confirm KEY PATH… | --all``: a person has checked values imported with doubt.

A report imported from a ministry's own form (``hyoka import FORM.xlsx``) keeps, for each
value read with doubt and each piece of text with no place, a finding of ``hyoka check`` (M001,
M002) until it is confirmed here or the field is edited. The paths are those ``hyoka check``
prints (``indicator[1].baseline.value``, ``unplaced[0]``). Each confirmation is a history entry.
"""

from __future__ import annotations

import argparse

from models.i18n import tr
from tui.cli.common import EXIT_OK, on_store, usage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from models.store.store import Store


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "confirm",
        help=tr(
            "取り込み時に推測した値を確認済みにする",
            "mark values imported with doubt as checked",
        ),
        description=tr(
            "府省の様式から取り込んだレポートの、推測で読んだ値や置き場所のない記載"
            "（hyoka check の M001・M002）を確認済みにします。",
            "Mark values of a report imported from a ministry's form that were read with doubt, "
            "or text with no place (hyoka check's M001, M002), as checked.",
        ),
    )
    parser.add_argument("key", metavar="KEY")
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument(
        "--all",
        action="store_true",
        help=tr("確認が必要なものすべて", "everything still to be confirmed"),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.paths and not args.all:
        return usage("confirm", tr("PATH か --all を指定してください", "give a PATH or --all"))

    def job(store: Store) -> list[str]:
        from models.rules.imported import check_imported

        paths = list(args.paths)
        if args.all:
            report = store.load_report(args.key)
            records = store.provenance([args.key], open_only=True)[args.key]
            paths += [f.place for f in check_imported(report, records) if f.place not in paths]
        return [store.confirm(args.key, path).path for path in paths]

    for path in on_store(args, job):
        print(tr("確認済み: {key} {path}", "confirmed: {key} {path}", key=args.key, path=path))
    return EXIT_OK
