"""F3: 政策の予算額・執行額等 — the table as printed, edited cell by cell, with its （注）.

Keys (VisiData's): arrows or hjkl move, ``enter``/``e`` edit the cell in the bar under the
table, ``a`` add a fiscal-year column (or a note, in the notes), ``x``/``d`` remove one,
``u`` the unit. a＋b＋c and 執行率 are computed beside the printed figures; a printed 合計 that
differs from a＋b＋c is highlighted, and the checks' findings colour the cells they point to.
"""

from __future__ import annotations

from bisect import bisect
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Header, Static

from models.i18n import tr
from models.report.eras import fy_both, fy_label, parse_fiscal_year
from models.report.labels import label
from models.report.model import BUDGET_UNITS, BudgetYear, Report
from models.report.numbers import parse_int, render_number
from models.report.paths import budget_place
from models.rules.check import check_report
from models.rules.findings import Finding
from tui.dialogs.ask import AskScreen
from tui.dialogs.choose import NOT_CHOSEN, ChooseScreen
from tui.notices import tell
from tui.screens.budget_notes import BudgetNotes
from tui.widgets.budget_grid import STORED, BudgetGrid, NotesGrid, computed_total, has_gap
from tui.widgets.cell_editor import CellEditor, CellTarget
from tui.widgets.cell_findings import by_place, describe
from tui.widgets.edit_grid import EditGrid
from tui.widgets.fitted_footer import FittedFooter


