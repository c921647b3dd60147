"""Report text that looks like markup shows exactly as typed on the verdict and preview screens."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from models.store.store import open_store
from tests.tui.helpers import make_app, settle

NAME = "[b]太字[/b] C:\\temp\\ 😀"
RATIONALE = "[red]x[/red] と [/] と \\[b] 🎌"
OBJECTIVE = "[bold]施策[/ \\ ✨"


def _seed_markup(db_path: Path) -> None:
    store = open_store(str(db_path))
    try:
        store.set_value("soumu-r4-08", "indicator[1].name", NAME)
        store.set_value("soumu-r4-08", "verdict.rationale", RATIONALE)
        store.set_value("soumu-r4-08", "objectives[0].text", OBJECTIVE)
        store.set_value("soumu-r4-08", "next_steps.budget_request", "[i]Ⅲ[/i]")
    finally:
        store.close()


async def _open(pilot, key: str) -> None:
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)


async def test_verdict_screen_shows_markup_literally(db_path: Path) -> None:
    _seed_markup(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, "f5")
        screen = app.screen
        basis = str(screen.query_one("#basis").render())
        assert f"① {NAME}" in basis
        assert screen.query_one("#rationale TextArea", TextArea).text == RATIONALE
        await pilot.press("alt+n")
        await settle(pilot)
        assert screen.query_one("#budget-request Input").value == "[i]Ⅲ[/i]"


async def test_preview_shows_markup_literally(db_path: Path) -> None:
    _seed_markup(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, "f6")
        lines = [str(w.content) for w in app.screen.query(".preview-line")]
        cells = [
            str(cell)
            for w in app.screen.query(".preview-table")
            for column in w.content.columns
            for cell in column._cells
        ]
        assert any(cell.startswith(f"{NAME}\n＜アウトカム指標＞") for cell in cells)
        assert RATIONALE in lines
        assert OBJECTIVE in cells
        assert "　　[i]Ⅲ[/i]" in lines
