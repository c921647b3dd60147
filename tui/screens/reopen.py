"""An edit of a report that is 確認済 or 公表済 asks first: the store refuses it
(models/store/bureau_errors.Settled); the screen asks whether to move the report back to 作成中,
and on yes moves it (recorded in the history like any move) and saves the edit again. On no,
or escape, nothing is saved and the form shows the stored value again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from models.i18n import tr
from models.report.review import DRAFT
from tui.notices import tell_error

if TYPE_CHECKING:
    from models.store.bureau_errors import Settled
    from tui.screens.base import ReportScreen


def ask_reopen(screen: ReportScreen, refused: Settled, retry: Callable[[], object]) -> None:
    from tui.dialogs.yes_no import YesNoScreen

    def answered(yes: bool | None) -> None:
        if yes:
            screen.run_worker(lambda: _reopen_then(screen, retry), thread=True, group="save")
        else:
            screen.load()

    question = tr(
        "{key} は{status}です。作成中に戻してこの変更を保存しますか？",
        "{key} is {status}. Move it back to 作成中 and save this change?",
        key=refused.key,
        status=refused.status,
    )
    screen.app.push_screen(YesNoScreen(question), answered)


def _reopen_then(screen: ReportScreen, retry: Callable[[], object]) -> None:
    from models.store.errors import StoreError

    store = screen.store
    assert store is not None
    try:
        store.set_status(screen.key, DRAFT)
    except StoreError as exc:
        tell_error(screen, exc)
        screen.app.call_from_thread(screen.load)
        return
    retry()
