"""The ``hyoka/1`` snapshot format: its schema as data, reading and writing its TOML text,
and the bundled sample report."""
