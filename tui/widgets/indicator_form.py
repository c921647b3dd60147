"""The form of one 測定指標: every field of the snapshot spec, one per row, edited in place."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from models.i18n import tr
from models.report.model import Indicator
from models.report.paths import indicator_place
from models.rules.findings import Finding
from tui.widgets.cell_findings import flag
from tui.widgets.edit_grid import EditGrid
from tui.widgets.indicator_fields import FieldSpec, field_specs, show


class IndicatorForm(EditGrid):
    """Rows are fields: the field name, then its value."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,e,space", "edit", tr("編集", "Edit"), id="indicator.edit"),
    ]

    def __init__(self) -> None:
        super().__init__(id="indicator-form")
        self.cursor_type = "row"  # a form: the cursor picks a field
        self.specs: list[FieldSpec] = []
        self.number: int | None = None

    def fill(self, indicator: Indicator | None, places: dict[str, list[Finding]]) -> None:
        row, _ = self.cursor_coordinate
        self.clear(columns=True)
        self.specs = field_specs() if indicator is not None else []
        self.number = None if indicator is None else indicator.number
        # The field names are a column of their own, not DataTable row labels: the label
        # column's width is recomputed lazily and was seen drawn empty after a refill.
        self.add_column("", key="field")
        self.add_column(tr("値", "Value"), key="value")
        if indicator is None:
            return
        for spec in self.specs:
            found = places.get(indicator_place(indicator.number, spec.path), [])
            self.add_row(
                flag(Text(spec.title, style="bold"), found),
                flag(Text(show(indicator, spec)), found),
                key=spec.path,
            )
        self.keep_cursor(row, 0)

    def cursor_spec(self) -> FieldSpec | None:
        return self.specs[self.cursor_row] if self.specs else None
