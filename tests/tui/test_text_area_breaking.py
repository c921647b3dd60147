"""TextAreas wrap by the Japanese line breaker: no wrapped line starts with 、 or 。, figures
stay whole, and editing a wrapped text still puts every character where it was typed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from models.store.store import open_store
from models.text.line_check import violations
from models.text.linebreak import wrap
from tests.tui.helpers import make_app, settle
from tests.tui.long_report import long_report


def test_the_app_routes_text_areas_through_the_breaker() -> None:
    """(How the hook reaches Textual: tests/tui/test_textual_compat.py.)"""
    from tui.app.app import HyokaApp

    HyokaApp(":memory:")
    area = TextArea("デジタルの活用により、一人ひとりのニーズに合ったサービスを選ぶことができ")
    area.wrapped_document.wrap(20)
    assert [line for sections in area.wrapped_document.lines for line in sections] == wrap(
        area.text, 20
    )


async def test_report_text_areas_keep_the_rules_at_80_and_120(tmp_path: Path) -> None:
    path = tmp_path / "long.db"
    store = open_store(str(path))
    store.import_report(long_report())
    store.close()
    for size in ((80, 24), (120, 40)):
        app = make_app(path)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            areas = list(app.screen.query(TextArea))
            assert len(areas) >= 3
            wrapped = 0
            for area in areas:
                for sections in area.wrapped_document.lines:
                    wrapped += len(sections) > 1
                    assert violations(sections) == [], sections
            assert wrapped >= 2


async def test_typing_into_a_wrapped_text_goes_where_the_cursor_is(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        area = app.screen.query_one("#f-overview TextArea", TextArea)
        area.focus()
        before = area.text
        area.move_cursor((0, 40))
        await pilot.press("down", "end")
        await settle(pilot)
        _row, column = area.cursor_location
        await pilot.press("X")
        await settle(pilot)
        assert area.text == before[:column] + "X" + before[column:]
