"""F4: 施策目標 and 測定指標 — a tree on the left, the selected indicator's form on the right.

The form shows every field of the indicator, the evaluator's mark beside the one the numbers
suggest (with the achievement rate), a sparkline of actuals against the target, and the
yearly rows. Keys: ``tab`` moves between tree, form and years; ``enter``/``e`` edits; ``a``
adds (an indicator in the tree, a year in the years), ``o`` adds an objective, ``x``/``d``
removes; the checks' findings colour what they point to and are read in the status line.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Header, Static, Tree

from models.i18n import tr
from models.report.eras import form_digits, fy_both
from models.report.labels import label
from models.report.model import Indicator, Report
from models.report.paths import indicator_place
from models.rules.check import check_report
from models.rules.findings import Finding
from models.rules.suggest.marks import suggest_mark
from tui.screens.indicator_edits import IndicatorEdits
from tui.screens.indicator_structure import IndicatorStructure
from tui.widgets.broken_renderable import Broken
from tui.widgets.cell_editor import CellEditor
from tui.widgets.cell_findings import by_place, describe
from tui.widgets.edit_grid import EditGrid
from tui.widgets.fitted_footer import FittedFooter
from tui.widgets.indicator_form import IndicatorForm
from tui.widgets.indicator_tree import IndicatorTree, Place
from tui.widgets.trend_chart import TrendChart
from tui.widgets.year_table import COLUMNS, TEXTS, YearTable


def _ours(place: str) -> bool:
    return place.startswith(("indicator", "objectives"))


TALL = 40  # rows from which the trend chart gets the room under the form


class IndicatorsScreen(IndicatorEdits, IndicatorStructure):
    SCREEN_NAME = "indicators"
    BINDINGS: ClassVar[list[BindingType]] = []

    def __init__(self, key: str):
        super().__init__(key)
        self.places: dict[str, list[Finding]] = {}
        self.at: tuple[int, int] | None = None
        self.grid_in_edit: type[EditGrid] = IndicatorForm

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="indicators-body"):
            yield IndicatorTree()
            with Vertical(id="indicator-pane"):
                yield IndicatorForm()
                yield TrendChart(id="indicator-chart")
                yield YearTable()
                yield Static(id="indicator-status")
                yield CellEditor(self.cell_closed, id="indicator-editor")
        yield FittedFooter()

    def on_resize(self) -> None:
        tall = self.size.height >= TALL
        self.set_class(tall, "-tall")
        self.query_one(TrendChart).set_class(tall, "-room")

    @property
    def indicator(self) -> Indicator | None:
        if self.report is None or self.at is None:
            return None
        oi, ii = self.at
        if oi < len(self.report.objectives) and ii < len(self.report.objectives[oi].indicators):
            return self.report.objectives[oi].indicators[ii]
        return None

    # ------------------------------------------------------------ display
    def show_report(self, report: Report) -> None:
        found = check_report(report, self.hyoka.rules, self.imported)
        self.places = by_place(f for f in found if _ours(f.place))
        if self.indicator is None:
            self.at = next(((i, 0) for i, o in enumerate(report.objectives) if o.indicators), None)
        self.query_one(IndicatorTree).fill(report, self.places)
        self.show_indicator()

    def show_indicator(self) -> None:
        ind = self.indicator
        assert self.report is not None
        self.query_one(IndicatorForm).fill(ind, self.places)
        self.query_one(YearTable).fill(ind, self.places)
        suggestion = (
            None
            if ind is None
            else suggest_mark(ind, self.report.evaluated_fiscal_year, self.hyoka.rules)
        )
        self.query_one(TrendChart).show(ind, suggestion, self.hyoka.rules.close_basis)
        self.show_status()

    def show_status(self) -> None:
        ind = self.indicator
        if ind is None:
            self.query_one("#indicator-status", Static).update("")
            return
        base = indicator_place(ind.number)
        if self.focused is self.query_one(IndicatorForm):
            spec = self.query_one(IndicatorForm).cursor_spec()
            line, places = Text(spec.title if spec else ""), [f"{base}.{spec.path}"] if spec else []
        elif (
            self.focused is self.query_one(YearTable)
            and (cell := self.query_one(YearTable).cursor_cell()) is not None
        ):
            fy, column = cell
            line = Text(f"{fy_both(fy)}・{label(dict(COLUMNS)[column])}")
            year = f"{base}.years[{fy}]"
            places = (
                [year]
                if column == "fiscal_year"
                else [
                    f"{year}.{p}"
                    for p in (("numerator", "denominator") if column == "ratio" else (column,))
                ]
            )
            if column in TEXTS or column == "note":
                line.append("　" + getattr(ind.year(fy), column).replace("\n", " ⏎ "))
        else:
            number = tr(form_digits(ind.number), f" {ind.number}")  # 測定指標１, Indicator 1
            line, places = Text(f"{label('indicator')}{number}"), [base]
            places += [p for p in self.places if p.startswith(base + ".")]
        found = [f for p in places for f in self.places.get(p, [])]
        if found:
            line.append("\n").append_text(describe(found))
        # broken by the Japanese line breaker: a finding's message fills the lines it has
        self.query_one("#indicator-status", Static).update(Broken(line))

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[Place]) -> None:
        data = event.node.data
        if data is not None and len(data) == 3 and self.at != (data[1], data[2]):
            self.at = (data[1], data[2])
            self.show_indicator()

    def on_tree_node_selected(self, event: Tree.NodeSelected[Place]) -> None:
        data = event.node.data
        if data is not None and len(data) == 3:
            self.query_one(IndicatorForm).focus()
        elif data is not None:
            self.edit_objective(data[1])

    def on_data_table_cell_highlighted(self, _event: DataTable.CellHighlighted) -> None:
        self.show_status()

    def on_data_table_row_highlighted(self, _event: DataTable.RowHighlighted) -> None:
        self.show_status()  # the form's cursor picks a row (a field), not a cell

    def on_descendant_focus(self) -> None:
        self.show_status()

    # ------------------------------------------------------------ requests
    def on_edit_grid_request(self, event: EditGrid.Request) -> None:
        if self.report is None:
            return
        if isinstance(event.control, IndicatorTree):
            {
                "add": self.add_indicator,
                "add_objective": self.add_objective,
                "remove": self.remove_node,
            }[event.what]()
            return
        if self.indicator is None:
            return
        if isinstance(event.control, IndicatorForm):
            spec = event.control.cursor_spec()
            if spec is not None and event.what == "edit":
                self.edit_field(spec)
            return
        {"edit": self.edit_year_cell, "add": self.add_year, "remove": self.remove_year}[
            event.what
        ]()

    def cell_closed(self, move: bool) -> None:
        grid = self.query_one(self.grid_in_edit)
        if move and isinstance(grid, YearTable) and (key := grid.step()) is not None:
            if key not in TEXTS:
                self.edit_year_cell()
                return
        grid.focus()
