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

    def action_import_form(self) -> None:
        from tui.dialogs.path_prompt import PathScreen

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.import_form_from(path)

        title = tr(
            "取り込む様式（別紙２: xlsx・docx・pdf）",
            "Ministry's form to import (別紙２: xlsx, docx, pdf)",
        )
        self.app.push_screen(PathScreen(title, must_exist=True), chosen)

    @work(thread=True, group="admin")
    def import_form_from(self, path: Path) -> None:
        """Read a ministry's own 別紙２ by its labels and store it with the provenance of every
        value; a file that is not one (or has no usable 評価書番号, or a key that exists) is
        refused with the reader's words and nothing is written."""
        from models.services.form_import import prepare, store_form

        def job() -> tuple[str, int]:
            prepared = prepare(path)
            store_form(app_of(self).ready_store(), prepared)
            return prepared.form.report.key, len(prepared.form.doubtful)

        deliver(self, job, self._form_imported)

    def _form_imported(self, outcome: tuple[str, int]) -> None:
        key, doubtful = outcome
        tell(
            self,
            tr(
                "{key} を取り込みました（確かめる値 {n} 件: プレビュー F6 と各欄に表示）",
                "Imported {key} ({n} values to check: shown in the preview, F6, and by each field)",
                key=key,
                n=doubtful,
            ),
        )
        self.place_cursor_on(key)
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
