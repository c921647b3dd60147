"""年度ごとの目標（値） and 実績（値）: one row per fiscal year, edited like the budget table."""

from __future__ import annotations

from typing import ClassVar

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

    def fill(self, indicator: Indicator | None, places: dict[str, list[Finding]]) -> None:
        row, column = self.cursor_coordinate
        self.clear(columns=True)
        for key, name in COLUMNS:
            self.add_column(label(name), key=key)
        self.years = [] if indicator is None else [y.fiscal_year for y in indicator.years]
        if indicator is None:
            return
        for year in indicator.years:
            base = indicator_place(indicator.number, year=year.fiscal_year)
            cells = []
            for key, _ in COLUMNS:
                parts = ("numerator", "denominator") if key == "ratio" else (key,)
                found = [f for p in parts for f in places.get(f"{base}.{p}", [])]
                if key == "fiscal_year":
                    found = places.get(base, [])
                cells.append(flag(cell(year, key), found))
            self.add_row(*cells, key=str(year.fiscal_year))
        if self.want_year in self.years:
            row, column, self.want_year = self.years.index(self.want_year), 0, None
        self.keep_cursor(row, column)

    def cursor_cell(self) -> tuple[int, str] | None:
        """(fiscal year, column key) under the cursor, or None without years."""
        if not self.years:
            return None
        row, column = self.cursor_coordinate
        return self.years[row], COLUMNS[column][0]
