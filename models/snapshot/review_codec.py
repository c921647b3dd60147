"""The ``[review]`` of a snapshot: a report's review status and its comments, so that a review
can travel by git as the report does (docs/snapshot.md, "[review]").

Written after the report's own sections, and only when there is something to say (a status
other than 作成中, or a comment): a report never reviewed exports as before, byte for byte.
Read from the same parsed document as the report (:func:`loads_with_review`); a snapshot
without ``[review]`` gives None, and importing it leaves the stored review as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from models.i18n import tr
from models.report.model import Report
from models.report.review import STATUSES, Comment, Reply, Review
from models.snapshot.codec import Issue, SnapshotError, parse_document, report_from_document
from models.snapshot.kinds import CONTROL_CHARS
from models.snapshot.toml_text import string

_COMMENT_KEYS = ("id", "place", "who", "at", "text", "resolved_by", "resolved_at", "replies")
_REPLY_KEYS = ("who", "at", "text")


# ---------------------------------------------------------------- writing
def dumps_review(review: Review | None) -> str:
    """The ``[review]`` text to append to a report's snapshot ("" when there is nothing)."""
    if review is None or review.is_empty():
        return ""
    out = ["\n[review]\n", f"status = {string(review.status)}\n"]
    for comment in review.comments:
        out.append("\n[[review.comments]]\n")
        out.append(f"id = {comment.id}\n")
        for name in ("place", "who", "at", "text", "resolved_by", "resolved_at"):
            value = getattr(comment, name)
            if value:
                out.append(f"{name} = {string(value)}\n")
        for reply in comment.replies:
            out.append("\n[[review.comments.replies]]\n")
            for name in _REPLY_KEYS:
                value = getattr(reply, name)
                if value:
                    out.append(f"{name} = {string(value)}\n")
    return "".join(out)


# ---------------------------------------------------------------- reading
def loads_with_review(data: bytes | str, source: str = "") -> tuple[Report, Review | None]:
    """A snapshot's report and its review (None without ``[review]``); SnapshotError lists
    every problem of both."""
    document = parse_document(data, source)
    issues: list[Issue] = []
    review = review_from_document(document.get("review"), issues)
    try:
        report = report_from_document(document, source)
    except SnapshotError as exc:
        raise SnapshotError(source, exc.issues + issues) from None
    if issues:
        raise SnapshotError(source, issues)
    return report, review


def read_with_review(path: str | Path) -> tuple[Report, Review | None]:
    from models.snapshot.codec import read_bytes

    return loads_with_review(read_bytes(path), str(path))


def _unknown(
    table: dict[str, Any], known: tuple[str, ...], where: str, issues: list[Issue]
) -> None:
    for name in table:
        if name not in known:
            issues.append(Issue(f"{where}.{name}", tr("未知のキーです", "unknown key")))


def _text(table: dict[str, Any], name: str, where: str, issues: list[Issue]) -> str:
    value = table.get(name, "")
    if not isinstance(value, str):
        issues.append(Issue(f"{where}.{name}", tr("文字列が必要です", "expected a string")))
        return ""
    if CONTROL_CHARS.search(value):
        issues.append(
            Issue(f"{where}.{name}", tr("制御文字は使えません", "control characters not allowed"))
        )
        return ""
    return value


def review_from_document(value: Any, issues: list[Issue]) -> Review | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        issues.append(Issue("review", tr("表が必要です", "expected a table")))
        return None
    _unknown(value, ("status", "comments"), "review", issues)
    status = value.get("status", STATUSES[0])
    if status not in STATUSES:
        issues.append(
            Issue(
                "review.status",
                tr("{all} のいずれか", "one of {all}", all="、".join(STATUSES)),
            )
        )
    comments: list[Comment] = []
    seen: set[int] = set()
    raw = value.get("comments", [])
    if not isinstance(raw, list):
        issues.append(Issue("review.comments", tr("表の配列が必要です", "expected tables")))
        raw = []
    for i, item in enumerate(raw):
        where = f"review.comments[{i}]"
        if not isinstance(item, dict):
            issues.append(Issue(where, tr("表が必要です", "expected a table")))
            continue
        _unknown(item, _COMMENT_KEYS, where, issues)
        number = item.get("id")
        if type(number) is not int or number < 1 or number in seen:
            issues.append(
                Issue(
                    f"{where}.id",
                    tr("1 以上の重複しない整数が必要です", "expected a unique integer from 1"),
                )
            )
            continue
        seen.add(number)
        replies = []
        raw_replies = item.get("replies", [])
        if not isinstance(raw_replies, list):
            issues.append(Issue(f"{where}.replies", tr("表の配列が必要です", "expected tables")))
            raw_replies = []
        for j, reply in enumerate(raw_replies):
            at = f"{where}.replies[{j}]"
            if not isinstance(reply, dict):
                issues.append(Issue(at, tr("表が必要です", "expected a table")))
                continue
            _unknown(reply, _REPLY_KEYS, at, issues)
            replies.append(Reply(*(_text(reply, name, at, issues) for name in _REPLY_KEYS)))
        place, who, stamp, text, resolved_by, resolved_at = (
            _text(item, name, where, issues) for name in _COMMENT_KEYS[1:7]
        )
        if not place:
            issues.append(Issue(f"{where}.place", tr("必須です", "required")))
        comments.append(Comment(number, place, who, stamp, text, replies, resolved_by, resolved_at))
    return Review(status if status in STATUSES else STATUSES[0], comments)
