"""The ``person`` table inside the store's transactions (models/store/bureau_tables.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from models.bureau.people import Person, PublicKey
from models.store.bureau_tables import PERSON

_C = PERSON.c


def _person(row: Any) -> Person:
    return Person(row.name, row.role, PublicKey(row.key_type, row.key_blob), row.added_at)


def find(conn: Connection, name: str) -> Person | None:
    row = conn.execute(select(PERSON).where(_C.name == name)).first()
    return None if row is None else _person(row)


def owner_of(conn: Connection, fingerprint: str) -> str | None:
    return conn.scalar(select(_C.name).where(_C.fingerprint == fingerprint))


def everyone(conn: Connection) -> list[Person]:
    return [_person(row) for row in conn.execute(select(PERSON).order_by(_C.name))]


def add(conn: Connection, person: Person) -> None:
    conn.execute(
        insert(PERSON).values(
            name=person.name,
            role=person.role,
            key_type=person.key.kind,
            key_blob=person.key.blob,
            fingerprint=person.key.fingerprint,
            added_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
    )


def remove(conn: Connection, name: str) -> bool:
    return bool(conn.execute(delete(PERSON).where(_C.name == name)).rowcount)


def set_role(conn: Connection, name: str, role: str) -> bool:
    return bool(conn.execute(update(PERSON).where(_C.name == name).values(role=role)).rowcount)
