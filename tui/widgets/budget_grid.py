"""政策の予算額・執行額等 as printed: fiscal years across, the form's rows down, plus two rows
hyoka computes (a＋b＋c beside the printed 合計, and 執行率), and the （注） lines beneath.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from models.i18n import tr
from models.report.budget import FIGURES, computed_total, execution_ratio
from models.report.eras import fy_label
from models.report.labels import label
from models.report.model import Budget, BudgetYear
from models.report.numbers import render_number
from models.report.paths import budget_place
from models.rules.findings import Finding
from tui.widgets.cell_findings import flag
from tui.widgets.edit_grid import EditGrid
from tui.widgets.field import COMMENT_MARK

# (row key, label name); ``computed_total`` and ``execution_rate`` are hyoka's, not stored.
ROWS = (
    ("initial", "initial"),
    ("supplementary", "supplementary"),
    ("carryover", "carryover"),
    ("total", "total"),
    ("computed_total", "computed_total"),
    ("executed", "executed"),
    ("execution_rate", "execution_rate"),
)
STORED = FIGURES
GAP_STYLE = "bold yellow"


def _marked(text: Text, commented: bool) -> Text:
    return Text(COMMENT_MARK + " ").append_text(text) if commented else text


def has_gap(year: BudgetYear) -> bool:
    computed = computed_total(year)
    return year.total is not None and computed is not None and computed != year.total


def cell_text(year: BudgetYear, row: str) -> Text:
    if row == "execution_rate":
        ratio = execution_ratio(year)
        rate = None if ratio is None else ratio * 100
        shown = "" if rate is None else f"{abs(rate):.1f}%"
        return Text(f"△ {shown}" if rate is not None and rate < 0 else shown, justify="right")
    value = computed_total(year) if row == "computed_total" else getattr(year, row)
    text = Text(render_number(value), justify="right")
    if row in ("total", "computed_total") and has_gap(year):
        text.stylize(GAP_STYLE)
    return text


class BudgetGrid(EditGrid):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,e", "edit", tr("編集", "Edit"), id="budget.edit"),
        Binding("a", "add", tr("年度追加", "Add year"), id="budget.add_year"),
        Binding(
            "x,d", "remove", tr("年度削除", "Remove year"), id="budget.remove_year", show=False
        ),
    ]

    def __init__(self) -> None:
        super().__init__(id="budget-grid")
        self.years: list[int] = []
        self.want_year: int | None = None  # where the cursor goes once a new year is shown

    def fill(
        self,
        budget: Budget,
        places: dict[str, list[Finding]],
        commented: frozenset[str] = frozenset(),
    ) -> None:
        """Show ``budget``; cells with findings coloured, cells whose place has an open review
        comment (``commented``) marked ✉ (visible without colour)."""
        row, column = self.cursor_coordinate
        self.clear(columns=True)
        self.years = [y.fiscal_year for y in budget.years]
        for y in budget.years:
            header = flag(
                Text(fy_label(y.fiscal_year)), places.get(budget_place(y.fiscal_year), [])
            )
            self.add_column(header, key=str(y.fiscal_year))
        for key, name in ROWS:
            cells = [
                _marked(
                    flag(cell_text(y, key), places.get(budget_place(y.fiscal_year, key), [])),
                    budget_place(y.fiscal_year, key) in commented,
                )
                for y in budget.years
            ]
            self.add_row(*cells, key=key, label=Text(label(name)))
        if self.want_year in self.years:
            column, self.want_year = self.years.index(self.want_year), None
        self.keep_cursor(row, column)

    def cursor_cell(self) -> tuple[int, str] | None:
        """(fiscal year, row key) under the cursor, or None when the table is empty."""
        if not self.years:
            return None
        row, column = self.cursor_coordinate
        return self.years[column], ROWS[row][0]


class NotesGrid(EditGrid):
    """（注）: one line per note."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,e", "edit", tr("編集", "Edit"), id="budget.notes.edit"),
        Binding("a", "add", tr("注記追加", "Add note"), id="budget.notes.add"),
        Binding(
            "x,d", "remove", tr("注記削除", "Remove note"), id="budget.notes.remove", show=False
        ),
    ]

    def __init__(self) -> None:
        super().__init__(id="budget-notes")
        self.want_row: int | None = None  # where the cursor goes once a new note is shown

    def fill(self, notes: list[str], places: dict[str, list[Finding]]) -> None:
        row, column = self.cursor_coordinate
        self.clear(columns=True)
        self.add_column(
            flag(Text(label("budget_notes")), places.get("budget.notes", [])), key="note"
        )
        for i, note in enumerate(notes):
            self.add_row(Text(note), key=str(i))
        if self.want_row is not None:
            row, self.want_row = self.want_row, None
        self.keep_cursor(row, column)
