"""Every character an IME commits reaches the field it is typed into.

Textual's ``Key.is_printable`` refuses 全角スペース (U+3000), no-break spaces, the zero-width
joiner of emoji sequences and private-use characters (外字); forms use U+3000 constantly
(``総務　太郎``, ``第１部　陸上交通の安全``). The text is typed as a terminal sends it (its bytes
through Textual's input parser), into each kind of field: a one-line form field, a long
text, a row dialog, a table's cell editor.
"""

from __future__ import annotations

from pathlib import Path

from tests.tui.helpers import make_app, settle, stored_report
from tests.tui.test_budget import _open_budget
from tests.tui.typing_helpers import commit_bytes, type_bytes
from tui.dialogs.row_edit import RowEditScreen
from tui.editing.ime import dropped_by_textual

TITLE = "第１部　陸上交通の安全"
OTHERS = "\u00a0家族👨\u200d👩\u200d👧\ue000が゙"  # no-break space, ZWJ emoji, 外字, combining mark


def test_the_characters_textual_refuses_are_the_ones_handled() -> None:
    assert all(dropped_by_textual(c) for c in "\u3000\u00a0\u200d\ue000\u2003")
    # control characters and line separators stay refused; a combining mark Textual takes
    assert not any(dropped_by_textual(c) for c in "\x07\x0b\n\u2028\u3099")
    assert not dropped_by_textual("a")


async def test_ideographic_space_typed_into_every_kind_of_field(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        # a one-line field
        screen.query_one("#f-policy_name Input").focus()
        await pilot.press("ctrl+a", "ctrl+k")
        await type_bytes(pilot, TITLE)
        await pilot.press("enter")
        await settle(pilot)
        assert stored_report(db_path).policy_name == TITLE
        # a long text, saved on leaving it
        screen.query_one("#f-materials TextArea").focus()
        await pilot.press("ctrl+a", "delete")
        await type_bytes(pilot, TITLE + OTHERS)
        screen.query_one("#f-policy_name Input").focus()
        await settle(pilot)
        assert stored_report(db_path).materials == TITLE + OTHERS
        # a row dialog
        screen.query_one("#l-responsible DataTable").focus()
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, RowEditScreen)
        app.screen.query_one("#in-name").focus()
        await pilot.press("ctrl+a", "ctrl+k")
        await type_bytes(pilot, "総務　太郎")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert stored_report(db_path).responsible[0].name == "総務　太郎"


async def test_ideographic_space_in_a_table_cell_editor(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_budget(pilot)
        await pilot.press("tab", "a")
        await type_bytes(pilot, "（注）　" + OTHERS)
        await pilot.press("enter")
        await settle(pilot)
        assert "（注）　" + OTHERS in stored_report(db_path).budget.notes


async def test_a_phrase_committed_at_once_keeps_its_order(db_path: Path) -> None:
    """An IME hands over 「第１部　陸上交通の安全」 in one read: the space the app inserts
    itself must land between 部 and 陸, not before the characters still queued."""
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#f-policy_name Input").focus()
        await pilot.press("ctrl+a", "ctrl+k")
        await commit_bytes(pilot, TITLE)
        await pilot.press("enter")
        await settle(pilot)
        assert stored_report(db_path).policy_name == TITLE
        screen.query_one("#f-materials TextArea").focus()
        await pilot.press("ctrl+a", "delete")
        await commit_bytes(pilot, "（第２部　海上）")
        screen.query_one("#f-policy_name Input").focus()
        await settle(pilot)
        assert stored_report(db_path).materials == "（第２部　海上）"
