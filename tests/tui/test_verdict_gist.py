"""F5's 要旨 tab at 80×24: the 評価書の要旨's shorter texts are written where the verdict is, saved
to the database like any field (undoable, in the history), and printed by publish --gist."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from models.printed import gist_sections
from tests.tui.helpers import make_app, screen_lines, settle, stored_report
from tests.tui.test_verdict import _open_verdict


async def test_gist_texts_are_typed_in_f5_and_published(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_verdict(pilot)
        await pilot.press("alt+g")  # the 要旨 tab, focus in its first text area
        area = app.focused
        assert isinstance(area, TextArea)
        assert area is app.screen.query_one("#gist-objectives TextArea")
        assert "空欄なら評価書の本文" in "\n".join(screen_lines(app))
        await pilot.press("tab")  # to the 判断根拠 in short
        assert app.focused is app.screen.query_one("#gist-rationale TextArea")
        app.focused.insert("主要な測定指標が目標を達成した。")
        await pilot.press("tab")  # leaving the field saves it
        await settle(pilot)
    report = stored_report(db_path)
    assert report.gist.rationale == "主要な測定指標が目標を達成した。"
    assert report.gist.objectives == ""
    verdict = next(s for s in gist_sections(report) if s.name == "verdict")
    assert "主要な測定指標が目標を達成した。" in verdict.strings()
    assert report.verdict.rationale.split("\n")[0] not in verdict.strings()


async def test_ctrl_t_reaches_the_gist_tab_and_back(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_verdict(pilot)
        await pilot.press("ctrl+t", "ctrl+t", "ctrl+t")  # 判断根拠 → 分析 → 次期目標等 → 要旨
        assert app.focused is app.screen.query_one("#gist-objectives TextArea")
        await pilot.press("ctrl+t")
        assert app.focused is app.screen.query_one("#rationale TextArea")
