"""The home screen: every report in the database, filtered as you type, sorted by a column.

The list paints before the store is open: the app reads the summaries of a SQLite file with
the standard library (``models.store.quick_list``) while Textual starts, and the store (SQLAlchemy)
is opened after the first paint. Then ``Store.list_reports`` refreshes the list, and the
number of open check findings per report is computed in a low-priority worker, only again
for reports whose revision changed. The list is a ``ReportTable``, which draws only the
visible rows, so filtering 5,000 reports refills it on every keystroke. Creating, deleting,
importing and exporting reports start here.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Header, Input, Static
from textual.worker import get_current_worker

from models.i18n import tr
from models.report.model import ReportSummary
from tui.app_of import app_of
from tui.messages import DatabaseChanged, StoreReady
from tui.notices import tell
from tui.screens.report_admin import ReportAdmin
from tui.screens.rollover_action import RollOverAction
from tui.widgets.fitted_footer import FittedFooter
from tui.widgets.listing import SORTS, ListRow, matching, open_findings, sort_label, sorted_rows
from tui.widgets.report_table import Column, ReportTable

if TYPE_CHECKING:
    from models.report.model import Report

COUNT_BATCH = 100  # reports loaded and checked per step of the findings worker
COUNT_PAUSE = 0.002  # seconds the findings worker sleeps between reports (keys come first)
# キー, 府省, 政策, 年度, 測定結果, 点検: how far each may shrink on a narrow terminal
MINIMUM = {"ministry": 6, "policy": 16, "verdict": 8}


class ReportsScreen(RollOverAction, ReportAdmin):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", tr("開く", "Open"), id="reports.open", show=False),
        Binding("n", "new", tr("新規", "New"), id="reports.new"),
        Binding("d", "delete", tr("削除", "Delete"), id="reports.delete"),
        Binding("s", "sort", tr("並べ替え", "Sort"), id="reports.sort"),
        Binding("r", "rollover", tr("繰越し", "Roll over"), id="reports.rollover", show=False),
        Binding("slash", "focus_filter", tr("絞り込み", "Filter"), id="reports.filter"),
        Binding("c", "calendar", tr("予定", "Calendar"), id="reports.calendar"),
        Binding(
            "escape", "leave_filter", tr("一覧へ", "To the list"), id="reports.list", show=False
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ListRow] = []  # every report, in the current sort order
        self.shown: list[ListRow] = []
        self.sort_index = 0
        self.counts: dict[str, int] = {}
        self._counted_revision: dict[str, int] = {}
        self._loaded = False  # by the store (not only by the quick reader)
        self._cursor_to: str | None = None  # a report just created: the cursor goes to it

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder=tr(
                "絞り込み（キー・府省・政策名・年度・測定結果）",
                "Filter (key, ministry, policy, year, verdict)",
            ),
            id="filter",
        )
        columns = [
            Column(tr(*names), MINIMUM.get(key, 99), flex=key == "policy", right=key == "checks")
            for key, names, _ in SORTS
        ]
        yield ReportTable(columns, self._cells, _key, id="reports")
        yield Static(tr("読み込み中…", "Loading…"), id="status")
        yield FittedFooter()

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return app_of(self).store

    @property
    def table(self) -> ReportTable:
        return self.query_one(ReportTable)

    def on_mount(self) -> None:
        self.table.focus()
        quick = app_of(self).quick_rows()
        if quick is not None:
            self._show(quick, count=False)
        if self.store is not None:
            self.refresh_list()

    def on_store_ready(self, _message: StoreReady) -> None:
        self.refresh_list()

    def on_database_changed(self, _message: DatabaseChanged) -> None:
        self.refresh_list()  # another process saved: new keys, names, verdicts, revisions

    def on_screen_resume(self) -> None:
        if self.store is not None and self._loaded:
            self.refresh_list()  # an edit on the screen just left; one query, cheap to show

    # ------------------------------------------------------------ loading
    @work(thread=True, exclusive=True, group="list")
    def refresh_list(self) -> None:
        from models.store.errors import StoreError

        try:
            summaries = self.store.list_reports()
        except StoreError as exc:
            tell(self, str(exc), severity="error", timeout=30)
            return
        rows = [ListRow.of(s) for s in summaries]
        for r in rows:  # normalised here, off the UI thread
            r.haystack  # noqa: B018
        self.app.call_from_thread(self._show, rows)

    def _show(self, rows: list[ListRow], *, count: bool = True) -> None:
        self._loaded = count
        self.rows = sorted_rows(rows, self.sort_index, self.counts)
        self.table.set_natural(_natural(rows))
        self._fill()
        if count:
            counted = self._counted_revision
            stale = [r.summary for r in rows if counted.get(r.key) != r.summary.revision]
            if stale:
                self.count_findings(stale)

    @work(thread=True, exclusive=True, group="checks")
    def count_findings(self, summaries: list[ReportSummary]) -> None:
        """Load and check the reports in batches, at low priority: between reports the worker
        sleeps, so keystrokes and repaints never wait long for the interpreter."""
        worker = get_current_worker()
        rules = app_of(self).rules
        for start in range(0, len(summaries), COUNT_BATCH):
            if worker.is_cancelled:
                return
            chunk = summaries[start : start + COUNT_BATCH]
            batch: dict[str, tuple[int, int]] = {}
            for s, report in zip(chunk, self._load(chunk), strict=True):
                if report is not None:
                    batch[s.key] = (s.revision, open_findings(report, rules))
                time.sleep(COUNT_PAUSE)
            if worker.is_cancelled:
                return
            self.app.call_from_thread(self._counted, batch)

    def _load(self, chunk: list[ReportSummary]) -> list[Report | None]:
        """The reports of ``chunk`` (None where one is gone), in bulk when the store can."""
        from models.store.errors import StoreError

        keys = [s.key for s in chunk]
        if hasattr(self.store, "iter_reports"):
            try:
                return list(self.store.iter_reports(keys, batch=len(keys)))
            except StoreError:
                pass  # a report deleted meanwhile: one by one below
        found: list[Report | None] = []
        for key in keys:
            try:
                found.append(self.store.load_report(key))
            except StoreError:
                found.append(None)
        return found

    def _counted(self, batch: dict[str, tuple[int, int]]) -> None:
        for key, (revision, count) in batch.items():
            self.counts[key] = count
            self._counted_revision[key] = revision
        if SORTS[self.sort_index][0] == "checks":
            self.rows = sorted_rows(self.rows, self.sort_index, self.counts)
            self._fill()
        else:
            self.table.changed()  # repaints only the visible rows whose count changed

    def _cells(self, r: ListRow) -> tuple[str, ...]:
        s = r.summary
        return (s.key, s.ministry, r.policy, r.year, s.verdict, str(self.counts.get(s.key, "")))

    def _fill(self) -> None:
        needle = self.query_one("#filter", Input).value
        self.shown = matching(self.rows, needle) if needle.strip() else self.rows
        keep = self.table.current_key
        if self._cursor_to is not None and any(r.key == self._cursor_to for r in self.shown):
            keep, self._cursor_to = self._cursor_to, None
        self.table.set_rows(self.shown, keep=keep)
        self.query_one("#status", Static).update(
            tr(
                "{shown} / {total} 件　並べ替え: {sort}",
                "{shown} of {total}  sorted by {sort}",
                shown=len(self.shown),
                total=len(self.rows),
                sort=sort_label(self.sort_index),
            ),
            layout=False,  # one line whatever it says: no layout of the screen per keystroke
        )

    def known_keys(self) -> set[str]:
        return {r.key for r in self.rows}

    def current_key(self) -> str | None:
        return self.table.current_key

    def place_cursor_on(self, key: str) -> None:
        """Put the cursor on ``key`` once the list shows it (it may not have been read yet)."""
        self._cursor_to = key
        if any(r.key == key for r in self.shown):
            self._fill()

    # ------------------------------------------------------------ filter, sort, open
    def on_input_changed(self, _event: Input.Changed) -> None:
        self._fill()

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self.table.focus()

    def on_report_table_chosen(self, event: ReportTable.Chosen) -> None:
        self._open(event.key)

    def action_open(self) -> None:
        self._open(self.current_key())

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_leave_filter(self) -> None:
        """esc in the filter: back to the list, the filter kept (so s and d act again)."""
        self.table.focus()

    def action_sort(self) -> None:
        self.sort_index = (self.sort_index + 1) % len(SORTS)
        self.rows = sorted_rows(self.rows, self.sort_index, self.counts)
        self._fill()

    def opens_report(self, key: str) -> bool:
        """True when ``key`` opens the report under the cursor: the App then holds the keys
        typed after it until the report is shown (``tui.app.type_ahead``)."""
        bound = self.active_bindings.get(key)
        return (
            bound is not None
            and bound.binding.action == "open"
            and self.focused is self.table
            and self.current_key() is not None
        )

    def _open(self, key: str | None) -> None:
        from tui.screens import report_screen

        if key is not None:
            self.app.push_screen(report_screen("report", key))
        else:
            app_of(self).release_keys()


def _key(r: ListRow) -> str:
    return r.summary.key


def _natural(rows: list[ListRow]) -> list[int]:
    """The widest text of each column over ``rows`` (the checks column holds a few digits)."""

    def widest(values: set[str]) -> int:
        return max(map(cell_len, values), default=0)

    keys = [r.summary.key for r in rows]
    ascii_keys = all(map(str.isascii, keys))  # as hyoka's keys are: a length is a width
    return [
        max(map(len, keys), default=0) if ascii_keys else widest(set(keys)),
        widest({r.summary.ministry for r in rows}),
        0,  # the policy column takes whatever room is left
        widest({r.year for r in rows}),
        widest({r.summary.verdict for r in rows}),
        3,
    ]
