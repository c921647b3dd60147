"""Bring a deleted report back from the report list (ctrl+p 「削除したレポートを戻す」).

Lists the reports deleted and not there now (:meth:`models.store.store.Store.deleted_keys`), lets
the evaluator pick one and restores it from the snapshot its deletion kept, as
``hyoka restore KEY`` does. Reads and writes run in workers; the list is refreshed after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from models.i18n import tr
from tui.app_of import app_of
from tui.background import deliver
from tui.notices import tell

if TYPE_CHECKING:
    from models.report.model import Report
    from tui.screens.reports import ReportsScreen


def offer_restore(home: ReportsScreen) -> None:
    """Ask which deleted report to bring back, then bring it back (a refusal is told as
    every worker's is: ``tui.background``)."""
    from tui.dialogs.choose import NOT_CHOSEN, ChooseScreen

    app = home.app
    store = app_of(app).store
    if store is None:
        return

    def load() -> None:
        deliver(home, store.deleted_keys, choose)

    def choose(keys: list[str]) -> None:
        if not keys:
            tell(
                app,
                tr("削除したレポートはありません", "No deleted report to restore"),
            )
            return
        title = tr("戻すレポート", "Report to restore")
        app.push_screen(ChooseScreen(title, [(k, k) for k in keys], None), chosen)

    def chosen(key: object) -> None:
        if key is not NOT_CHOSEN and isinstance(key, str):
            home.run_worker(lambda: restore(key), thread=True, group="admin")

    def restore(key: str) -> None:
        deliver(home, lambda: store.restore_report(key), done)

    def done(report: Report) -> None:
        message = tr(
            "{key} を戻しました（{name}）",
            "Restored {key} ({name})",
            key=report.key,
            name=report.policy_name,
        )
        tell(app, message)
        home.refresh_list()

    home.run_worker(load, thread=True, group="admin")