class BudgetScreen(BudgetNotes):
    SCREEN_NAME = "budget"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u", "unit", tr("単位を設定", "Set the unit"), id="budget.unit", show=False),
    ]

    def __init__(self, key: str):
        super().__init__(key)
        self.places: dict[str, list[Finding]] = {}
        self._marked: frozenset[str] = frozenset()  # the cells shown with ✉
        self.grid_in_edit: type[EditGrid] = BudgetGrid

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="budget-title")
        yield BudgetGrid()
        yield Static(id="budget-status")
        yield CellEditor(self.cell_closed, id="budget-editor")
        yield NotesGrid()
        yield FittedFooter()

    # ------------------------------------------------------------ display
    def show_report(self, report: Report) -> None:
        found = check_report(report, self.hyoka.rules, self.imported)
        self.places = by_place(f for f in found if f.place.startswith("budget"))
        unit = report.budget.unit or tr("未設定", "not set")
        title = Text(f"{label('budget')}　（{label('budget_unit')}：{unit}）", style="bold")
        if not report.budget.unit:  # the key is in no footer (no room): say it where it is missing
            title.append(tr("　u で設定", "  u sets it"), style="bold yellow")
        section = self.places.get("budget", []) + self.places.get("budget.unit", [])
        if section:
            title.append("\n").append_text(describe(section))
        self.query_one("#budget-title", Static).update(title)
        self._marked = self.commented()
        self.query_one(BudgetGrid).fill(report.budget, self.places, self._marked)
        self.query_one(NotesGrid).fill(report.budget.notes, self.places)
        self.show_status()

    def show_status(self) -> None:
        status = self.query_one("#budget-status", Static)
        if self.report is None:
            return
        if self.focused is self.query_one(NotesGrid):
            status.update(describe(self.places.get("budget.notes", [])))
            return
        cell = self.query_one(BudgetGrid).cursor_cell()
        if cell is None:
            status.update(
                tr("年度の列がありません（a で追加）", "No fiscal-year column (a adds one)")
            )
            return
        fy, row = cell
        line = Text(f"{fy_both(fy)}・{label(row)}")
        year = self.report.budget.year(fy)
        if year is not None and row in ("total", "computed_total") and has_gap(year):
            gap = render_number((year.total or 0) - (computed_total(year) or 0))
            line.append(
                tr("　合計 − a＋b＋c ＝ {gap}", "  total − (a+b+c) = {gap}", gap=gap),
                style="bold yellow",
            )
        place = budget_place(fy, "total" if row == "computed_total" else row)
        found = self.places.get(place, []) + self.places.get(budget_place(fy), [])
        if found:
            line.append("\n").append_text(describe(found))
        for comment in self.review.open_comments() if self.review is not None else []:
            if comment.place == place:  # the comment in the status line
                line.append(f"\n✉ {comment.who}: {comment.text}")
        status.update(line)

    def commented(self) -> frozenset[str]:
        """The places with an open review comment (their cells carry ✉)."""
        if self.review is None:
            return frozenset()
        return frozenset(c.place for c in self.review.open_comments())

    def show_comments(self) -> None:
        """Re-mark the grid only when the commented cells changed: a refill while a cell is
        being edited would disturb the editor."""
        commented = self.commented()
        if self.report is not None and commented != self._marked:
            self.query_one(BudgetGrid).fill(self.report.budget, self.places, commented)
        self._marked = commented
        self.show_status()

    def on_data_table_cell_highlighted(self, _event: DataTable.CellHighlighted) -> None:
        self.show_status()

    def on_descendant_focus(self) -> None:
        self.show_status()

    # ------------------------------------------------------------ requests from the grids
    def on_edit_grid_request(self, event: EditGrid.Request) -> None:
        if self.report is None:
            return
        if isinstance(event.grid, BudgetGrid):
            actions = {"edit": self.edit_cell, "add": self.ask_year, "remove": self.remove_year}
        else:
            actions = {"edit": self.edit_note, "add": self.add_note, "remove": self.remove_note}
        actions[event.what]()

    def edit_cell(self) -> None:
        assert self.report is not None
        cell = self.query_one(BudgetGrid).cursor_cell()
        if cell is None:
            return
        fy, row = cell
        if row not in STORED:
            tell(
                self,
                tr(
                    "{what} は計算値です（編集できません）",
                    "{what} is computed (not editable)",
                    what=label(row),
                ),
            )
            return
        year = self.report.budget.year(fy)
        shown = getattr(year, row)
        path = budget_place(fy, row)
        unit = self.report.budget.unit

        def commit(value: Any) -> None:
            if value != shown:
                self.save_value(path, value, expected=shown)

        self.grid_in_edit = BudgetGrid
        self.query_one(CellEditor).open(
            CellTarget(
                f"{fy_both(fy)}　{label(row)}（{unit}）",
                render_number(shown),
                lambda text: parse_int(text, unit=unit),
                commit,
            )
        )

    def cell_closed(self, move: bool) -> None:
        grid = self.query_one(self.grid_in_edit)
        if move and isinstance(grid, BudgetGrid) and grid.cursor_column < len(grid.columns) - 1:
            grid.action_cursor_right()
            self.edit_cell()
        else:
            grid.focus()

    # ------------------------------------------------------------ year columns
    def ask_year(self) -> None:
        assert self.report is not None
        years = [y.fiscal_year for y in self.report.budget.years]

        def parse(text: str) -> int:
            fy = parse_fiscal_year(text)
            if fy in years:
                raise ValueError(
                    tr("{fy}の列は既にあります", "{fy} already has a column", fy=fy_label(fy))
                )
            return fy

        def add(fy: int | None) -> None:
            if fy is None:
                return
            pos = bisect(years, fy)
            self.insert_item("budget.years", BudgetYear(fy), pos, budget_place(fy))
            self.query_one(BudgetGrid).want_year = fy

        self.app.push_screen(
            AskScreen(
                tr("追加する年度", "Fiscal year to add"),
                tr("例: 2023、令和５年度、R5", "e.g. 2023, 令和５年度, R5"),
                parse,
            ),
            add,
        )

    def remove_year(self) -> None:
        assert self.report is not None
        cell = self.query_one(BudgetGrid).cursor_cell()
        if cell is None:
            return
        fy = cell[0]
        pos = [y.fiscal_year for y in self.report.budget.years].index(fy)
        old = self.report.budget.years[pos]

        question = tr("{fy}の列を削除しますか？", "Remove the {fy} column?", fy=fy_label(fy))
        self.confirm_remove(question, "budget.years", pos, old, budget_place(fy))

    # ------------------------------------------------------------ unit and notes
    def action_unit(self) -> None:
        if self.report is None:
            return
        shown = self.report.budget.unit

        def chosen(unit: Any) -> None:
            if unit is not NOT_CHOSEN and unit != shown:
                self.save_value("budget.unit", unit, expected=shown)

        self.app.push_screen(
            ChooseScreen(label("budget_unit"), [(u, u) for u in BUDGET_UNITS], shown), chosen
        )
