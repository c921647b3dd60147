"""The report store, and the only package that talks to a database (pyproject's import
contracts): engine, tables (made from the report's field declarations, ``declared``), rows,
migrations, history rows, change watching and copying between databases. ``db_file``,
``quick_list`` and ``findings_cache.read_stamps`` use the standard library alone, so the CLI
can refuse a bad file, paint the list or answer ``check --all`` from its cache before SQLAlchemy
is imported; ``bulk_sqlite`` is ``check --all``'s fast path through the DB-API cursor."""
