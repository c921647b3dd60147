"""The conflict dialog over a long text keeps both values reachable and its buttons on screen.

A 判断根拠 of 10,000 characters changed by two evaluators at once: before, the saved value
filled the dialog and pushed 「あなたの値」 and both buttons off the screen (tab, enter then
kept the other value and dropped the typed text unseen).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Button, Label

from tests.tui.helpers import make_app, settle
from tui.dialogs.conflict import ConflictScreen

BASE = "".join(f"第{i}段落：測定指標の達成状況を踏まえ、施策の進捗を評価した。" for i in range(400))
THEIRS = BASE[:5000] + "【他の人の修正】" + BASE[5000:10000]
MINE = BASE[:10000] + "私の結び。"


def _on_screen(app, widget) -> bool:  # type: ignore[no-untyped-def]
    """``widget`` is drawn whole inside the terminal (not cut off, not scrolled away)."""
    region = widget.region
    return region.height > 0 and app.screen.region.contains_region(region)


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (120, 40)])
async def test_both_values_reachable_and_the_buttons_on_screen(
    db_path: Path, size: tuple[int, int]
) -> None:
    app = make_app(db_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await app.push_screen(ConflictScreen("verdict.rationale", THEIRS, MINE))
        await settle(pilot)
        dialog = app.screen
        for button in dialog.query(Button):
            assert _on_screen(app, button), button.id
        labels = [str(label.render()) for label in dialog.query(Label)]
        assert "あなたの値（10,005 字）" in labels and "保存されている値（10,008 字）" in labels
        mine = dialog.query_one("#conflict-mine", VerticalScroll)
        assert app.focused is mine and _on_screen(app, mine)
        assert _on_screen(app, dialog.query_one("#conflict-theirs", VerticalScroll))
        # the whole of one's own text can be read: the keys scroll it to its end
        await pilot.press("end")
        await settle(pilot)
        assert mine.scroll_y == mine.max_scroll_y > 0
        # the difference comes first: the other's insertion and one's own ending
        difference = str(dialog.query_one("#conflict-difference Static").render())
        assert "【他の人の修正】" in difference and "私の結び。" in difference
        await pilot.press("tab", "enter")  # to 「自分の値で上書き」
        await settle(pilot)
        assert not isinstance(app.screen, ConflictScreen)


async def test_short_values_as_before(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        result: list[bool | None] = []
        await app.push_screen(
            ConflictScreen("report.policy_name", "他の名前", "私の名前"), result.append
        )
        await settle(pilot)
        dialog = app.screen
        assert not dialog.query("#conflict-difference")
        for button in dialog.query(Button):
            assert _on_screen(app, button) and button.region.height == 3, button.id
        await pilot.press("escape")  # keeps theirs
        await settle(pilot)
        assert result == [False]


async def test_keeping_theirs_says_that_mine_was_not_saved(db_path: Path) -> None:
    from textual.widgets import Input

    from models.store.store import open_store
    from tests.tui.helpers import toast_texts

    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        app.screen.query_one("#f-policy_name Input", Input).focus()
        await pilot.press("end", *"改訂")
        other = open_store(str(db_path), user="other")
        other.set_value("soumu-r4-08", "report.policy_name", "他の人の政策名")
        other.close()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("escape")
        texts = await toast_texts(pilot)
        assert "あなたの値は保存していません。保存されている値を表示します" in texts
