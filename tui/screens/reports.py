"""The home screen: every report in the database, filtered as you type, sorted by a column.

The list paints from one query (``Store.list_reports``); the number of open check findings
per report is computed afterwards in a worker, report by report, and only again for reports
whose revision changed. Creating, deleting, importing and exporting reports start here.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Header, Input, Static

from models.i18n import tr
from models.report import Report, ReportSummary
from tui.app import DatabaseChanged, StoreReady
from tui.listing import SORTS, ListRow, matching, open_findings, sort_label, sorted_rows
from tui.screens.report_admin import ReportAdmin

LARGE = 500  # from this many reports the filter waits for a pause in typing
FILTER_PAUSE = 0.2


class ReportsScreen(ReportAdmin):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", tr("開く", "Open"), id="reports.open", show=False),
        Binding("n", "new", tr("新規", "New"), id="reports.new"),
        Binding("d", "delete", tr("削除", "Delete"), id="reports.delete"),
        Binding("s", "sort", tr("並べ替え", "Sort"), id="reports.sort"),
        Binding("slash", "focus_filter", tr("絞り込み", "Filter"), id="reports.filter"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ListRow] = []
        self.shown: list[ListRow] = []
        self.sort_index = 0
        self.counts: dict[str, int] = {}
        self._counted_revision: dict[str, int] = {}
        self._filter_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder=tr(
                "絞り込み（キー・府省・政策名・年度・測定結果）",
                "Filter (key, ministry, policy, year, verdict)",
            ),
            id="filter",
        )
        yield DataTable(id="reports", cursor_type="row", zebra_stripes=True)
        yield Static(tr("読み込み中…", "Loading…"), id="status")
        yield Footer()

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.app.store  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, names, _ in SORTS:
            table.add_column(tr(*names), key=key)
        table.focus()
        if self.store is not None:
            self.refresh_list()

    def on_store_ready(self, _message: StoreReady) -> None:
        self.refresh_list()

    def on_database_changed(self, _message: DatabaseChanged) -> None:
        self.refresh_list()  # another process saved: new keys, names, verdicts, revisions

    def on_screen_resume(self) -> None:
        if self.store is not None:
            self.refresh_list()

    # ------------------------------------------------------------ loading
    @work(thread=True, exclusive=True, group="list")
    def refresh_list(self) -> None:
        from models.store import StoreError

        try:
            summaries = self.store.list_reports()
        except StoreError as exc:
            self.app.call_from_thread(
                self.notify, str(exc), severity="error", timeout=30, markup=False
            )
            return
        self.app.call_from_thread(self._show, summaries)

    def _show(self, summaries: list[ReportSummary]) -> None:
        self.rows = [ListRow.of(s) for s in summaries]
        self._fill()
        stale = [s for s in summaries if self._counted_revision.get(s.key) != s.revision]
        if stale:
            self.count_findings(stale)

    @work(thread=True, exclusive=True, group="checks")
    def count_findings(self, summaries: list[ReportSummary]) -> None:
        from models.store import StoreError

        batch: dict[str, tuple[int, int]] = {}
        for s in summaries:
            try:
                report: Report = self.store.load_report(s.key)
            except StoreError:
                continue
            batch[s.key] = (s.revision, open_findings(report, self.app.rules))  # type: ignore[attr-defined]
            if len(batch) >= 50:
                self.app.call_from_thread(self._counted, batch)
                batch = {}
        self.app.call_from_thread(self._counted, batch)

    def _counted(self, batch: dict[str, tuple[int, int]]) -> None:
        table = self.query_one(DataTable)
        for key, (revision, count) in batch.items():
            self.counts[key] = count
            self._counted_revision[key] = revision
            if key in table.rows:
                table.update_cell(key, "checks", str(count))

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        current = self.current_key()
        self.shown = sorted_rows(
            matching(self.rows, self.query_one("#filter", Input).value),
            self.sort_index,
            self.counts,
        )
        table.clear()
        for r in self.shown:
            s = r.summary
            table.add_row(
                Text(s.key),
                Text(s.ministry),
                Text(r.policy),
                r.year,
                Text(s.verdict),
                str(self.counts.get(s.key, "")),
                key=s.key,
            )
        if current is not None and current in table.rows:
            table.move_cursor(row=table.get_row_index(current))
        self.query_one("#status", Static).update(
            tr(
                "{shown} / {total} 件　並べ替え: {sort}",
                "{shown} of {total}  sorted by {sort}",
                shown=len(self.shown),
                total=len(self.rows),
                sort=sort_label(self.sort_index),
            )
        )

    def known_keys(self) -> set[str]:
        return {r.summary.key for r in self.rows}

    def current_key(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    # ------------------------------------------------------------ filter, sort, open
    def on_input_changed(self, _event: Input.Changed) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        if len(self.rows) < LARGE:
            self._fill()
        else:  # refilling thousands of rows per keystroke would lag behind the typing
            self._filter_timer = self.set_timer(FILTER_PAUSE, self._fill)

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self.query_one(DataTable).focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self._open(event.row_key.value)

    def action_open(self) -> None:
        self._open(self.current_key())

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_sort(self) -> None:
        self.sort_index = (self.sort_index + 1) % len(SORTS)
        self._fill()

    def _open(self, key: str | None) -> None:
        from tui.screens import report_screen

        if key is not None:
            self.app.push_screen(report_screen("report", key))
