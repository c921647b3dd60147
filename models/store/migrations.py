"""Schema versions and how a database made by an older hyoka is brought up to date.

The version lives in the ``meta`` table (``schema_version``), which works the same on
SQLite and PostgreSQL. Each step is a small function run in order inside one
transaction, so a failed upgrade leaves the old database as it was. We chose this over
Alembic: hyoka's databases live on evaluators' own machines, are upgraded at open with
no operator present, and have a handful of tables; a short ordered list of steps that
the tests replay from a frozen older schema is easier to audit than a migration
framework, and costs nothing at start-up.

History:
- 1: the report tables.
- 2: change history (``change`` table) and ``report.revision`` for conflict detection.
- 3: ``report.predecessor``, ``indicator.bound`` and the うち series of an indicator
  (``indicator_part``, ``indicator_part_year``), for the snapshot keys added in 2026-12.
- 4: ``indicator.drop_next`` (the 次期目標等 decision to leave an indicator out of the
  next report, which roll-over applies), added in 2026-12.
- 5: the 事前分析表 (2026-12): ``indicator.reason`` and ``change_reason``,
  ``means.start_fiscal_year`` and ``means_year``, ``report.planned_evaluation``, and the fixed
  plan (``report.plan_fixed_on``, ``planned_indicator``).
- 6: ``provenance``, where each value of a report imported from a ministry's own form came from
  and whether a person confirmed it (models/store/provenance.py).
- 7 (2026-12): ``report.stage``, an evaluation year (the default, and every older report) or a
  monitoring year (spec/cycle.md); ``gist``, the 評価書の要旨's shorter texts (a row only where
  the evaluator wrote one); ``report.plan``, the fixed 事前分析表 as one JSON record, replacing
  ``plan_fixed_on`` and ``planned_indicator`` (models/store/plan_column.py); a bureau's people
  (``person``) and each report's review (``review_status``, ``review_comment``,
  ``review_reply``) (models/store/bureau_tables.py).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from models.store import bureau_tables, plan_column, provenance
from models.store import tables as t
from models.store.db_file import too_new
from models.store.schema_version import SCHEMA_VERSION


class SchemaTooNew(Exception):
    pass


def _v1_to_v2(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE report ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"))
    t.CHANGE.create(conn)  # creates its index too


def _v2_to_v3(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE report ADD COLUMN predecessor VARCHAR NOT NULL DEFAULT ''"))
    conn.execute(text("ALTER TABLE indicator ADD COLUMN bound VARCHAR NOT NULL DEFAULT ''"))
    t.core_table(t.IndicatorPartRow).create(conn)
    t.core_table(t.IndicatorPartYearRow).create(conn)


def _v3_to_v4(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE indicator ADD COLUMN drop_next BOOLEAN"))


def _v4_to_v5(conn: Connection) -> None:
    for table, column in (
        ("report", "planned_evaluation VARCHAR"),
        ("indicator", "reason TEXT"),
        ("indicator", "change_reason TEXT"),
    ):
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} NOT NULL DEFAULT ''"))
    conn.execute(text("ALTER TABLE report ADD COLUMN plan_fixed_on DATE"))
    conn.execute(text("ALTER TABLE means ADD COLUMN start_fiscal_year INTEGER"))
    t.core_table(t.MeansYearRow).create(conn)
    conn.execute(
        text(
            "CREATE TABLE planned_indicator (report_id INTEGER NOT NULL REFERENCES report (id)"
            " ON DELETE CASCADE, number INTEGER NOT NULL, position INTEGER NOT NULL,"
            " objective INTEGER NOT NULL, name TEXT NOT NULL, baseline_fiscal_year INTEGER,"
            " baseline_value VARCHAR(40), baseline_numerator VARCHAR(40),"
            " baseline_denominator VARCHAR(40), baseline_text TEXT NOT NULL,"
            " baseline_note TEXT NOT NULL, target_fiscal_year INTEGER, target_value VARCHAR(40),"
            " target_approximate BOOLEAN, target_text TEXT NOT NULL, target_note TEXT NOT NULL,"
            " PRIMARY KEY (report_id, number))"
        )
    )  # as version 5 made it (the table is gone since version 7: the plan is one record)


def _v5_to_v6(conn: Connection) -> None:
    provenance.create(conn)


def _v6_to_v7(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE report ADD COLUMN stage VARCHAR NOT NULL DEFAULT 'evaluation'"))
    t.core_table(t.GistRow).create(conn)
    plan_column.to_v7(conn)
    bureau_tables.create(conn)


STEPS: dict[int, Callable[[Connection], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
    6: _v6_to_v7,
}


def stored_version(conn: Connection) -> int | None:
    """The database's schema version, or None for a database without hyoka's tables."""
    if not inspect(conn).has_table("meta"):
        return None
    value = conn.scalar(text("SELECT value FROM meta WHERE name = 'schema_version'"))
    return int(value) if value is not None else None


def prepare(engine: Engine) -> int:
    """Create the schema in an empty database or upgrade an older one; return the old version."""
    with engine.connect() as conn:
        try:
            with conn.begin():
                version = conn.scalar(text("SELECT value FROM meta WHERE name = 'schema_version'"))
            if version is not None and int(version) == SCHEMA_VERSION:
                return SCHEMA_VERSION
        except DBAPIError:
            pass  # no meta table yet: a new database (or not a hyoka one; see below)
    conn_opts = {"hyoka_write": True}
    with engine.connect() as conn:
        conn.execution_options(**conn_opts)
        with conn.begin():
            found = stored_version(conn)
            if found is None:
                t.SQLModel.metadata.create_all(conn)
                conn.execute(
                    text("INSERT INTO meta (name, value) VALUES ('schema_version', :v)"),
                    {"v": str(SCHEMA_VERSION)},
                )
                return 0
            if found > SCHEMA_VERSION:
                raise SchemaTooNew(too_new(found, SCHEMA_VERSION))
            for version in range(found, SCHEMA_VERSION):
                STEPS[version](conn)
            conn.execute(
                text("UPDATE meta SET value = :v WHERE name = 'schema_version'"),
                {"v": str(SCHEMA_VERSION)},
            )
            return found
