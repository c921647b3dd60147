"""Editing opens with the cursor after the value and nothing selected: typing adds to it.

A note was once overwritten because enter on a text cell selected the whole value. The long
text dialog also takes ctrl+home and ctrl+end (the TextArea has no keys of its own for them).
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from tests.tui.helpers import make_app, settle, stored_report
from tests.tui.test_budget import _open_budget
from tests.tui.test_indicators import _open_indicator_1
from tests.tui.typing_helpers import type_text
from tui.dialogs.text_edit import TextEditScreen
from tui.widgets.budget_grid import NotesGrid
from tui.widgets.year_table import FIELDS


async def test_enter_on_a_note_keeps_it_and_types_after_it(db_path: Path) -> None:
    old = stored_report(db_path).budget.notes[0]
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_budget(pilot)
        await pilot.press("tab")
        assert isinstance(app.focused, NotesGrid)
        await pilot.press("enter")
        await settle(pilot)
        box = app.focused
        assert isinstance(box, Input)
        assert box.selection.is_empty and box.cursor_position == len(old)
        await type_text(pilot, "（追記）")
        await pilot.press("enter")
        await settle(pilot)
    assert stored_report(db_path).budget.notes[0] == old + "（追記）"


async def test_text_dialog_opens_at_the_end_and_takes_ctrl_home_and_end(db_path: Path) -> None:
    old = stored_report(db_path).indicator(1).year(2019).actual_text
    row = [key for key, _ in FIELDS].index("actual_text")  # at 80 columns a year is rows
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_indicator_1(pilot)
        await pilot.press("tab", "tab", *["j"] * row, "enter")
        await settle(pilot)
        assert isinstance(app.screen, TextEditScreen)
        area = app.screen.query_one(TextArea)
        assert area.selection.is_empty and area.cursor_location == area.document.end
        await type_text(pilot, "（末尾）")
        await pilot.press("ctrl+home")
        await type_text(pilot, "（先頭）")
        await pilot.press("ctrl+end")
        await type_text(pilot, "。")
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert stored_report(db_path).indicator(1).year(2019).actual_text == (
        "（先頭）" + old + "（末尾）。"
    )
