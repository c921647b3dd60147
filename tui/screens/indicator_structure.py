"""Adding and removing 施策目標 and 測定指標, and editing an objective's text, each with an undo.

A layer of :class:`tui.screens.indicators.IndicatorsScreen`, which keeps ``at`` (the
selected objective and indicator positions) and the tree.
"""

from __future__ import annotations

from models.i18n import tr
from models.report.labels import label
from models.report.model import Indicator, Objective
from models.report.paths import objective_place
from models.report.places import form_number
from tui.dialogs.ask import AskScreen
from tui.dialogs.text_edit import TextEditScreen
from tui.notices import tell
from tui.screens.base import ReportScreen
from tui.widgets.indicator_fields import parse_name
from tui.widgets.indicator_tree import IndicatorTree


def parse_objective(text: str) -> str:
    objective = text.strip()
    if not objective:
        raise ValueError(tr("施策目標が空です", "the objective is empty"))
    return objective


class IndicatorStructure(ReportScreen):
    """Objectives and indicators added, removed and renamed."""

    at: tuple[int, int] | None

    def add_indicator(self) -> None:
        place, report = self.query_one(IndicatorTree).place(), self.report
        if report is None:
            return
        if place is None:
            tell(self, tr("先に施策目標を追加してください（o）", "Add an objective first (o)"))
            return
        oi = place[1]
        indicators = report.objectives[oi].indicators
        pos = place[2] + 1 if len(place) == 3 else len(indicators)
        number = max((i.number for i in report.indicators()), default=0) + 1

        def add(name: str | None) -> None:
            if name is not None:
                self.at = (oi, pos)
                self.insert_item(
                    objective_place(oi, "indicators"), Indicator(number, name=name), pos
                )

        self.app.push_screen(
            AskScreen(
                tr("測定指標{n}の名前", "Name of indicator {n}", n=form_number(number)),
                tr("例: クラウド導入市区町村数", "e.g. number of municipalities using the cloud"),
                parse_name,
            ),
            add,
        )

    def add_objective(self) -> None:
        place, report = self.query_one(IndicatorTree).place(), self.report
        if report is None:
            return
        pos = len(report.objectives) if place is None else place[1] + 1

        def add(text: str | None) -> None:
            if text is not None:
                self.insert_item("objectives", Objective(text), pos)

        self.app.push_screen(
            TextEditScreen(tr("新しい施策目標", "New objective"), "", parse_objective), add
        )

    def remove_node(self) -> None:
        place, report = self.query_one(IndicatorTree).place(), self.report
        if place is None or report is None:
            return
        objective = report.objectives[place[1]]
        if len(place) == 3:
            ind = objective.indicators[place[2]]
            self.confirm_remove(
                tr(
                    "測定指標{n}「{name}」を削除しますか？",
                    "Remove indicator {n} ({name})?",
                    n=form_number(ind.number),
                    name=ind.name,
                ),
                objective_place(place[1], "indicators"),
                place[2],
                ind,
            )
        else:
            self.confirm_remove(
                tr(
                    "施策目標{n}（測定指標{count}件を含む）を削除しますか？",
                    "Remove objective {n} with its {count} indicator(s)?",
                    n=form_number(place[1] + 1),
                    count=len(objective.indicators),
                ),
                "objectives",
                place[1],
                objective,
            )

    def edit_objective(self, oi: int) -> None:
        if self.report is None:
            return
        shown = self.report.objectives[oi].text

        def save(text: str | None) -> None:
            if text is not None and text != shown:
                self.save_value(objective_place(oi, "text"), text, expected=shown)

        self.app.push_screen(
            TextEditScreen(f"{label('objective')}{oi + 1}", shown, parse_objective), save
        )
