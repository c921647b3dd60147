"""A ministry's own 別紙２ imported from the report list's palette, and its doubts in the TUI:
the reason under each field still holding a doubtful value (F2), the list of what to check at
the top of the preview (F6), the indicator's doubts among F4's findings; a doubt goes when the
field is edited. A file that is not a 別紙２ is refused with the reader's words, nothing stored.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from models.rules.imported import check_imported
from models.snapshot.codec import read_snapshot
from models.store.store import open_store
from tests.conftest import ROOT, SEED
from tests.foreign_forms import HABITS, layout, to_xlsx
from tests.tui.helpers import make_app, settle, toast_texts
from tests.tui.typing_helpers import type_text
from tui.widgets.field import Field

KEY = "soumu-r4-08"
EXAMPLE = ROOT.parent / "shared" / "fixtures" / "foreign" / "soumu-r4-08.xlsx"


async def _import_form(pilot, path: Path) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("ctrl+p", *"様式")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    pilot.app.screen.query_one("#path", Input).value = str(path)
    await pilot.press("enter")
    await settle(pilot)


def _open_doubts(db: Path) -> list[str]:
    store = open_store(str(db))
    try:
        report = store.load_report(KEY)
        return [f.place for f in check_imported(report, store.provenance([KEY])[KEY])]
    finally:
        store.close()


def _form_without_outcome_markers(tmp_path: Path) -> Path:
    """The seed in 総務省's habit, its 基本目標 typed without ［最終アウトカム］: the whole text is
    read as the final outcome, with doubt."""
    seed = read_snapshot(SEED)
    seed.intermediate_outcomes = []
    form = layout(seed, HABITS[0])
    for row in form.rows:
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("［最終アウトカム］"):
                cell.value = seed.final_outcome
    path = tmp_path / "form.xlsx"
    path.write_bytes(to_xlsx(form, HABITS[0]))
    return path


async def test_the_public_example_imported_from_the_palette_shows_its_doubts(
    tmp_path: Path,
) -> None:
    db = tmp_path / "h.db"
    app = make_app(db)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _import_form(pilot, EXAMPLE)
        texts = await toast_texts(pilot)
        assert any(f"{KEY} を取り込みました（確かめる値 4 件" in t for t in texts), texts
        await pilot.press("enter")  # the cursor is on the imported report
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        doubts = app.screen.query_one("#preview-doubts", Static).render()
        text = str(doubts)
        assert "取り込みで確かめる値 4 件" in text
        assert "M001" in text and "別紙２!E22" in text
        await pilot.press("f4")
        await settle(pilot)
        found = [f.code for fs in app.screen.places.values() for f in fs]  # type: ignore[attr-defined]
        assert found.count("M001") == 4
    assert len(_open_doubts(db)) == 4


async def test_a_doubtful_field_is_marked_until_it_is_edited(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await _import_form(pilot, _form_without_outcome_markers(tmp_path))
        await pilot.press("enter")
        await settle(pilot)
        field = app.screen.query_one("#f-final_outcome", Field)
        assert field.has_class("-doubtful")
        note = str(field.query_one(".field-message", Static).render())
        assert "取り込み時の推測" in note and "別紙２!" in note
        assert not app.screen.query_one("#f-overview", Field).has_class("-doubtful")
        assert "report.final_outcome" in _open_doubts(db)
        field.query_one("TextArea").focus()
        await pilot.press("end")
        await type_text(pilot, "よう努める")
        app.screen.query_one("#f-policy_name Input").focus()  # leaving the field saves it
        await settle(pilot)
        assert not field.has_class("-doubtful")
        assert str(field.query_one(".field-message", Static).render()) == ""
    assert "report.final_outcome" not in _open_doubts(db)


async def test_a_file_that_is_not_a_form_is_refused_from_the_palette(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "出張旅費の精算"
    path = tmp_path / "travel.xlsx"
    book.save(path)
    db = tmp_path / "h.db"
    app = make_app(db)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _import_form(pilot, path)
        texts = await toast_texts(pilot)
        assert any("別紙２の様式ではありません" in t for t in texts), texts
    store = open_store(str(db))
    try:
        assert store.list_reports() == []
    finally:
        store.close()
