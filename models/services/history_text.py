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
    "comment": ("コメント", "comment"),
    "reply": ("回答", "answer"),
    "resolve": ("解決", "resolve"),
    "status": ("確認状況", "review status"),
    "note": ("確認状況の注記", "review note"),
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
    return cut(text, limit)


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


def old_and_new(change: Change, limit: int = SHORT, context: int = 8) -> tuple[str, str]:
    """The old and new values as two safe lines of at most ``limit`` characters, in the form's
    words (models/services/history_words.py); two long texts are shown around what changed
    (models/text/diff.py) with ``context`` characters on each side, not as two equal prefixes.
    A row added or removed, or the plan
    fixed, is one sentence, on the new side."""
    from models.services import history_words as words

    old, new = change.old, change.new
    if change.action in ("add", "remove"):
        return "", cut(words.row_sentence(change), limit)
    if change.action in ("set", "replace") and change.path == "plan":
        return "", cut(words.plan_sentence(change), limit)
    if change.action in ("set", "replace") and change.path:
        if _texts(old) and _texts(new):  # a list of texts: as one text, around what changed
            old, new = (tr("／", " / ").join(v) for v in (old, new))
        if isinstance(old, str) and isinstance(new, str) and words.is_text(change.path):
            from models.text.diff import excerpt_pair

            old, new = excerpt_pair(old, new, limit, context)
            return show_value("set", old, limit), show_value("set", new, limit)
        shown = words.set_sides(change)
        return cut(shown[0], limit), cut(shown[1], limit)
    if change.action == "replace" and change.new is None:  # recorded before both sides were
        return show_value("replace", old, limit), cut(
            tr("（置き換え後は記録されていません）", "(the replacement was not recorded)"),
            limit,
        )
    return show_value(change.action, old, limit), show_value(change.action, new, limit)


def one_sentence(change: Change) -> bool:
    """Whether :func:`old_and_new` says ``change`` in one sentence (on its new side): a row
    added or removed, the plan fixed, a row edited in place (the fields it changed)."""
    if change.action in ("add", "remove"):
        return True
    if change.action in ("set", "replace") and change.path:
        return change.path == "plan" or (
            isinstance(change.old, dict) and isinstance(change.new, dict)
        )
    return False


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def cut(text: str, limit: int | None) -> str:
    """``text`` on one safe line of at most ``limit`` characters (``…`` where it was cut)."""
    text = safe(text.replace("\r\n", "\n").replace("\n", "↵").replace("\t", " "))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def expand(change: Change) -> list[Change]:
    """``change`` as the rows people read: a report replaced (``import --replace``) becomes
    one row per field it changed, as an edit shows it (a ``set``, ``add`` or ``remove`` of that
    place, shown under the replacement's own action); anything else stays one row."""
    if change.action != "replace":
        return [change]
    from models.services.history_words import replaced_fields

    return replaced_fields(change) or [change]


def place(change: Change) -> str:
    """Where the change was made, in the form's words (``budget[2019].initial`` →
    「令和元年度 当初予算（a）」)."""
    from models.report.places import place_label

    return safe(place_label(change.path))


def text_row(change: Change, action: str = "") -> tuple[str, str, str, str, str]:
    """(when, who, action, place, "old → new") for one change, each safe to print;
    ``action``: the action to name instead of the change's own."""
    if change.action == "import" and (source := imported_from(change)):
        values = source
    elif change.action in _NO_VALUES:
        values = ""
    elif change.action == "rollover":
        values = rolled_over_from(change)
    elif change.action == "move":
        values = f"{change.old} → {change.new}"
    else:
        old, new = old_and_new(change)
        values = new if one_sentence(change) else f"{old} → {new}"
    who = safe(change.user) or tr("（不明）", "(unknown)")
    return when(change), who, action_label(action or change.action), place(change), values


def text_rows(change: Change) -> list[tuple[str, str, str, str, str]]:
    """The rows of :func:`text_row` for one change (several for a report replaced)."""
    return [text_row(one, change.action) for one in expand(change)]


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
