"""Editing without widgets: input parsers, what may be stored, paste and IME handling, undo."""
