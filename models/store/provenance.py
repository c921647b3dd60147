"""Where the values of an imported report came from (``provenance``, schema version 6).

One row per value ``hyoka import FORM.xlsx|.docx|.pdf`` placed, and per piece of text it could
not place (models/report/provenance.py): the path, the source in the file, whether it was read
surely and why not, the value as imported (JSON) and who confirmed it, when. The rows hang off
``report.id`` (ON DELETE CASCADE), outside the report's own tables: rewriting a report's content
(every edit) leaves them alone; importing a snapshot over the report drops them, since they
describe a content that is gone. Only this module reads and writes the table.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlmodel import Field, SQLModel

from models.report.provenance import Provenance
from models.store.columns import long_text, report_fk


class ProvenanceRow(SQLModel, table=True):
    """The origin of one imported value of a report."""

    __tablename__ = "provenance"
    report_id: int = report_fk()
    path: str = Field(primary_key=True, max_length=400)
    source: str = long_text()
    sure: bool = True
    reason: str = long_text()
    value: str | None = long_text()
    confirmed_by: str = Field(default="", max_length=200)
    confirmed_at: str = Field(default="", max_length=40)


TABLE = ProvenanceRow.__table__  # type: ignore[attr-defined]
_C = TABLE.c


def create(conn: Connection) -> None:
    """The table, for a database made before version 6."""
    TABLE.create(conn)


def forget(conn: Connection, report_id: int) -> None:
    conn.execute(delete(TABLE).where(_C.report_id == report_id))


def save(conn: Connection, report_id: int, records: Iterable[Provenance]) -> None:
    """Replace the report's provenance with ``records``."""
    forget(conn, report_id)
    rows = [
        {
            "report_id": report_id,
            "path": p.path,
            "source": p.source,
            "sure": p.sure,
            "reason": p.reason,
            "value": json.dumps(p.value, ensure_ascii=False, default=str),
        }
        for p in records
    ]
    for start in range(0, len(rows), 500):
        conn.execute(insert(TABLE), rows[start : start + 500])


def _record(row: Any) -> Provenance:
    value = None if row.value is None else json.loads(row.value)
    return Provenance(row.path, row.source, row.sure, row.reason, value, bool(row.confirmed_at))


def load(
    conn: Connection, report_ids: dict[int, str], *, open_only: bool
) -> dict[str, list[Provenance]]:
    """The provenance of each report (by key), in path order; with ``open_only`` only the
    records still asking for a look (doubtful or unplaced, not confirmed)."""
    out: dict[str, list[Provenance]] = {key: [] for key in report_ids.values()}
    if not report_ids:
        return out
    query = select(TABLE).where(_C.report_id.in_(list(report_ids))).order_by(_C.report_id, _C.path)
    if open_only:
        query = query.where(_C.confirmed_at == "").where(
            (_C.sure == False) | _C.path.startswith("unplaced[")  # noqa: E712 - SQL, not Python
        )
    for row in conn.execute(query):
        out[report_ids[row.report_id]].append(_record(row))
    return out


def confirm(conn: Connection, report_id: int, path: str, user: str) -> Provenance | None:
    """Mark one record confirmed by ``user`` now; the record, or None when there is none."""
    row = conn.execute(
        select(TABLE).where(_C.report_id == report_id).where(_C.path == path)
    ).first()
    if row is None:
        return None
    at = datetime.now(UTC).isoformat(timespec="milliseconds")
    conn.execute(
        update(TABLE)
        .where(_C.report_id == report_id)
        .where(_C.path == path)
        .values(confirmed_by=user, confirmed_at=at)
    )
    return _record(row)
