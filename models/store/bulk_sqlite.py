"""Reading many reports' rows from SQLite through the DB-API cursor (``Store.iter_reports``).

SQLAlchemy's ``Result`` builds a ``Row`` for each row and runs each column's result processor
through it: about half of ``check --all``'s loading time, for rows that ``rows_read`` only
indexes by position. Here the same ``SELECT`` (every column of the table, in its column order,
ordered as :data:`models.store.rows.ORDER_BY` says) runs on the connection's own ``sqlite3``
cursor, inside the transaction SQLAlchemy began, and only the columns whose type has a result
processor on this dialect (``NumberText``'s text to a number, ``Boolean``'s 0/1 to a bool …)
are converted, by that same processor. The rows are plain tuples, column for column what
``select(table)`` gives (``tests/test_bulk.py`` compares with ``load_report``, which reads
through SQLAlchemy). Other engines keep SQLAlchemy's path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.exc import DBAPIError

Processor = Callable[[Any], Any]


class BulkQuery:
    """``SELECT`` every column of ``table`` whose ``where`` column is in a list, ordered."""

    def __init__(self, conn: Connection, table: Table, where: str, order: Sequence[str]):
        dialect = conn.dialect
        quote = dialect.identifier_preparer.quote
        columns = ", ".join(quote(c.name) for c in table.columns)
        order_by = ", ".join(quote(name) for name in order)
        self.head = f"SELECT {columns} FROM {quote(table.name)} WHERE {quote(where)} IN ("
        self.tail = f") ORDER BY {order_by}" if order_by else ")"
        self.converters: list[tuple[int, Processor]] = []
        for i, column in enumerate(table.columns):
            process = column.type.dialect_impl(dialect).result_processor(dialect, None)
            if process is not None:
                # NULL stays None (as every processor here gives it): skipped below
                assert process(None) is None, column
                self.converters.append((i, process))

    def rows(self, conn: Connection, values: Sequence[Any]) -> list[tuple[Any, ...]]:
        sql = self.head + ",".join("?" * len(values)) + self.tail
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            found = cursor.execute(sql, tuple(values)).fetchall()
        except Exception as exc:  # sqlite3.Error: as SQLAlchemy would raise it
            import sqlite3

            if not isinstance(exc, sqlite3.Error):
                raise
            raise DBAPIError.instance(sql, values, exc, sqlite3.Error) from exc
        finally:
            cursor.close()
        if not self.converters:
            return found
        converters = self.converters
        out = []
        for row in found:
            row = list(row)
            for i, process in converters:
                if (value := row[i]) is not None:
                    row[i] = process(value)
            out.append(tuple(row))
        return out
