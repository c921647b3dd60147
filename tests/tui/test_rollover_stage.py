"""The TUI's roll-over asks which the new year is, evaluation or monitoring (issue 26 item 1), at
80×24; the answer is what the database holds."""

from __future__ import annotations

from pathlib import Path

from tests.tui.helpers import make_app, screen_lines, settle, stored_report
from tui.dialogs.rollover_dialog import RollOverScreen
from tui.widgets.stage_choice import StageChoice

KEY = "soumu-r4-08"


async def test_roll_over_as_a_monitoring_year(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, RollOverScreen)
        choice = dialog.query_one(StageChoice)
        assert choice.region.bottom <= 24 and choice.region.height == 2  # both lines on screen
        await pilot.press("tab", "tab")
        assert app.focused is choice
        await pilot.press("down", "enter")  # the arrow chooses, Enter creates
        await settle(pilot)
        assert app.screen.SCREEN_NAME == "report" and app.screen.key == "soumu-r5-08"
        new = stored_report(db_path, "soumu-r5-08")
        assert new.stage == "monitoring" and new.predecessor == KEY
        assert stored_report(db_path).stage == "evaluation"
        await pilot.press("f5")  # no verdict is asked of it, and F5 says so under the choice
        await settle(pilot)
        assert "モニタリング：不要" in str(app.screen.query_one("#category").border_subtitle)


async def test_roll_over_stays_an_evaluation_unless_chosen(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # chosen and chosen back, then Enter from the year field (tab wraps round)
        await pilot.press("r", "tab", "tab", "down", "up", "tab", "enter")
        await settle(pilot)
        assert app.screen.key == "soumu-r5-08"
        assert stored_report(db_path, "soumu-r5-08").stage == "evaluation"


async def test_a_monitoring_year_publishes_its_monitoring_results(
    db_path: Path, tmp_path: Path
) -> None:
    """From the preview (F6, ``o``): the choice names the モニタリング結果, and the file written
    is it, with no error finding to confirm (no verdict is asked)."""
    import asyncio

    from textual.widgets import Input

    from models.services.rollover import roll_over_in
    from models.store.store import open_store
    from tui.dialogs.choose import ChooseScreen

    store = open_store(str(db_path))
    try:
        roll_over_in(store, KEY, 2022, stage="monitoring")
    finally:
        store.close()
    target = tmp_path / "m.html"
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")  # soumu-r5-08, after soumu-r4-08
        await settle(pilot)
        assert app.screen.key == "soumu-r5-08"  # type: ignore[attr-defined]
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, ChooseScreen)
        assert "モニタリング結果" in "\n".join(screen_lines(app))
        await pilot.press("enter")
        await settle(pilot)
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        for _ in range(300):
            if target.exists():
                break
            await asyncio.sleep(0.1)
            await pilot.pause()
        html = target.read_text(encoding="utf-8")
        assert "令和４年度実施政策に係る事前分析表（モニタリング結果）" in html
