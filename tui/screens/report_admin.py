"""Creating, deleting, importing and exporting whole reports: the dialogs and their workers.

Mixed into the home screen; the command palette reaches the same actions from any screen.
"""

from __future__ import annotations

from pathlib import Path

from textual import work

from models.i18n import tr
from models.report.model import Report
from tui.app_of import app_of
from tui.background import deliver
from tui.notices import tell, tell_error
from tui.screens.report_list import ReportList


class ReportAdmin(ReportList):
    """New, delete, import and export on the report list."""

    # ------------------------------------------------------------ new
    def action_new(self) -> None:
        from tui.dialogs.new_report import NewReportScreen

        def chosen(answer: tuple[str, str] | None) -> None:
            if answer is not None:
                self.create(*answer)

        self.app.push_screen(NewReportScreen(self.known_keys()), chosen)

    @work(thread=True, group="admin")
    def create(self, key: str, policy_name: str) -> None:
        def job() -> str:
            app_of(self).ready_store().create_report(Report(key=key, policy_name=policy_name))
            return key

        deliver(self, job, self._created)

    def _created(self, key: str) -> None:
        from tui.screens import report_screen

        self.place_cursor_on(key)  # back on the list, the cursor is on the new report
        self.refresh_list()
        self.app.push_screen(report_screen("report", key))

    # ------------------------------------------------------------ delete
    def action_delete(self) -> None:
        from tui.dialogs.yes_no import YesNoScreen

        key = self.current_key()
        if key is None:
            return
        question = tr(
            "{key} を削除しますか？（履歴には残ります）",
            "Delete {key}? (the history keeps a copy)",
            key=key,
        )

        def chosen(yes: bool | None) -> None:
            if yes:
                self.delete(key)

        self.app.push_screen(YesNoScreen(question), chosen)

    @work(thread=True, group="admin")
    def delete(self, key: str) -> None:
        deliver(self, lambda: app_of(self).ready_store().delete_report(key))
        self.app.call_from_thread(self.refresh_list)

    # ------------------------------------------------------------ import, export
    def action_import(self) -> None:
        from tui.dialogs.path_prompt import PathScreen

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.import_from(path)

        title = tr(
            "読み込むスナップショット（ファイルかフォルダ）", "Snapshot to import (file or folder)"
        )
        self.app.push_screen(PathScreen(title, must_exist=True), chosen)

    @work(thread=True, group="admin")
    def import_from(self, path: Path) -> None:
        from models.services.snapshot_files import import_path

        deliver(self, lambda: import_path(app_of(self).ready_store(), path), self._imported)

    def _imported(self, outcome: tuple[list[str], list[str]]) -> None:
        imported, problems = outcome
        tell(self, tr("{n} 件読み込みました", "Imported {n}", n=len(imported)))
        if problems:
            tell_error(self, "\n".join(problems))
        self.refresh_list()

    def action_export(self, key: str | None = None) -> None:
        from tui.dialogs.path_prompt import PathScreen

        key = key or self.current_key()
        if key is None:
            return

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.export_to(key, path)

        title = tr("{key} の書き出し先", "Export {key} to", key=key)
        self.app.push_screen(PathScreen(title, f"{key}.toml"), chosen)

    @work(thread=True, group="admin")
    def export_to(self, key: str, path: Path) -> None:
        from models.services.snapshot_files import export_report

        def exported(written: Path) -> None:
            tell(self, tr("書き出しました: {path}", "Exported to {path}", path=written))

        deliver(self, lambda: export_report(app_of(self).ready_store(), key, path), exported)
