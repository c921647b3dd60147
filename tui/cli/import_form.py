"""``hyoka import FORM.xlsx|FORM.docx|FORM.pdf [--key KEY] [--profile NAME] [--replace]
[--dry-run [--format text|json]]``: a ministry's own 別紙２, read by its labels.

The key is ``--key``, else the one the form's 評価書番号 gives (「総務省R4－⑧」 →
``soumu-r4-08``); without either the command asks for ``--key`` (exit 2). A file that is not a
別紙２ is refused (exit 1) and nothing is written. ``--dry-run`` writes nothing and shows what
would be imported: the values read with doubt, the text with no place, the snapshot; in JSON
the snapshot and the provenance of every value. The work is
:mod:`models.services.form_import`.
"""

from __future__ import annotations

import argparse

from models.i18n import tr
from tui.cli.common import EXIT_DATA, EXIT_OK, error, usage

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (hyoka --help)
if TYPE_CHECKING:
    from models.services.form_import import PreparedForm

# the suffixes of models.foreign.SUFFIXES, here so that --help imports nothing heavy
FORM_SUFFIXES = (".xlsx", ".xlsm", ".docx", ".pdf")


def is_form(name: str) -> bool:
    """A ministry's form (read by labels), not a snapshot. A PDF that carries hyoka's own
    snapshot as an attachment is a snapshot (models.publish.attachment); one that cannot be
    read at all is left to the form reader, which says why."""
    if not name.lower().endswith(FORM_SUFFIXES):
        return False
    if not name.lower().endswith(".pdf"):
        return True
    from models.publish.attachment import attached_snapshot

    try:
        return attached_snapshot(name) is None
    except (OSError, ValueError):
        return True


def add_form_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--key",
        metavar="KEY",
        help=tr(
            "様式から取り込むレポートのキー（既定: 評価書番号から）",
            "key of the report read from a form (default: from its document number)",
        ),
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help=tr(
            "様式の見出しをこのプロファイルの文言だけで読む（既定: すべてのプロファイル）",
            "read a form's labels in this wording profile only (default: every profile)",
        ),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=tr(
            "様式から取り込む内容を表示するだけで、書き込まない",
            "show what a form would import; write nothing",
        ),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=tr("--dry-run の出力形式（既定: text）", "output of --dry-run (default: text)"),
    )


def run_forms(args: argparse.Namespace, forms: list[str], others: list[str]) -> int:
    from models.printed.profiles import ProfileError
    from models.services.form_import import KeyNeeded, NotAForm, prepare

    if others:
        return usage(
            "import",
            tr(
                "スナップショットと様式は別々に取り込んでください",
                "import snapshots and forms separately",
            ),
        )
    if args.key and len(forms) > 1:
        return usage("--key", tr("--key は様式が一つのときだけ", "--key takes one form only"))
    if args.format != "text" and not args.dry_run:
        return usage(
            "--format", tr("--format は --dry-run と使います", "--format goes with --dry-run")
        )
    failed = False
    for name in forms:
        try:
            prepared = prepare(name, key=args.key, profile=args.profile, need_key=not args.dry_run)
        except NotAForm as exc:
            error(f"{name}: {exc}")
            failed = True
            continue
        except KeyNeeded as exc:
            return usage("import", str(exc))
        except ProfileError as exc:
            return usage("--profile", str(exc))
        except ValueError as exc:
            return usage("import", str(exc))
        if args.dry_run:
            _show(prepared, args.format)
        elif not _store(args, prepared):
            failed = True
    return EXIT_DATA if failed else EXIT_OK


def _store(args: argparse.Namespace, prepared: PreparedForm) -> bool:
    from models.services.form_import import store_form
    from tui.cli.common import Refused, on_store

    try:
        on_store(args, lambda store: store_form(store, prepared, replace=args.replace), create=True)
    except Refused as exc:
        error(f"{prepared.file}: {exc}")
        return False
    doubts = len(prepared.form.doubtful)
    print(
        tr(
            "取り込みました: {key}（{file}、SHA-256 {digest}）: 値 {n} 件、確認が必要 {d} 件{hint}",
            "imported {key} ({file}, SHA-256 {digest}): {n} values, {d} to confirm{hint}",
            key=prepared.key,
            file=prepared.file.name,
            digest=prepared.sha256[:12],
            n=sum(1 for p in prepared.form.provenance if not p.unplaced),
            d=doubts,
            hint=tr("（hyoka check {k}）", " (hyoka check {k})", k=prepared.key) if doubts else "",
        )
    )
    return True


def _show(prepared: PreparedForm, form: str) -> None:
    import json

    from models.report.places import place_label
    from models.services.form_import import dry_run
    from models.services.history_text import safe

    plan = dry_run(prepared)
    if form == "json":
        print(json.dumps(plan, ensure_ascii=False, indent=2, default=str))
        return
    print(
        tr(
            "取り込み予定: {key} ← {file}（SHA-256 {digest}）",
            "would import {key} from {file} (SHA-256 {digest})",
            key=plan["key"] or tr("（キー未定: --key）", "(no key yet: --key)"),
            file=prepared.file.name,
            digest=prepared.sha256[:12],
        )
    )
    print(
        tr(
            "  値 {n} 件（確認が必要 {d} 件）、置き場所のない記載 {u} 件",
            "  {n} values ({d} to confirm), {u} pieces of text with no place",
            n=plan["values"],
            d=plan["doubtful"],
            u=len(plan["unplaced"]),
        )
    )
    for record in prepared.form.provenance:
        if record.unplaced:
            print(f"  ? {safe(record.source)}: 「{safe(str(record.value))}」")
        elif not record.sure:
            where = safe(place_label(record.path))
            value = safe(json.dumps(record.value, ensure_ascii=False))
            print(f"  ? {record.path}（{where}）= {value}  ← {safe(record.source)}: ")
            print(f"      {safe(record.reason)}")
    if plan["snapshot_toml"]:
        print()
        print(safe(plan["snapshot_toml"]).rstrip("\n"))
