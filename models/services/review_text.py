"""A report's review in words: for ``hyoka review`` (text or JSON) and the TUI's comments.

A comment's place is shown in the form's words (models/report/places.py), its path beside it
in JSON; ``report`` is the whole report. Text a person typed is made safe for a terminal.
"""

from __future__ import annotations

import json

from models.i18n import tr
from models.report.places import place_label
from models.report.review import Comment, Review
from models.services.history_text import safe


def place_words(place: str) -> str:
    """A comment's place in the form's words (``report``: the whole report)."""
    return place_label(place)


def comment_lines(comment: Comment) -> list[str]:
    """One comment as lines: its head, its text, each answer indented, how it was closed."""
    head = f"#{comment.id}  {safe(comment.who)}  {safe(comment.at)}  {place_words(comment.place)}"
    lines = [head, *("    " + safe(line) for line in comment.text.splitlines() or [""])]
    for reply in comment.replies:
        lines.append(f"    ↳ {safe(reply.who)}  {safe(reply.at)}")
        lines += ["      " + safe(line) for line in reply.text.splitlines() or [""]]
    if not comment.open:
        lines.append(
            "    "
            + tr(
                "解決: {who}（{at}）",
                "resolved by {who} ({at})",
                who=safe(comment.resolved_by),
                at=safe(comment.resolved_at),
            )
        )
    return lines


def review_text(key: str, review: Review, *, everything: bool) -> str:
    shown = review.comments if everything else review.open_comments()
    out = [tr("{key}: 確認状況 {s}", "{key}: review status {s}", key=key, s=review.status)]
    if not shown:
        out.append(
            tr("コメントはありません", "no comments")
            if everything
            else tr("未解決のコメントはありません", "no open comments")
        )
    for comment in shown:
        out += comment_lines(comment)
    return "\n".join(out) + "\n"


def review_json(key: str, review: Review, *, everything: bool) -> str:
    shown = review.comments if everything else review.open_comments()
    document = {
        "key": key,
        "status": review.status,
        "comments": [
            {
                "id": c.id,
                "place": c.place,
                "place_words": place_words(c.place),
                "who": c.who,
                "at": c.at,
                "text": c.text,
                "replies": [{"who": r.who, "at": r.at, "text": r.text} for r in c.replies],
                "resolved_by": c.resolved_by,
                "resolved_at": c.resolved_at,
            }
            for c in shown
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
