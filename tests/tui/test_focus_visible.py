"""Focus that shows without colour: ▶ and reverse video on the focused field's label, a word
when tab wraps round, an empty list that says what to press, the verdict's choices framed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.tui.helpers import make_app, screen_lines, settle, toast_texts


async def _open(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


def _marked(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if "▶" in line]


async def test_the_focused_field_is_marked_in_characters(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        assert [m.split()[0] for m in _marked(screen_lines(app))] == ["▶政策名"]
        await pilot.press("tab")
        await settle(pilot)
        assert [m.split()[0] for m in _marked(screen_lines(app))] == ["▶政策番号"]
        label = app.screen.query(".field-label.-focused").only_one(Label)
        assert label.styles.text_style.reverse and label.styles.text_style.bold


async def test_tab_past_either_end_says_so(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _open(pilot)
        await pilot.press("tab")
        await settle(pilot)
        assert not any("項目" in t for t in await toast_texts(pilot))  # an ordinary move
        chain = app.screen.focus_chain
        await pilot.press(*["shift+tab"] * (chain.index(app.focused) + 1))
        await settle(pilot)
        assert app.focused is chain[-1]
        assert any("最後の項目に移りました" in t for t in await toast_texts(pilot))
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is chain[0]
        assert any("最初の項目に戻りました" in t for t in await toast_texts(pilot))


async def test_a_focused_empty_list_says_what_to_press(tmp_path: Path) -> None:
    report = load_sample()
    report.cabinet_policies = []
    db = tmp_path / "empty.db"
    store = open_store(str(db))
    store.import_report(report)
    store.close()
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        rows = app.screen.query_one("#l-cabinet")
        assert rows.has_class("-empty")
        rows.query_one("RowTable").focus()
        await settle(pilot)
        text = "\n".join(screen_lines(app))
        assert "（行がありません）a で追加" in text
        assert _marked(screen_lines(app))[0].startswith("▶")
        hint = rows.query_one(".empty-hint")
        assert hint.styles.text_style.reverse
        assert not app.screen.query_one("#l-outcomes").has_class("-empty")


async def test_the_verdict_choices_are_framed_when_focused(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert any(line.lstrip().startswith("┏") for line in screen_lines(app))
        await pilot.press("alt+r")  # into the 判断根拠 text: the frame goes, the label is marked
        await settle(pilot)
        lines = screen_lines(app)
        assert not any(line.lstrip().startswith("┏") for line in lines)
        assert any("▶（判断根拠）" in line for line in lines)
