"""The calendar of evaluations and monitoring (``c`` on the report list, or the palette): one row
per policy, one column per fiscal year, and what is due this fiscal year — what ``hyoka
calendar`` prints (models/services/evaluation_calendar.py).

The 府省 and 政策 columns stay put while the years scroll sideways; a policy's name longer than
the room at 80 columns ends in …, and the line under the table shows the row under the cursor
whole: its name, its reports, its 政策評価実施予定時期 and what is due. ``enter`` opens the
policy's latest report; ``escape`` goes back to the list. The calendar is read in a worker.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from models.i18n import tr
from tui.app_of import app_of
from tui.background import deliver

if TYPE_CHECKING:
    from models.services.evaluation_calendar import Calendar, Policy

NAME_ROOM = 22  # cells for 政策 below 120 columns; wider terminals show it whole


def today() -> date:
    """The day the fiscal year is counted from (a test sets its own)."""
    return date.today()


def _short_year(fiscal_year: int) -> str:
    from models.report.eras import era_of_fiscal_year

    try:
        era, n = era_of_fiscal_year(fiscal_year)
    except ValueError:
        return str(fiscal_year)
    return tr(f"{era.letter}{n}", f"FY{fiscal_year % 100:02d}")


def _clip(text: str, room: int) -> str:
    """``text`` within ``room`` cells, ending in … when cut."""
    if cell_len(text) <= room:
        return text
    out = ""
    for ch in text:
        if cell_len(out + ch) > room - 1:
            break
        out += ch
    return out + "…"


class CalendarScreen(Screen[None]):
    DEFAULT_CSS = """
    CalendarScreen #calendar { height: 1fr; }
    CalendarScreen #heading, CalendarScreen #detail, CalendarScreen #legend {
        height: auto; padding: 0 1;
    }
    CalendarScreen #detail { border-top: solid $primary; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", tr("一覧へ", "To the list"), id="calendar.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.calendar: Calendar | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(tr("読み込み中…", "Loading…"), id="heading")
        yield DataTable(id="calendar", cursor_type="row", fixed_columns=2, zebra_stripes=True)
        yield Static("", id="detail")
        yield Static("", id="legend")
        yield Footer()

    def on_mount(self) -> None:
        self.title = tr("評価・モニタリングの予定", "Evaluation and monitoring calendar")
        self.query_one(DataTable).focus()
        self.load()

    @work(thread=True, exclusive=True, group="calendar")
    def load(self) -> None:
        from models.services.evaluation_calendar import calendar_in

        day = today()
        deliver(self, lambda: calendar_in(app_of(self).ready_store(), day), self._show)

    def _show(self, calendar: Calendar) -> None:
        from models.services.evaluation_calendar import (
            due_text,
            heading,
            legend,
            mark_text,
            policy_label,
        )

        self.calendar = calendar
        self.query_one("#heading", Static).update(Text(heading(calendar)))
        self.query_one("#legend", Static).update(Text(legend()))
        table = self.query_one(DataTable)
        table.clear(columns=True)
        years = calendar.years
        due = tr("今年度（{y}）", "Due ({y})", y=_short_year(calendar.due_year))
        table.add_columns(
            tr("府省", "Ministry"), tr("政策", "Policy"), *(_short_year(y) for y in years), due
        )
        room = NAME_ROOM if self.app.size.width < 120 else 10_000
        for i, p in enumerate(calendar.policies):
            cells = [mark_text(p.year(y)) for y in years]  # a report bold, a plan in （）
            table.add_row(
                Text(p.ministry),
                Text(_clip(policy_label(p), room)),
                *(Text(c, style="" if c.startswith(("（", "(")) else "bold") for c in cells),
                Text(due_text(calendar, p, short=True)),  # whole under the table
                key=str(i),
            )
        if not calendar.policies:
            self.query_one("#detail", Static).update(tr("評価書がありません", "No reports"))
        else:
            self._detail(calendar.policies[0])

    def _policy(self) -> Policy | None:
        table = self.query_one(DataTable)
        if self.calendar is None or not self.calendar.policies:
            return None
        return self.calendar.policies[min(table.cursor_row, len(self.calendar.policies) - 1)]

    def on_data_table_row_highlighted(self, _event: DataTable.RowHighlighted) -> None:
        policy = self._policy()
        if policy is not None:
            self._detail(policy)

    def _detail(self, policy: Policy) -> None:
        from models.services.evaluation_calendar import due_text, policy_label

        assert self.calendar is not None
        planned = policy.planned_evaluation or tr("（空欄）", "(blank)")
        line = tr(
            "{m} {p}\n評価書: {keys}　政策評価実施予定時期: {planned}　今年度: {due}",
            "{m} {p}\nReports: {keys}  Planned evaluation: {planned}  Due: {due}",
            m=policy.ministry,
            p=policy_label(policy),
            keys=tr("、", ", ").join(policy.keys),
            planned=planned,
            due=due_text(self.calendar, policy),
        )
        self.query_one("#detail", Static).update(Text(line))

    def on_data_table_row_selected(self, _event: DataTable.RowSelected) -> None:
        """Enter on a row (the table's own key): the policy's latest report."""
        from tui.screens import report_screen

        policy = self._policy()
        if policy is not None:
            self.app.push_screen(report_screen("report", policy.keys[-1]))

    def action_back(self) -> None:
        self.app.pop_screen()
