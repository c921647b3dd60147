"""A report's review in its tables (models/store/bureau_tables.py), inside the store's
transactions: read it whole, replace it whole (an import), or change one thing."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, delete, func, insert, select, update

from models.report.review import DRAFT, SETTLED, Comment, Reply, Review
from models.store import tables as t
from models.store.bureau_tables import COMMENT, REPLY, STATUS


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def status(conn: Connection, report_id: int) -> str:
    found = conn.scalar(select(STATUS.c.status).where(STATUS.c.report_id == report_id))
    return found or DRAFT


def refuse_settled(conn: Connection, report_id: int, key: str) -> None:
    """Settled when the report is 確認済 or 公表済 (an edit must move it back first)."""
    found = status(conn, report_id)
    if found in SETTLED:
        from models.store.bureau_errors import Settled

        raise Settled(key, found)


def statuses(conn: Connection) -> dict[str, str]:
    """Every report's status by key (作成中 for those without a row)."""
    query = select(t.REPORT.c.key, STATUS.c.status).select_from(
        t.REPORT.outerjoin(STATUS, STATUS.c.report_id == t.REPORT.c.id)
    )
    return {key: value or DRAFT for key, value in conn.execute(query)}


def load(conn: Connection, report_id: int) -> Review:
    replies: dict[int, list[Reply]] = {}
    for row in conn.execute(
        select(REPLY).where(REPLY.c.report_id == report_id).order_by(REPLY.c.position)
    ):
        replies.setdefault(row.comment_id, []).append(Reply(row.who, row.at, row.text))
    comments = [
        Comment(
            row.id,
            row.place,
            row.who,
            row.at,
            row.text,
            replies.get(row.id, []),
            row.resolved_by,
            row.resolved_at,
        )
        for row in conn.execute(
            select(COMMENT).where(COMMENT.c.report_id == report_id).order_by(COMMENT.c.id)
        )
    ]
    return Review(status(conn, report_id), comments)


def load_many(conn: Connection, report_ids: dict[int, str]) -> dict[str, Review]:
    """The reviews of the reports ``report_ids`` (id → key) that have one to tell, by key."""
    ids = list(report_ids)
    if not ids:
        return {}
    busy = set(conn.scalars(select(STATUS.c.report_id).where(STATUS.c.report_id.in_(ids))))
    busy |= set(conn.scalars(select(COMMENT.c.report_id).where(COMMENT.c.report_id.in_(ids))))
    return {report_ids[rid]: load(conn, rid) for rid in sorted(busy)}


def set_status(conn: Connection, report_id: int, value: str) -> None:
    conn.execute(delete(STATUS).where(STATUS.c.report_id == report_id))
    if value != DRAFT:
        conn.execute(insert(STATUS).values(report_id=report_id, status=value))


def save(conn: Connection, report_id: int, review: Review) -> None:
    """Replace the report's review with ``review``."""
    conn.execute(delete(REPLY).where(REPLY.c.report_id == report_id))
    conn.execute(delete(COMMENT).where(COMMENT.c.report_id == report_id))
    set_status(conn, report_id, review.status)
    for comment in review.comments:
        conn.execute(
            insert(COMMENT).values(
                report_id=report_id,
                id=comment.id,
                place=comment.place,
                who=comment.who,
                at=comment.at,
                text=comment.text,
                resolved_by=comment.resolved_by,
                resolved_at=comment.resolved_at,
            )
        )
        for position, reply in enumerate(comment.replies):
            conn.execute(
                insert(REPLY).values(
                    report_id=report_id,
                    comment_id=comment.id,
                    position=position,
                    who=reply.who,
                    at=reply.at,
                    text=reply.text,
                )
            )


def add_comment(conn: Connection, report_id: int, place: str, who: str, text: str) -> Comment:
    last = conn.scalar(select(func.max(COMMENT.c.id)).where(COMMENT.c.report_id == report_id))
    comment = Comment((last or 0) + 1, place, who, now(), text)
    conn.execute(
        insert(COMMENT).values(
            report_id=report_id,
            id=comment.id,
            place=place,
            who=who,
            at=comment.at,
            text=text,
        )
    )
    return comment


def find(conn: Connection, report_id: int, comment_id: int) -> Comment | None:
    for comment in load(conn, report_id).comments:
        if comment.id == comment_id:
            return comment
    return None


def add_reply(conn: Connection, report_id: int, comment: Comment, who: str, text: str) -> Reply:
    reply = Reply(who, now(), text)
    conn.execute(
        insert(REPLY).values(
            report_id=report_id,
            comment_id=comment.id,
            position=len(comment.replies),
            who=who,
            at=reply.at,
            text=text,
        )
    )
    return reply


def resolve(conn: Connection, report_id: int, comment_id: int, who: str) -> str:
    at = now()
    conn.execute(
        update(COMMENT)
        .where(COMMENT.c.report_id == report_id)
        .where(COMMENT.c.id == comment_id)
        .values(resolved_by=who, resolved_at=at)
    )
    return at
