"""The Textual application: the App (start-up, the store, polling for changes, undo) and its
command palette. It imports the screens; no screen imports it (messages are in tui.messages,
notices in tui.notices)."""
