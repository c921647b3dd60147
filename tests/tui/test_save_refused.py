"""A save the store or the disk refuses is told as every worker's refusal is
(``tui.background.deliver``): one error notice, the saved value shown again, the app still
running. A conflict still opens its dialog (tests/tui/test_sharing.py)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from models.store.errors import ReadOnly
from models.store.store import Store
from tests.tui.helpers import make_app, record_notices, settle, stored_report
from tui.screens.header import HeaderScreen

SAVED = "電子自治体の推進"


@pytest.mark.parametrize(
    ("refusal", "told"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "hyoka.db"), "hyoka.db"),
        (ReadOnly("読み取り専用です"), "読み取り専用です"),
    ],
)
async def test_a_refused_save_is_told_and_the_saved_value_comes_back(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, refusal: Exception, told: str
) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise refusal

    app = make_app(db_path)
    notices = record_notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HeaderScreen)
        field = app.screen.query_one("#f-policy_name Input", Input)
        assert field.value == SAVED
        field.focus()
        monkeypatch.setattr(Store, "set_value", refuse)
        await pilot.press("end", *"改訂", "enter")
        await settle(pilot)
        assert app.is_running and app.return_code is None
        assert [n for n in notices if told in n], notices
        assert field.value == SAVED  # what is saved, shown again
        assert app.undo.peek() is None  # nothing saved, nothing to undo
    assert stored_report(db_path).policy_name == SAVED
