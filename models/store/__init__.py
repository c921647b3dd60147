"""The report store: engine, tables, rows, migrations, history rows, change watching and
copying between databases. ``db_file`` and ``quick_list`` use the standard library alone, so
the CLI can refuse a bad file or paint the list before SQLAlchemy is imported."""
