"""Preview (F6): the printed form's sections, moved through by keys at 80×24."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll

from tests.tui.helpers import make_app, settle


async def _open_preview(pilot) -> VerticalScroll:
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("f6")
    await settle(pilot)
    return pilot.app.screen.query_one("#preview", VerticalScroll)


def _titles(app) -> list[str]:
    return [str(w.content) for w in app.screen.query(".preview-title")]


async def test_preview_shows_the_sections_in_printed_order(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_preview(pilot)
        assert app.screen.SCREEN_NAME == "preview"
        titles = _titles(app)
        assert titles[0] == "主要な政策に係る評価書（令和３年度実施政策）"
        assert titles[1] == "政策（※１）名"
        assert titles[4] == "政策の予算額・執行額等（百万円）"  # the unit in the label
        assert titles[7] == "目標達成度合いの測定結果"
        assert titles[-2] == "政策評価実施時期"
        assert titles[-1] == "注記"
        lines = [str(w.content) for w in app.screen.query(".preview-line")]
        assert "（各行政機関共通区分）　　　目標達成" in lines
        assert "令和４年８月" in lines
        assert "分野　電子自治体" in lines  # on the policy's row, after its name


async def test_keys_move_section_by_section_and_to_the_end(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        scroll = await _open_preview(pilot)
        assert scroll.scroll_y == 0
        sections = list(app.screen.query(".preview-section"))
        await pilot.press("n")
        await settle(pilot)
        assert scroll.scroll_y == sections[1].virtual_region.y
        await pilot.press("right_square_bracket", "n", "n")  # quick presses each move on
        await settle(pilot)
        assert scroll.scroll_y == sections[4].virtual_region.y
        await pilot.press("p", "p")
        await settle(pilot)
        assert scroll.scroll_y == sections[2].virtual_region.y
        await pilot.press("p")
        await settle(pilot)
        assert scroll.scroll_y == sections[1].virtual_region.y
        await pilot.press("end")
        await settle(pilot)
        assert scroll.scroll_y == scroll.max_scroll_y > 100
        await pilot.press("n")  # past the last section heading: stays at the end
        await settle(pilot)
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("home")
        await settle(pilot)
        assert scroll.scroll_y == 0


async def test_preview_follows_an_edit_made_on_the_verdict_screen(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_preview(pilot)
        await pilot.press("f5", "4")
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        lines = [str(w.content) for w in app.screen.query(".preview-line")]
        assert "（各行政機関共通区分）　　　進展が大きくない" in lines
