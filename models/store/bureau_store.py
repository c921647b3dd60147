"""The store's bureau half: the people of a shared server and each report's review.

:class:`models.store.store.Store` inherits it. In a session (``person`` set, see
:func:`models.store.store.open_store`) every write passes the role check of
:mod:`models.store.guard` first; outside one there are no roles.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from models.bureau.people import Person, PublicKey, check_name, check_role
from models.bureau.roles import move_refusal
from models.i18n import tr
from models.report import paths as fieldpath
from models.report.model import Report
from models.report.review import STATUSES, WHOLE, Comment, Reply, Review
from models.store import guard, people_rows, review_rows
from models.store import history_rows as history_store
from models.store import tables as t
from models.store.bureau_errors import BadMove, NoComment, NoPlace, PersonTaken, UnknownPerson
from models.store.errors import ReportNotFound
from models.store.reading import StoreReader


def check_place(report: Report, place: str) -> None:
    """A comment's place: ``report`` (the whole) or a path the report has (PlaceUnknown)."""
    if place == WHOLE:
        return
    try:
        fieldpath.get(report, place)
    except (fieldpath.PathError, LookupError, AttributeError, TypeError):
        raise NoPlace(report.key, place) from None


class BureauStore(StoreReader):
    # ------------------------------------------------------------ people
    def become(self, name: str) -> None:
        """Act as ``name`` from now on (a session): the history names them, their role rules."""
        if self.find_person(name) is None:
            self.close()
            raise UnknownPerson(name)
        self.person = self.user = name

    def role(self) -> str | None:
        """The session person's role as the database holds it now (None outside a session)."""
        if self.person is None:
            return None
        with self._reading() as conn:
            return guard.role_of(conn, self.person)

    def people(self) -> list[Person]:
        with self._reading() as conn:
            return people_rows.everyone(conn)

    def find_person(self, name: str) -> Person | None:
        with self._reading() as conn:
            return people_rows.find(conn, name)

    def add_person(self, name: str, key: PublicKey, role: str) -> Person:
        person = Person(check_name(name), check_role(role), key)
        with self._writing("people") as conn:
            if people_rows.find(conn, name) is not None:
                raise PersonTaken(
                    tr("{name} は既にいます", "{name} is already a person here", name=name)
                )
            owner = people_rows.owner_of(conn, key.fingerprint)
            if owner is not None:
                raise PersonTaken(
                    tr(
                        "この鍵（{fp}）は既に {owner} のものです。鍵は一人に一つです",
                        "this key ({fp}) is already {owner}'s; a key belongs to one person",
                        fp=key.fingerprint,
                        owner=owner,
                    )
                )
            people_rows.add(conn, person)
        return person

    def remove_person(self, name: str) -> None:
        with self._writing("people") as conn:
            if not people_rows.remove(conn, name):
                raise UnknownPerson(name)

    def set_role(self, name: str, role: str) -> None:
        check_role(role)
        with self._writing("people") as conn:
            if not people_rows.set_role(conn, name, role):
                raise UnknownPerson(name)

    # ------------------------------------------------------------ the review
    def _id_of(self, conn: Connection, key: str) -> int:
        report_id = self._report_id(conn, key, lock=True)
        if report_id is None:
            raise ReportNotFound(key)
        return report_id

    def _log(
        self, conn: Connection, key: str, action: str, path: str, old: object, new: object
    ) -> None:
        changes = [(key, action, path, old, new)]
        history_store.record(conn, self.user, changes, notify=not self.is_sqlite)

    def review(self, key: str) -> Review:
        with self._reading() as conn:
            report_id = self._report_id(conn, key)
            if report_id is None:
                raise ReportNotFound(key)
            return review_rows.load(conn, report_id)

    def reviews(self, keys: list[str]) -> dict[str, Review]:
        """The reviews of ``keys`` that have something to tell (a status or a comment)."""
        query = select(t.REPORT.c.id, t.REPORT.c.key).where(t.REPORT.c.key.in_(keys))
        with self._reading() as conn:
            return review_rows.load_many(conn, dict(conn.execute(query).tuples().all()))

    def statuses(self) -> dict[str, str]:
        """Every report's review status, by key."""
        with self._reading() as conn:
            return review_rows.statuses(conn)

    def comment(self, key: str, place: str, text: str) -> Comment:
        with self._writing("comment") as conn:
            report_id = self._id_of(conn, key)
            check_place(self._load(conn, key), place)
            made = review_rows.add_comment(conn, report_id, place, self.user, text)
            self._log(conn, key, "comment", place, None, f"#{made.id} {text}")
            return made

    def reply(self, key: str, comment_id: int, text: str) -> Reply:
        with self._writing("reply") as conn:
            report_id = self._id_of(conn, key)
            comment = review_rows.find(conn, report_id, comment_id)
            if comment is None:
                raise NoComment(key, comment_id)
            made = review_rows.add_reply(conn, report_id, comment, self.user, text)
            self._log(conn, key, "reply", comment.place, None, f"#{comment_id} {text}")
            return made

    def resolve(self, key: str, comment_id: int) -> Comment:
        with self._writing("resolve") as conn:
            report_id = self._id_of(conn, key)
            comment = review_rows.find(conn, report_id, comment_id)
            if comment is None:
                raise NoComment(key, comment_id)
            if comment.open:
                comment.resolved_by = self.user
                comment.resolved_at = review_rows.resolve(conn, report_id, comment_id, self.user)
                self._log(conn, key, "resolve", comment.place, None, f"#{comment_id}")
            return comment

    def set_status(self, key: str, status: str, note: str = "") -> str:
        """Move the report to ``status``; the status it had. BadMove when the move does not
        exist or the person's role may not make it."""
        if status not in STATUSES:
            raise BadMove(
                tr(
                    "確認状況 {s!r} はありません（{all}）",
                    "no review status {s!r} (one of {all})",
                    s=status,
                    all="、".join(STATUSES),
                )
            )
        with self._writing("status") as conn:
            report_id = self._id_of(conn, key)
            old = review_rows.status(conn, report_id)
            if old == status:
                return old
            role = guard.role_of(conn, self.person) if self.person is not None else None
            why = move_refusal(old, status, self.user, role)
            if why is not None:
                raise BadMove(why)
            review_rows.set_status(conn, report_id, status)
            self._log(conn, key, "status", "", old, status)
            if note:
                self._log(conn, key, "note", "", None, note)
            return old

    def save_review(self, key: str, review: Review) -> None:
        """Replace the report's review (an import of a snapshot that carries one)."""
        with self._writing("edit") as conn:
            review_rows.save(conn, self._id_of(conn, key), review)
