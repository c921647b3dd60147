"""The review of a report between the 原課 and the 評価担当課: its status and the comments
on its places (a path as in the history, or ``report`` for the whole), with their answers.

The values here are plain; the store keeps them (models/store/review_rows.py), the snapshot
carries them as ``[review]`` (models/snapshot/review_codec.py), roles decide who may change
what (models/bureau/roles.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.report.review_status import (  # noqa: F401 - the statuses, named here too
    ACCEPTED,
    ASKED,
    DRAFT,
    PUBLISHED,
    RETURNED,
    SETTLED,
    STATUSES,
)

WHOLE = "report"


@dataclass
class Reply:
    who: str
    at: str
    text: str


@dataclass
class Comment:
    id: int
    place: str
    who: str
    at: str
    text: str
    replies: list[Reply] = field(default_factory=list)
    resolved_by: str = ""
    resolved_at: str = ""

    @property
    def open(self) -> bool:
        return not self.resolved_at


@dataclass
class Review:
    status: str = DRAFT
    comments: list[Comment] = field(default_factory=list)

    def is_empty(self) -> bool:
        return self.status == DRAFT and not self.comments

    def open_comments(self) -> list[Comment]:
        return [c for c in self.comments if c.open]
