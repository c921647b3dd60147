"""F8 lists, under the means, the changes no indicator's block shows: an indicator gone (with the
reason kept in the fixed plan), a 達成手段's 予算額, the 政策評価実施予定時期 (issue 26 item 3)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Static

from models.report.model import MeansYear
from models.services.plan_fix import fix_plan_in, write_plan_reason
from models.store.store import open_store
from tests.tui.helpers import make_app, settle

KEY = "soumu-r4-08"


async def test_f8_names_changes_outside_the_indicators(db_path: Path) -> None:
    store = open_store(str(db_path))
    try:
        store.set_value(KEY, "means[1].start_fiscal_year", 2015)
        store.insert_item(KEY, "means[1].years", MeansYear(2021, 120, 118))
        fix_plan_in(store, KEY, date(2021, 4, 1))
        store.set_value(KEY, "means[1].years[2021].budget", 100)
        store.set_value(KEY, "report.planned_evaluation", "令和５年８月")
        store.remove_item(KEY, "objectives[0].indicators", 1)
        write_plan_reason(store, KEY, "indicator[2]", "システムの運用を終えた。")
    finally:
        store.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        shown = str(app.screen.query_one("#plan-removed", Static).content)
    assert "測定指標２「地方行税政統計システム利用課室からの新規要望への対応率」は" in shown
    assert "変更理由: システムの運用を終えた。" in shown
    assert "達成手段１「地方行税政の施策に係る基礎データべースの整理・統計処理等」の予算額" in shown
    assert "計画: 120 → 現在: 100" in shown
    assert "政策評価実施予定時期　計画: （なし） → 現在: 令和５年８月" in shown
    assert "理由なし（hyoka plan reason）" in shown
