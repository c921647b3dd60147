"""``hyoka history KEY [--format text|json]``: the change history of one report.

Text (the default) shows one line per change: when (local time), who, what, where,
old → new, with long values shortened; JSON gives every value in full. A report that
was deleted still has a history; a key that never had any is an error (exit 1).

The helpers here (``when``, ``action_label``, ``show_value``) are shared with the
history screen; they import nothing heavy.
"""

from __future__ import annotations

import argparse
import re
import sys

from models.i18n import tr
from tui.cli.common import EXIT_DATA, EXIT_OK, error, store_from_args

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (hyoka --help)
if TYPE_CHECKING:
    from typing import Any

    from models.report.history import Change

ACTIONS: dict[str, tuple[str, str]] = {
    "create": ("作成", "create"),
    "import": ("取り込み", "import"),
    "restore": ("復元", "restore"),
    "replace": ("置き換え", "replace"),
    "delete": ("削除", "delete"),
    "set": ("変更", "set"),
    "add": ("追加", "add"),
    "remove": ("行の削除", "remove"),
    "move": ("移動", "move"),
    "rollover": ("繰越し", "roll-over"),
}
# Anything that could steer a terminal: C0/C1 controls (tab and newline are handled apart)
# and the bidirectional overrides that can make text read differently from what it is.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SHORT = 40
_NO_VALUES = ("import", "create", "restore")  # a whole report arrived: nothing to compare


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "history",
        help=tr("レポートの変更履歴", "the change history of a report"),
        description=tr(
            "レポートの変更履歴（日時・利用者・操作・場所・変更前 → 変更後）。"
            "text では長い値を省略し、json ではすべてを出力します。",
            "The change history of a report (when, who, action, place, old → new). "
            "Text shortens long values; JSON gives them in full.",
        ),
    )
    parser.add_argument("key", metavar="KEY")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=tr("出力形式（既定: text）", "output format (default: text)"),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from models.store.store import StoreError

    try:
        store = store_from_args(args)
        try:
            changes = store.history(args.key)
            exists = store.exists(args.key)
        finally:
            store.close()
    except StoreError as exc:
        error(str(exc))
        return EXIT_DATA
    if not changes and not exists:
        error(
            tr(
                "レポートも変更履歴もありません: {key}",
                "no report and no history for {key}",
                key=safe(args.key),
            )
        )
        return EXIT_DATA
    if args.format == "json":
        sys.stdout.write(to_json(changes) + "\n")
        return EXIT_OK
    if not changes:
        print(tr("{key}: 変更履歴はありません", "{key}: no changes recorded", key=args.key))
    for change in changes:
        print("  ".join(text_row(change)).rstrip())
    return EXIT_OK


# ---------------------------------------------------------------- shared helpers
def when(change: Change) -> str:
    """The time of a change in local time, to the second (stored as UTC ISO text)."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(change.at)
    except ValueError:
        return safe(change.at)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def action_label(action: str) -> str:
    pair = ACTIONS.get(action)
    return tr(*pair) if pair else safe(action)


def safe(text: str) -> str:
    """``text`` with anything that could control a terminal written as an escape."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def show_value(action: str, value: Any, limit: int | None = SHORT) -> str:
    """A recorded value as one safe line: empties named, snapshots summarised, long text cut."""
    if value is None or value == "":
        return tr("（空）", "(empty)")
    if action in ("replace", "delete") and isinstance(value, str):
        lines = value.count("\n") + 1
        return tr("スナップショット（{n} 行）", "snapshot ({n} lines)", n=lines)
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = value
    elif isinstance(value, int | float):
        text = repr(value)
    else:
        import json

        text = json.dumps(value, ensure_ascii=False)
    text = safe(text.replace("\r\n", "\n").replace("\n", "↵").replace("\t", " "))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def rolled_over_from(change: Change) -> str:
    """「KEY から繰越し」: the first row of a rolled-over report's history."""
    return tr("{key} から繰越し", "rolled over from {key}", key=safe(str(change.new)))


def old_and_new(change: Change, limit: int = SHORT) -> tuple[str, str]:
    """The old and new values as two safe lines of at most ``limit`` characters; two long
    texts are shown around what changed (models/text/diff.py), not as two equal prefixes."""
    old, new = change.old, change.new
    if change.action == "set" and isinstance(old, str) and isinstance(new, str):
        from models.text.diff import excerpt_pair

        old, new = excerpt_pair(old, new, limit)
    return show_value(change.action, old, limit), show_value(change.action, new, limit)


def place(change: Change) -> str:
    """Where the change was made, in the form's words (``budget[2019].initial`` →
    「令和元年度 当初予算（a）」)."""
    from models.report.places import place_label

    return safe(place_label(change.path))


def text_row(change: Change) -> tuple[str, str, str, str, str]:
    """(when, who, action, place, "old → new") for one change, each safe to print."""
    if change.action in _NO_VALUES:
        values = ""
    elif change.action == "rollover":
        values = rolled_over_from(change)
    elif change.action == "move":
        values = f"{change.old} → {change.new}"
    else:
        values = " → ".join(old_and_new(change))
    who = safe(change.user) or tr("（不明）", "(unknown)")
    return when(change), who, action_label(change.action), place(change), values


def to_json(changes: list[Change]) -> str:
    import json

    from models.report.places import place_label

    rows = [
        {
            "id": c.id,
            "at": c.at,
            "local_time": when(c),
            "user": c.user,
            "report": c.report_key,
            "action": c.action,
            "path": c.path,
            "label": place_label(c.path),
            "old": c.old,
            "new": c.new,
        }
        for c in changes
    ]
    text = json.dumps(rows, ensure_ascii=False, indent=2)
    # json escapes C0 controls itself; C1 controls and bidi overrides are escaped here too.
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
