"""Editing one 測定指標 on the indicators screen: its fields and its yearly rows.

Short values are typed in the input bar under the tables, longer texts in a text editor,
kinds, directions and marks picked from a list, yes/no fields toggled. A layer of
:class:`tui.screens.indicators.IndicatorsScreen`, which provides ``indicator``.
"""

from __future__ import annotations

from bisect import bisect
from typing import Any

from models.i18n import tr
from models.report.eras import date_short, fy_both, fy_label, parse_fiscal_year
from models.report.labels import label
from models.report.model import Indicator, IndicatorYear, Number
from models.report.numbers import parse_number, parse_quantity, render_number
from models.report.paths import indicator_place
from models.report.places import form_number
from tui.dialogs.ask import AskScreen
from tui.dialogs.choose import NOT_CHOSEN, ChooseScreen
from tui.dialogs.text_edit import TextEditScreen
from tui.editing.multi_edit import set_many
from tui.editing.parsers import parse_day, parse_fy
from tui.notices import tell
from tui.screens.base import ReportScreen
from tui.widgets.cell_editor import CellEditor, CellTarget
from tui.widgets.edit_grid import EditGrid
from tui.widgets.indicator_fields import (
    FieldSpec,
    choices,
    field_value,
    parse_name,
    parse_tags,
)
from tui.widgets.indicator_form import IndicatorForm
from tui.widgets.year_table import COLUMNS, NUMBERS, TEXTS, YearTable


def parse_ratio(text: str) -> tuple[Number | None, Number | None]:
    """分子／分母 typed as 46/46 or ４６／４６; blank clears both."""
    if not text.strip():
        return None, None
    q = parse_quantity(text)
    if q is None or not q.is_ratio:
        raise ValueError(
            tr(
                "分子／分母の形で入力してください（例: 46/46、４６／４６）",
                "type numerator/denominator (e.g. 46/46)",
            )
        )
    return q.numerator, q.denominator


