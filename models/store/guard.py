"""The store's door for writes in a session: before a write transaction does anything, the
person's role as the database holds it now (a role changed or a person removed counts at
once) must allow the action (models/bureau/roles.py)."""

from __future__ import annotations

from sqlalchemy import Connection

from models.bureau.roles import refusal
from models.i18n import tr
from models.store import people_rows
from models.store.bureau_errors import NotAllowedHere


def role_of(conn: Connection, person: str) -> str:
    found = people_rows.find(conn, person)
    if found is None:
        raise NotAllowedHere(
            tr(
                "{name} はもう利用者ではありません。何も保存していません",
                "{name} is no longer a person of this server. Nothing was saved",
                name=person,
            )
        )
    return found.role


def require(conn: Connection, person: str, action: str) -> str:
    """The person's role, or NotAllowedHere naming who may do ``action``."""
    role = role_of(conn, person)
    why = refusal(action, person, role)
    if why is not None:
        raise NotAllowedHere(why)
    return role
