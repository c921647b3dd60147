"""The change history as people read it: when (local time), who, what, where, old → new.

One implementation for ``hyoka history`` and the history screen (F7): values made safe to
print (no control characters, no bidirectional overrides), long texts shown around what
changed, places in the form's words. JSON keeps every value in full beside the label.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from models.i18n import tr

if TYPE_CHECKING:
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
    "confirm": ("確認", "confirm"),
}
# Anything that could steer a terminal: C0/C1 controls (tab and newline are handled apart)
# and the bidirectional overrides that can make text read differently from what it is.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SHORT = 40
_NO_VALUES = ("import", "create", "restore")  # a whole report arrived: nothing to compare


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


def imported_from(change: Change) -> str:
    """「soumu-r4-08.xlsx から（SHA-256 5df4766aa1d1…）」: the file a report was read from
    (an import of a ministry's form), or "" when the entry names none."""
    source = change.new
    if not isinstance(source, dict) or "sha256" not in source:
        return ""
    return tr(
        "{file} から（SHA-256 {digest}）",
        "from {file} (SHA-256 {digest})",
        file=safe(str(source.get("file", ""))),
        digest=safe(str(source["sha256"])),
    )


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
    if change.action in ("import", "replace") and (source := imported_from(change)):
        values = source
    elif change.action in _NO_VALUES:
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
