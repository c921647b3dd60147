"""年度ごとの目標（値） and 実績（値）: one row per fiscal year, edited like the budget table.

Eight columns do not fit beside the tree at 80 columns (the texts alone are dozens of cells).
Where even their narrowest (:data:`~tui.widgets.settled_table.FLOOR` cells each) would not
fit, the table turns into records: for each year one row per field (年度 | field | value),
the cursor on a row, ``up``/``down`` through every field of every year. A wide terminal keeps
the grid, one row per year, with every cell whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding, BindingType

from models.i18n import tr
from models.report.eras import date_short, fy_label
from models.report.labels import label
from models.report.model import Indicator, IndicatorYear
from models.report.numbers import render_number
from models.report.paths import indicator_place
from models.rules.findings import Finding
from tui.widgets.cell_findings import flag
from tui.widgets.edit_grid import EditGrid
from tui.widgets.indicator_fields import one_line
from tui.widgets.settled_table import FLOOR

# (column key, label name); ``ratio`` edits numerator and denominator together.
COLUMNS = (
    ("fiscal_year", "fiscal_year"),
    ("target", "year_target"),
    ("actual", "year_actual"),
    ("ratio", "ratio"),
    ("as_of", "as_of"),
    ("target_text", "target_text"),
    ("actual_text", "actual_text"),
    ("note", "note"),
)
FIELDS = COLUMNS[1:]  # a year's rows in the records layout
NUMBERS = ("target", "actual")
TEXTS = ("target_text", "actual_text")


def show_ratio(year: IndicatorYear) -> str:
    if year.numerator is None and year.denominator is None:
        return ""
    return f"{render_number(year.numerator)}／{render_number(year.denominator)}"


def cell(year: IndicatorYear, column: str) -> Text:
    if column == "fiscal_year":
        return Text(fy_label(year.fiscal_year))
    if column in NUMBERS:
        return Text(render_number(getattr(year, column)), justify="right")
    if column == "ratio":
        return Text(show_ratio(year), justify="right")
    if column == "as_of":
        return Text("" if year.as_of is None else date_short(year.as_of))
    return Text(one_line(getattr(year, column)))


class YearTable(EditGrid):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,e", "edit", tr("編集", "Edit"), id="indicator.years.edit"),
        Binding("a", "add", tr("年度追加", "Add year"), id="indicator.years.add"),
        Binding(
            "x,d", "remove", tr("年度削除", "Remove year"), id="indicator.years.remove", show=False
        ),
    ]

    def __init__(self) -> None:
        super().__init__(id="year-table")
        self.years: list[int] = []
        self.want_year: int | None = None  # where the cursor goes once a new year is shown
        self.records = False  # one row per field of a year (narrow), not one per year
        self._shown: tuple[Indicator | None, dict[str, list[Finding]]] = (None, {})

    def fill(self, indicator: Indicator | None, places: dict[str, list[Finding]]) -> None:
        at = self.cursor_cell()
        self._shown = (indicator, places)
        self.records = indicator is not None and not self._grid_fits(indicator)
        self.cursor_type = "row" if self.records else "cell"
        self.show_header = not self.records
        self.clear(columns=True)
        self.years = [] if indicator is None else [y.fiscal_year for y in indicator.years]
        if indicator is None:
            return
        if self.records:
            self._fill_records(indicator, places)
        else:
            self._fill_grid(indicator, places)
        if self.want_year in self.years:
            at, self.want_year = (self.want_year, "fiscal_year"), None
        self.keep_cursor(*self._coordinate(at))

    def _grid_fits(self, indicator: Indicator) -> bool:
        """Whether one row per year fits the width with no column under its floor."""
        room = self.size.width - self.styles.scrollbar_size_vertical
        if room <= 0:  # not laid out yet: the grid, until the first resize says otherwise
            return True
        need = 0
        for key, name in COLUMNS:
            widest = max(
                [cell_len(label(name))] + [cell_len(cell(y, key).plain) for y in indicator.years]
            )
            need += min(widest, FLOOR) + 2 * self.cell_padding
        return need <= room

    def _fill_grid(self, indicator: Indicator, places: dict[str, list[Finding]]) -> None:
        for key, name in COLUMNS:
            self.add_column(label(name), key=key)
        for year in indicator.years:
            found = _found(indicator, year.fiscal_year, places)
            cells = [flag(cell(year, key), found(key)) for key, _ in COLUMNS]
            self.add_row(*cells, key=str(year.fiscal_year))

    def _fill_records(self, indicator: Indicator, places: dict[str, list[Finding]]) -> None:
        self.add_column(label("fiscal_year"), key="fiscal_year")
        self.add_column("", key="field")
        self.add_column(tr("値", "Value"), key="value")
        for year in indicator.years:
            found = _found(indicator, year.fiscal_year, places)
            for n, (key, name) in enumerate(FIELDS):
                fy = flag(cell(year, "fiscal_year"), found("fiscal_year")) if n == 0 else ""
                value = cell(year, key)
                value.justify = "left"
                self.add_row(
                    fy,
                    flag(Text(label(name), style="bold"), found(key)),
                    flag(value, found(key)),
                    key=f"{year.fiscal_year}.{key}",
                )

    def on_resize(self) -> None:
        # (SettledTable's own on_resize fits the columns after this one, as Textual calls
        # the handler of every class in the MRO)
        indicator, places = self._shown
        if indicator is not None and self.records == self._grid_fits(indicator):
            self.fill(indicator, places)  # the other layout suits this width

    def _coordinate(self, at: tuple[int, str] | None) -> tuple[int, int]:
        """Where (fiscal year, column key) is in the current layout; the top left without it."""
        if at is None or at[0] not in self.years:
            return 0, 0
        fy, key = at
        row = self.years.index(fy)
        keys = [k for k, _ in COLUMNS]
        if not self.records:
            return row, keys.index(key)
        return row * len(FIELDS) + max(keys.index(key) - 1, 0), 0

    def cursor_cell(self) -> tuple[int, str] | None:
        """(fiscal year, column key) under the cursor, or None without years."""
        if not self.years or not self.row_count:
            return None
        row, column = self.cursor_coordinate
        if self.records:
            year, field = divmod(row, len(FIELDS))
            return self.years[year], FIELDS[field][0]
        return self.years[row], COLUMNS[column][0]

    def step(self) -> str | None:
        """Move on to the year's next field, the one after an edit; its column key, or None
        from the year's last field."""
        if not self.years:
            return None
        if self.records:
            if self.cursor_row % len(FIELDS) == len(FIELDS) - 1:
                return None
            self.action_cursor_down()
        else:
            if self.cursor_column >= len(self.columns) - 1:
                return None
            self.action_cursor_right()
        at = self.cursor_cell()
        return None if at is None else at[1]


def _found(
    indicator: Indicator, fiscal_year: int, places: dict[str, list[Finding]]
) -> Callable[[str], list[Finding]]:
    """The findings on one column of the year (the year's own on ``fiscal_year``)."""
    base = indicator_place(indicator.number, year=fiscal_year)

    def found(key: str) -> list[Finding]:
        if key == "fiscal_year":
            return places.get(base, [])
        parts = ("numerator", "denominator") if key == "ratio" else (key,)
        return [f for p in parts for f in places.get(f"{base}.{p}", [])]

    return found
