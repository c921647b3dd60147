"""F5 at 80×24 says, beside the suggestion, that the fixed plan's targets would suggest another
category (issue 26 item 4): the sample's うち target moved from 約1,100 to 900 after the plan was
fixed turns 相当程度進展あり into 目標達成; the line goes when the target is put back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Static

from models.services.plan_fix import fix_plan_in
from models.store.store import open_store
from tests.tui.helpers import make_app, screen_lines, settle

KEY = "soumu-r4-08"


def _compare(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#verdict-compare", Static).render())


async def test_f5_names_the_plans_suggestion_beside_todays(db_path: Path) -> None:
    store = open_store(str(db_path))
    try:
        fix_plan_in(store, KEY, date(2021, 4, 1))
        store.set_value(KEY, "indicator[1].parts[0].target.value", 900)
    finally:
        store.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert "計画どおりの目標なら提案は 相当程度進展あり" in _compare(app)
        shown = "\n".join(screen_lines(app))
        assert "計画どおりの目標なら提案は" in shown and "相当程度進展あり" in shown
        assert "◀提案" in next(line for line in screen_lines(app) if "目標達成　◀提案" in line)

        store = open_store(str(db_path))
        try:
            store.set_value(KEY, "indicator[1].parts[0].target.value", 1100)
        finally:
            store.close()
        await pilot.press("f4", "f5")  # back to the verdict: redrawn from the store
        await settle(pilot)
        assert "計画どおり" not in _compare(app)
