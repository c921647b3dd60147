"""The report screen shows the review: the status in its title, a mark (✉, no colour needed)
on a field with an open comment and the comment under it; a comment another person adds
appears within a second; a session left idle ends and saves nothing half-typed."""

from __future__ import annotations

import time
from pathlib import Path

from models.store.store import open_store
from tests.bureau_people import add_people
from tests.tui.helpers import make_app, settle, stored_report, toast_texts
from tui.app.app import POLL_SECONDS, HyokaApp
from tui.widgets.field import Field

KEY = "soumu-r4-08"


def _field(app: HyokaApp, path: str) -> Field:
    return next(f for f in app.screen.query(Field) if f.path == path)


def _label(field: Field) -> str:
    return str(field.query_one(".field-label").render())


async def test_status_in_title_and_marks_on_commented_fields(db_path: Path) -> None:
    other = open_store(str(db_path), user="bob")
    other.comment(KEY, "report.materials", "出典の年を書いてください")
    other.set_status(KEY, "確認依頼")
    app = make_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "［確認依頼］" in app.screen.sub_title and "1" in app.screen.sub_title
        materials = _field(app, "report.materials")
        assert "✉" in _label(materials)
        assert "bob: 出典の年を書いてください" in str(
            materials.query_one(".field-message").render()
        )
        assert "✉" not in _label(_field(app, "report.policy_name"))

        # someone else comments while the screen is open: it shows at the next poll, and
        # the app polls more often than once a second
        assert POLL_SECONDS < 1.0
        other.comment(KEY, "report.policy_name", "名称は正式名で")
        await pilot.pause(POLL_SECONDS * 1.5)
        await settle(pilot)
        assert "✉" in _label(_field(app, "report.policy_name"))
        assert any("名称は正式名で" in text for text in await toast_texts(pilot))

        other.resolve(KEY, 1)
        await pilot.pause(POLL_SECONDS * 1.5)
        await settle(pilot)
        assert "✉" not in _label(materials)
    other.close()


async def test_an_idle_session_ends_and_saves_nothing_half_typed(db_path: Path) -> None:
    add_people(db_path)
    app = HyokaApp(str(db_path), cursor_blink=False, person="alice", idle_minutes=0.02)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("end", *"改訂")  # in 政策名, not accepted
        start = time.monotonic()
        while app.is_running and time.monotonic() - start < 30:
            await pilot.pause(0.1)
        assert app.closing
    await app.workers.wait_for_complete()
    assert stored_report(db_path).policy_name == "電子自治体の推進"
    assert [c.user for c in open_store(str(db_path)).history()][-1] != "alice"


async def test_the_local_tui_has_no_idle_timer(db_path: Path) -> None:
    app = HyokaApp(str(db_path), cursor_blink=False, idle_minutes=0.001)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause(0.3)
        assert not app.closing


async def _edit_policy_name(app: HyokaApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("end", *"改訂", "enter")  # in 政策名, accepted
    await settle(pilot)


async def test_an_edit_of_an_accepted_report_asks_first_yes(db_path: Path) -> None:
    from tui.dialogs.yes_no import YesNoScreen

    store = open_store(str(db_path))
    store.set_status(KEY, "確認依頼")
    store.set_status(KEY, "確認済")
    store.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _edit_policy_name(app, pilot)
        assert isinstance(app.screen, YesNoScreen)
        assert "確認済" in app.screen.question
        assert stored_report(db_path).policy_name == "電子自治体の推進"  # nothing yet
        await pilot.press("y")
        await settle(pilot)
    assert stored_report(db_path).policy_name == "電子自治体の推進改訂"
    after = open_store(str(db_path))
    assert after.review(KEY).status == "作成中"
    assert [c.action for c in after.history(KEY)][-2:] == ["status", "set"]
    after.close()


async def test_an_edit_of_an_accepted_report_asks_first_no(db_path: Path) -> None:
    store = open_store(str(db_path))
    store.set_status(KEY, "確認依頼")
    store.set_status(KEY, "確認済")
    store.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _edit_policy_name(app, pilot)
        await pilot.press("n")
        await settle(pilot)
        shown = app.screen.query_one("#f-policy_name Input").value  # the stored value again
    assert shown == "電子自治体の推進"
    assert stored_report(db_path).policy_name == "電子自治体の推進"
    assert open_store(str(db_path)).review(KEY).status == "確認済"


async def test_ctrl_o_lists_answers_and_resolves_comments_beside_the_form(db_path: Path) -> None:
    from tui.dialogs.comments import CommentsPanel

    other = open_store(str(db_path), user="bob")
    other.comment(KEY, "indicator[1].target", "この目標値の根拠は？")
    other.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, CommentsPanel)
        listed = str(app.screen.query_one("OptionList").get_option_at_index(0).prompt)
        assert "測定指標１ 目標（値）" in listed and "この目標値の根拠は？" in listed
        await pilot.press("enter")  # to the answer line
        await pilot.press(*"第５期計画", "enter")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, CommentsPanel)
    store = open_store(str(db_path))
    (comment,) = store.review(KEY).comments
    assert [r.text for r in comment.replies] == ["第５期計画"]
    assert comment.resolved_by == "tester"
    store.close()


async def test_a_reviewers_value_edit_in_the_tui_is_refused_by_the_store(db_path: Path) -> None:
    add_people(db_path)
    before = len(open_store(str(db_path)).history())
    app = HyokaApp(str(db_path), cursor_blink=False, person="bob")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _edit_policy_name(app, pilot)
        toasts = " ".join(await toast_texts(pilot))
        assert "evaluator" in toasts and "bob" in toasts  # who may, and who tried
    assert stored_report(db_path).policy_name == "電子自治体の推進"
    assert len(open_store(str(db_path)).history()) == before


async def test_a_budget_cell_with_an_open_comment_is_marked_and_its_status_line_says_it(
    db_path: Path,
) -> None:
    from textual.widgets import Static

    from tests.tui.test_budget import _cell, _open_budget

    other = open_store(str(db_path), user="bob")
    other.comment(KEY, "budget[2019].initial", "当初予算の出典は？")
    other.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_budget(pilot)
        assert _cell(pilot, "initial", 2019).startswith("✉")
        assert not _cell(pilot, "initial", 2020).startswith("✉")
        status = str(app.screen.query_one("#budget-status", Static).render())
        assert "✉ bob: 当初予算の出典は？" in status  # the cursor starts on that cell