class IndicatorEdits(ReportScreen):
    """Field and year edits of the selected indicator."""

    grid_in_edit: type[EditGrid]

    @property
    def indicator(self) -> Indicator | None:
        """The indicator selected in the tree (the screen knows which)."""
        raise NotImplementedError

    def _save_at(self, path: str, shown: Any) -> Any:
        def commit(value: Any) -> None:
            if value != shown:
                self.save_value(path, value, expected=shown)

        return commit

    def _open_bar(self, title: str, text: str, parse: Any, commit: Any) -> None:
        self.query_one(CellEditor).open(CellTarget(title, text, parse, commit))

    def _open_modal(self, screen: Any, commit: Any, nothing: Any = None) -> None:
        self.app.push_screen(screen, lambda v: None if v is nothing else commit(v))

    # ------------------------------------------------------------ fields
    def edit_field(self, spec: FieldSpec) -> None:
        ind = self.indicator
        if ind is None:
            return
        self.grid_in_edit = IndicatorForm
        shown = field_value(ind, spec)
        commit = self._save_at(indicator_place(ind.number, spec.path), shown)
        title = f"{label('indicator')}{ind.number}　{spec.title}"
        if spec.kind == "bool":
            commit(not shown)
        elif spec.kind == "choice":
            self._open_modal(
                ChooseScreen(title, choices(spec.path), shown or ""), commit, NOT_CHOSEN
            )
        elif spec.kind in ("long", "tags"):
            text = "\n".join(shown) if spec.kind == "tags" else shown
            parse = parse_tags if spec.kind == "tags" else str
            self._open_modal(TextEditScreen(title, text, parse), commit)
        elif spec.kind == "int":
            self._open_bar(title, str(shown), self.parse_number_id, commit)
        elif spec.kind == "fy":
            self._open_bar(title, "" if shown is None else str(shown), parse_fy, commit)
        elif spec.kind == "number":
            self._open_bar(
                title, render_number(shown), lambda t: parse_number(t, unit=ind.unit), commit
            )
        else:
            self._open_bar(title, shown, parse_name if spec.kind == "name" else str.strip, commit)

    def parse_number_id(self, text: str) -> int:
        n = parse_number(text)
        if not isinstance(n, int) or n < 1:
            raise ValueError(
                tr("1以上の整数を入力してください", "a whole number from 1 is expected")
            )
        ind, report = self.indicator, self.report
        if ind is not None and report is not None and n != ind.number and report.indicator(n):
            raise ValueError(
                tr("測定指標{n}は既にあります", "indicator {n} already exists", n=form_number(n))
            )
        return n

    # ------------------------------------------------------------ years
    def edit_year_cell(self) -> None:
        ind = self.indicator
        cell = self.query_one(YearTable).cursor_cell()
        if ind is None or cell is None:
            return
        fy, column = cell
        year = ind.year(fy)
        if year is None:
            return
        base = indicator_place(ind.number, year=fy)
        title = f"{label('indicator')}{ind.number}　{fy_both(fy, unit=False)}　"
        title += label(dict(COLUMNS)[column])
        self.grid_in_edit = YearTable
        if column == "fiscal_year":
            tell(self, tr("年度は a で追加、x で削除します", "a adds a year, x removes one"))
        elif column in NUMBERS:
            shown = getattr(year, column)
            self._open_bar(
                title,
                render_number(shown),
                lambda t: parse_number(t, unit=ind.unit),
                self._save_at(f"{base}.{column}", shown),
            )
        elif column == "ratio":
            text = (
                ""
                if year.numerator is None
                else (f"{render_number(year.numerator)}/{render_number(year.denominator)}")
            )
            self._open_bar(title, text, parse_ratio, lambda v: self.save_ratio(base, year, v))
        elif column == "as_of":
            text = "" if year.as_of is None else date_short(year.as_of)
            self._open_bar(title, text, parse_day, self._save_at(f"{base}.as_of", year.as_of))
        elif column in TEXTS:
            shown = getattr(year, column)
            self._open_modal(TextEditScreen(title, shown), self._save_at(f"{base}.{column}", shown))
        else:
            self._open_bar(title, year.note, str.strip, self._save_at(f"{base}.note", year.note))

    def save_ratio(self, base: str, year: IndicatorYear, parts: tuple[Any, Any]) -> None:
        if parts != (year.numerator, year.denominator):
            self.save_change(
                *set_many(
                    self.key,
                    [
                        (f"{base}.numerator", parts[0], year.numerator),
                        (f"{base}.denominator", parts[1], year.denominator),
                    ],
                )
            )

    def add_year(self) -> None:
        ind = self.indicator
        if ind is None:
            return
        years = [y.fiscal_year for y in ind.years]
        list_path = indicator_place(ind.number, "years")

        def parse(text: str) -> int:
            fy = parse_fiscal_year(text)
            if fy in years:
                raise ValueError(tr("{fy}は既にあります", "{fy} is already there", fy=fy_label(fy)))
            return fy

        def add(fy: int) -> None:
            pos = bisect(years, fy)
            self.query_one(YearTable).want_year = fy
            self.insert_item(list_path, IndicatorYear(fy), pos, f"{list_path}[{fy}]")

        hint = tr("例: 2022、令和４年度、R4", "e.g. 2022, 令和４年度, R4")
        self._open_modal(AskScreen(tr("追加する年度", "Fiscal year to add"), hint, parse), add)

    def remove_year(self) -> None:
        ind = self.indicator
        cell = self.query_one(YearTable).cursor_cell()
        if ind is None or cell is None:
            return
        pos = [y.fiscal_year for y in ind.years].index(cell[0])
        old, list_path = ind.years[pos], indicator_place(ind.number, "years")
        question = tr(
            "測定指標{n}の{fy}の行を削除しますか？",
            "Remove {fy} from indicator {n}?",
            n=form_number(ind.number),
            fy=fy_label(old.fiscal_year),
        )
        self.confirm_remove(question, list_path, pos, old, f"{list_path}[{old.fiscal_year}]")
