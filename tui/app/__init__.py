"""The Textual application: the App, the messages screens exchange, the command palette and
the one way to show a notice."""
