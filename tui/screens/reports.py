"""The home screen: every report in the database, with a filter; enter opens one."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from models.i18n import tr
from models.report import ReportSummary
from tui.app import StoreReady


class ReportsScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "open", tr("開く", "Open"), id="reports.open", show=False),
        Binding("slash", "focus_filter", tr("絞り込み", "Filter"), id="reports.filter"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[ReportSummary] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder=tr("絞り込み（キー・府省・政策名）", "Filter (key, ministry, policy)"),
                    id="filter")
        yield DataTable(id="reports", cursor_type="row", zebra_stripes=True)
        yield Static(tr("読み込み中…", "Loading…"), id="status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("key", tr("府省", "Ministry"), tr("政策", "Policy"), tr("年度", "FY"),
                          tr("測定結果", "Verdict"))
        table.focus()
        if self.app.store is not None:  # type: ignore[attr-defined]
            self.refresh_list()

    def on_store_ready(self, _message: StoreReady) -> None:
        self.refresh_list()

    def on_screen_resume(self) -> None:
        if self.app.store is not None:  # type: ignore[attr-defined]
            self.refresh_list()

    @work(thread=True, exclusive=True, group="list")
    def refresh_list(self) -> None:
        summaries = self.app.store.list_reports()  # type: ignore[attr-defined]
        self.app.call_from_thread(self._show, summaries)

    def _show(self, summaries: list[ReportSummary]) -> None:
        self.summaries = summaries
        self._fill(self.query_one("#filter", Input).value)

    def _fill(self, needle: str) -> None:
        table = self.query_one(DataTable)
        table.clear()
        needle = needle.strip().lower()
        shown = 0
        for s in self.summaries:
            haystack = f"{s.key} {s.ministry} {s.policy_name}".lower()
            if needle and needle not in haystack:
                continue
            number = "" if s.policy_number is None else f"{s.policy_number}："
            year = "" if s.evaluated_fiscal_year is None else str(s.evaluated_fiscal_year)
            table.add_row(Text(s.key), Text(s.ministry), Text(number + s.policy_name), year,
                          Text(s.verdict), key=s.key)
            shown += 1
        self.query_one("#status", Static).update(
            tr("{shown} / {total} 件", "{shown} of {total}", shown=shown, total=len(self.summaries))
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self.query_one(DataTable).focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self._open(event.row_key.value)

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            self._open(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def _open(self, key: str | None) -> None:
        from tui.screens import report_screen

        if key is not None:
            self.app.push_screen(report_screen("report", key))
