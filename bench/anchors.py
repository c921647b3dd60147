"""The bare Textual apps hyoka is measured against, run exactly as hyoka is (on a pty).

    python -m bench.anchors table   # one DataTable with one row: the start-up anchor
    python -m bench.anchors input   # one Input, focused by '/': the keystroke-bytes anchor

Nothing of hyoka is imported, so these cost only Python + Textual.
"""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Input

ROW_TEXT = "anchor-row-0001"
INPUT_PLACEHOLDER = "anchor-input"


class TableApp(App[None]):
    BINDINGS = [("ctrl+q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield DataTable()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("key", "ministry", "policy", "FY", "verdict")
        table.add_row(ROW_TEXT, "総務省", "電子自治体の推進", "2021", "目標達成")


class InputApp(App[None]):
    """Like hyoka's list filter, the Input gets focus with ``/`` (and only then blinks)."""

    AUTO_FOCUS = None
    BINDINGS = [("ctrl+q", "quit", "Quit"), ("slash", "focus_input", "Filter")]

    def compose(self) -> ComposeResult:
        yield Input(placeholder=INPUT_PLACEHOLDER)

    def action_focus_input(self) -> None:
        self.query_one(Input).focus()


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "table"
    app = {"table": TableApp, "input": InputApp}[which]()
    app.run()


if __name__ == "__main__":
    main()
