"""The bureau's tables (schema version 7): the people a shared server knows by their SSH keys,
and each report's review (its status, the comments on its places and their answers).

The review rows hang off ``report.id`` (ON DELETE CASCADE), outside the report's own tables,
like the provenance: rewriting a report's content (every edit) leaves them alone. Only
models/store/people_rows.py and models/store/review_rows.py read and write them.
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlmodel import Field, SQLModel

from models.store.columns import long_text, report_fk


class PersonRow(SQLModel, table=True):
    """One person: a name, a role and the fingerprint of the one key that is theirs."""

    __tablename__ = "person"
    name: str = Field(primary_key=True, max_length=40)
    role: str = Field(max_length=20)
    key_type: str = Field(max_length=60)
    key_blob: str = long_text()
    fingerprint: str = Field(max_length=100, unique=True)
    added_at: str = Field(default="", max_length=40)


class ReviewStatusRow(SQLModel, table=True):
    """A report's review status; no row means 作成中."""

    __tablename__ = "review_status"
    report_id: int = report_fk()
    status: str = Field(max_length=20)


class ReviewCommentRow(SQLModel, table=True):
    """A comment on one place of a report, numbered within the report."""

    __tablename__ = "review_comment"
    report_id: int = report_fk()
    id: int = Field(primary_key=True)
    place: str = Field(max_length=400)
    who: str = Field(max_length=200)
    at: str = Field(max_length=40)
    text: str = long_text()
    resolved_by: str = Field(default="", max_length=200)
    resolved_at: str = Field(default="", max_length=40)


class ReviewReplyRow(SQLModel, table=True):
    """An answer to a comment, in the order given."""

    __tablename__ = "review_reply"
    report_id: int = report_fk()
    comment_id: int = Field(primary_key=True)
    position: int = Field(primary_key=True)
    who: str = Field(max_length=200)
    at: str = Field(max_length=40)
    text: str = long_text()


PERSON = PersonRow.__table__  # type: ignore[attr-defined]
STATUS = ReviewStatusRow.__table__  # type: ignore[attr-defined]
COMMENT = ReviewCommentRow.__table__  # type: ignore[attr-defined]
REPLY = ReviewReplyRow.__table__  # type: ignore[attr-defined]
TABLES = (PERSON, STATUS, COMMENT, REPLY)


def create(conn: Connection) -> None:
    """The tables, for a database made before version 7."""
    for table in TABLES:
        table.create(conn)
