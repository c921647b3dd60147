"""Publishing from the preview screen (key ``o``) and the palette: the document chosen (評価書
or 事前分析表), the path asked, error findings confirmed first, the file written, the
notification plain text."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Input

from models.store.store import open_store
from tests.tui.helpers import make_app, record_notices, settle
from tui.dialogs.choose import ChooseScreen
from tui.dialogs.yes_no import YesNoScreen


async def _preview(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("f6")
    await settle(pilot)


async def _choose(pilot, plan: bool) -> None:  # type: ignore[no-untyped-def]
    """``o`` asks which document: enter takes the 評価書, down then enter the 事前分析表."""
    await pilot.press("o")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ChooseScreen)
    if plan:
        await pilot.press("down")
    await pilot.press("enter")
    await settle(pilot)


async def _wait_for(path: Path, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(300):
        if path.exists():
            return
        await asyncio.sleep(0.1)
        await pilot.pause()
    raise AssertionError(f"{path} was not written")


async def _give_path(pilot, path: Path) -> None:  # type: ignore[no-untyped-def]
    field = pilot.app.screen.query_one("#path", Input)
    field.value = str(path)
    await pilot.press("enter")


async def test_o_on_the_preview_publishes_html(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "[b]out[/b].html"  # markup-like path: notified literally
    app = make_app(db_path)
    messages = record_notices(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await _preview(pilot)
        await _choose(pilot, plan=False)
        assert app.screen.query_one("#path", Input).value == "soumu-r4-08.pdf"
        await _give_path(pilot, target)
        await _wait_for(target, pilot)
        await settle(pilot)
        assert any(str(target) in m for m in messages)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


async def test_error_findings_are_confirmed_before_publishing(
    db_path: Path, tmp_path: Path
) -> None:
    store = open_store(str(db_path))
    try:
        store.set_value("soumu-r4-08", "budget.years[2019].total", 1)
    finally:
        store.close()
    target = tmp_path / "r.html"
    app = make_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await _preview(pilot)
        await _choose(pilot, plan=False)
        await _give_path(pilot, target)
        for _ in range(100):
            await settle(pilot)
            if isinstance(app.screen, YesNoScreen):
                break
        assert isinstance(app.screen, YesNoScreen)
        assert "B0" in app.screen.question  # the finding is named
        assert not target.exists()
        await pilot.press("y")
        await _wait_for(target, pilot)


async def test_o_then_the_plan_publishes_the_plan_without_asking_about_the_verdict(
    db_path: Path, tmp_path: Path
) -> None:
    store = open_store(str(db_path))
    try:
        store.set_value("soumu-r4-08", "verdict.category", "")  # an error for the report only
    finally:
        store.close()
    target = tmp_path / "plan.html"
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _preview(pilot)
        await _choose(pilot, plan=True)
        assert app.screen.query_one("#path", Input).value == "soumu-r4-08-plan.pdf"
        await _give_path(pilot, target)
        await _wait_for(target, pilot)
        await settle(pilot)
        assert not isinstance(app.screen, YesNoScreen)
    page = target.read_text(encoding="utf-8")
    assert "<title>令和３年度実施政策に係る事前分析表</title>" in page


async def test_escape_on_the_choice_publishes_nothing(db_path: Path, tmp_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _preview(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, ChooseScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ChooseScreen)
        assert not app.screen.query("#path")


async def test_a_fixed_plan_offers_its_old_new_table(db_path: Path, tmp_path: Path) -> None:
    from datetime import date

    from models.services.plan_fix import fix_plan_in

    store = open_store(str(db_path))
    try:
        fix_plan_in(store, "soumu-r4-08", date(2021, 4, 1))
        store.set_value("soumu-r4-08", "indicator[2].criterion", "90%以上")
    finally:
        store.close()
    target = tmp_path / "changes.html"
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _preview(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, ChooseScreen)
        shown = [shown for _, shown in app.screen.choices]
        assert shown == ["評価書", "事前分析表", "事前分析表の新旧対照表", "評価書の要旨"]
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert app.screen.query_one("#path", Input).value == "soumu-r4-08-plan-changes.pdf"
        await _give_path(pilot, target)
        await _wait_for(target, pilot)
    page = target.read_text(encoding="utf-8")
    assert "新旧対照表" in page and "90%以上" in page


async def test_the_gist_is_offered_and_published(db_path: Path, tmp_path: Path) -> None:
    """Without a fixed plan: 評価書, 事前分析表, 評価書の要旨; the last gives KEY-gist.pdf."""
    target = tmp_path / "gist.html"
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _preview(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, ChooseScreen)
        shown = [shown for _, shown in app.screen.choices]
        assert shown == ["評価書", "事前分析表", "評価書の要旨"]
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert app.screen.query_one("#path", Input).value == "soumu-r4-08-gist.pdf"
        await _give_path(pilot, target)
        await _wait_for(target, pilot)
    page = target.read_text(encoding="utf-8")
    assert "評価書の要旨" in page and "目標達成度合いの測定結果" in page
