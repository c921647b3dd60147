"""Nothing typed or pasted is thrown away without a word.

A figure the store cannot hold is refused under the cell, the editor still open; pasted
control characters (BEL, Word's vertical tab) are removed or turned into line breaks, with
a notice; a control character that reaches a field anyway is refused under it.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static, TextArea

from tests.tui.helpers import make_app, settle, stored_report, toast_texts
from tests.tui.test_budget import _open_budget, _to_2021_executed
from tests.tui.typing_helpers import type_bytes
from tui.widgets.cell_editor import CellEditor


def _paste(text: str) -> str:
    """What a terminal sends for a bracketed paste of ``text``."""
    return f"\x1b[200~{text}\x1b[201~"


async def test_a_figure_too_large_is_refused_under_the_cell(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _open_budget(pilot)
        await _to_2021_executed(pilot)
        await pilot.press("enter", "end", "ctrl+u", *"9223372036854775808", "enter")
        await settle(pilot)
        editor = app.screen.query_one(CellEditor)
        assert editor.display and editor.is_open  # still open, the text still there
        assert editor.query_one(Input).value == "9223372036854775808"
        message = str(editor.query_one("#cell-error", Static).render())
        assert "数が大きすぎます" in message and "9,223,372,036,854,775,807" in message
        assert stored_report(db_path).budget.year(2021).executed == 238163
        # the largest figure the store holds is accepted
        await pilot.press("backspace", "7", "enter")
        await settle(pilot)
        assert not editor.is_open
        assert stored_report(db_path).budget.year(2021).executed == 2**63 - 1


async def test_pasted_control_characters_are_removed_with_a_notice(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        field = app.screen.query_one("#f-policy_name Input", Input)
        field.focus()
        await pilot.press("ctrl+a", "ctrl+k")
        await type_bytes(pilot, _paste("A\x07B"))
        texts = await toast_texts(pilot)
        assert "貼り付けた文字から制御文字 1 個を取り除きました" in texts
        assert field.value == "AB"
        await pilot.press("enter")
        await settle(pilot)
        assert stored_report(db_path).policy_name == "AB"
        app.clear_notifications()

        # Word's manual line break (vertical tab) into a one-line field: a space, said so
        await pilot.press("ctrl+a", "ctrl+k")
        await type_bytes(pilot, _paste("第１部\x0b陸上交通の安全"))
        texts = await toast_texts(pilot)
        assert "1 行の欄なので、改行を空白にしました" in texts
        await pilot.press("enter")
        await settle(pilot)
        assert stored_report(db_path).policy_name == "第１部 陸上交通の安全"

        # into a long text it is a line break
        area = app.screen.query_one("#f-materials TextArea", TextArea)
        area.focus()
        await pilot.press("ctrl+a", "delete")
        await type_bytes(pilot, _paste("一行目\x0b二行目\r\n三行目\x07"))
        field.focus()
        await settle(pilot)
        assert stored_report(db_path).materials == "一行目\n二行目\n三行目"


async def test_a_control_character_in_a_field_is_refused_under_it(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        field = app.screen.query_one("#f-policy_name Input", Input)
        field.focus()
        field.value = "A\x07B"  # as no keyboard or paste can put it there any more
        await pilot.press("enter")
        await settle(pilot)
        message = app.screen.query_one("#f-policy_name .field-message", Static)
        assert "制御文字 U+0007 は使えません" in str(message.render())
        assert field.value == "A\x07B"
        assert stored_report(db_path).policy_name == "電子自治体の推進"
