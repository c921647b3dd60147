"""The database schema version this hyoka writes (history in :mod:`models.store.migrations`).

Its own module, importing nothing, so that the start-up paths that read a database with the
standard library alone (:mod:`models.store.quick_list`, :mod:`models.store.db_file`) agree with the
migrations without importing SQLAlchemy.
"""

SCHEMA_VERSION = 7
