"""A table of ``height: auto`` takes the height of the rows it holds (tui/widgets/settled_table.py).

On a real terminal F4's years at 80×24 stayed 0 rows tall in about one start in five: the
table's size changed twice in one refill (cleared, then measured), and another widget's
layout ran in between. That order, made on purpose, needs Textual's private layout calls: it is
tested in tests/tui/test_textual_compat.py.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from tui.widgets.settled_table import SettledTable


class _Tables(App[None]):
    CSS = """
    Vertical { height: 1fr; }
    #above { height: 1fr; }
    SettledTable { height: auto; max-height: 7; }
    """

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("above", id="above")
            yield SettledTable()


async def test_a_filled_table_shows_its_rows() -> None:
    app = _Tables()
    async with app.run_test(size=(40, 20)) as pilot:
        table = app.query_one(SettledTable)
        table.add_column("年度")
        for n in range(4):
            table.add_row(f"R{n + 1}")
        await pilot.pause()
        await pilot.pause()
        assert table.size.height == 5  # the header and four rows
