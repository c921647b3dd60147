"""A report screen shows the report's review: the status in the title, a mark (✉, visible
without colour) before the label of each field with an open comment, and the comment itself
under the field, where its messages go. A comment someone else adds appears with the live
refresh (the app polls the database every few hundred ms), with a notice naming who wrote it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from models.i18n import tr
from models.report.review import Review
from tui.notices import tell
from tui.widgets.field import COMMENT_MARK, Field, mark_focus

if TYPE_CHECKING:
    from tui.screens.base import ReportScreen


def title(key: str, review: Review) -> str:
    """The screen's subtitle: the key, and once a review has begun its status and open
    comments (a report never reviewed keeps its plain title)."""
    if review.is_empty():
        return key
    opened = len(review.open_comments())
    extra = tr("　コメント {n} 件", "  {n} open comments", n=opened) if opened else ""
    return f"{key}　［{review.status}］{extra}"


def show_review(screen: ReportScreen, review: Review, before: Review | None) -> None:
    from models.services.review_text import place_words

    screen.sub_title = title(screen.key, review)
    by_place: dict[str, str] = {}
    for comment in review.open_comments():
        first = comment.text.splitlines()[0] if comment.text else ""
        said = f"{COMMENT_MARK} {comment.who}: {first}"
        if comment.place in by_place:
            said = f"{by_place[comment.place]} / {said}"
        by_place[comment.place] = said
    for field in screen.query(Field):
        said = by_place.get(field.path, "")
        if getattr(field, "comment", "") == said:
            continue
        field.comment = said
        mark_focus(field, field.has_class("-focused"))
        notes = field.query(".field-message")
        if notes:
            note = notes.first(Static)
            if said or not field.has_class("-invalid"):
                field._say(note, said or field.hint, error=False)
    if before is None:
        return
    known = {c.id for c in before.comments}
    user = getattr(screen.hyoka, "person", None) or getattr(screen.hyoka, "user", None)
    for comment in review.comments:
        if comment.id not in known and comment.who != user:
            tell(
                screen,
                tr(
                    "{who} がコメントしました（{place}）: {text}",
                    "{who} commented on {place}: {text}",
                    who=comment.who,
                    place=place_words(comment.place),
                    text=comment.text,
                ),
                timeout=10,
            )
