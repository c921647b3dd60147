"""Bringing a deleted report back from the report list (tui/screens/restore_deleted.py):
chosen from the deleted ones, it is in the database again; a refusal is told once and the
app goes on (the one worker policy, tui/background.py)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from models.store.store import Store, open_store
from tests.tui.helpers import make_app, record_notices, settle
from tui.dialogs.choose import ChooseScreen
from tui.screens.reports import ReportsScreen
from tui.screens.restore_deleted import offer_restore

KEY = "soumu-r4-08"


def _delete(db_path: Path) -> None:
    store = open_store(str(db_path))
    try:
        store.delete_report(KEY)
    finally:
        store.close()


def _keys(db_path: Path) -> list[str]:
    store = open_store(str(db_path))
    try:
        return store.keys()
    finally:
        store.close()


async def _restore_chosen(db_path: Path) -> list[str]:
    app = make_app(db_path)
    notices = record_notices(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReportsScreen)
        offer_restore(app.screen)
        await settle(pilot)
        assert isinstance(app.screen, ChooseScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and app.return_code is None
    return notices


async def test_a_deleted_report_chosen_is_back(db_path: Path) -> None:
    _delete(db_path)
    assert KEY not in _keys(db_path)
    notices = await _restore_chosen(db_path)
    assert KEY in _keys(db_path)
    assert any(KEY in n for n in notices), notices


async def test_a_refused_restore_is_told_and_the_app_goes_on(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(errno.EACCES, "Permission denied", "hyoka.db")

    _delete(db_path)
    monkeypatch.setattr(Store, "restore_report", refuse)
    notices = await _restore_chosen(db_path)
    assert [n for n in notices if "hyoka.db" in n], notices
    assert KEY not in _keys(db_path)
