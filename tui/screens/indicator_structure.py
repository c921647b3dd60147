"""Adding and removing 施策目標 and 測定指標, and editing an objective's text, each with an undo.

A mixin of :class:`tui.screens.indicators.IndicatorsScreen`, which provides ``at`` (the
selected objective and indicator positions) and the tree.
"""

from __future__ import annotations

from typing import Any

from models.i18n import tr
from models.report.labels import label
from models.report.model import Indicator, Objective
from tui.app.notices import tell
from tui.dialogs.ask import AskScreen
from tui.dialogs.text_edit import TextEditScreen
from tui.widgets.indicator_fields import parse_name
from tui.widgets.indicator_tree import IndicatorTree


def parse_objective(text: str) -> str:
    objective = text.strip()
    if not objective:
        raise ValueError(tr("施策目標が空です", "the objective is empty"))
    return objective


class IndicatorStructure:
    """``self`` is the IndicatorsScreen."""

    def add_indicator(self: Any) -> None:
        place = self.query_one(IndicatorTree).place()
        if place is None:
            tell(self, tr("先に施策目標を追加してください（o）", "Add an objective first (o)"))
            return
        oi = place[1]
        indicators = self.report.objectives[oi].indicators
        pos = place[2] + 1 if len(place) == 3 else len(indicators)
        number = max((i.number for i in self.report.indicators()), default=0) + 1

        def add(name: str | None) -> None:
            if name is not None:
                self.at = (oi, pos)
                self.insert_item(f"objectives[{oi}].indicators", Indicator(number, name), pos)

        self.app.push_screen(
            AskScreen(
                tr("測定指標{n}の名前", "Name of indicator {n}", n=number),
                tr("例: クラウド導入市区町村数", "e.g. number of municipalities using the cloud"),
                parse_name,
            ),
            add,
        )

    def add_objective(self: Any) -> None:
        place = self.query_one(IndicatorTree).place()
        pos = len(self.report.objectives) if place is None else place[1] + 1

        def add(text: str | None) -> None:
            if text is not None:
                self.insert_item("objectives", Objective(text), pos)

        self.app.push_screen(
            TextEditScreen(tr("新しい施策目標", "New objective"), "", parse_objective), add
        )

    def remove_node(self: Any) -> None:
        place = self.query_one(IndicatorTree).place()
        if place is None:
            return
        objective = self.report.objectives[place[1]]
        if len(place) == 3:
            ind = objective.indicators[place[2]]
            self.confirm_remove(
                tr(
                    "測定指標{n}「{name}」を削除しますか？",
                    "Remove indicator {n} ({name})?",
                    n=ind.number,
                    name=ind.name,
                ),
                f"objectives[{place[1]}].indicators",
                place[2],
                ind,
            )
        else:
            self.confirm_remove(
                tr(
                    "施策目標{n}（測定指標{count}件を含む）を削除しますか？",
                    "Remove objective {n} with its {count} indicator(s)?",
                    n=place[1] + 1,
                    count=len(objective.indicators),
                ),
                "objectives",
                place[1],
                objective,
            )

    def edit_objective(self: Any, oi: int) -> None:
        shown = self.report.objectives[oi].text

        def save(text: str | None) -> None:
            if text is not None and text != shown:
                self.save_value(f"objectives[{oi}].text", text, expected=shown)

        self.app.push_screen(
            TextEditScreen(f"{label('objective')}{oi + 1}", shown, parse_objective), save
        )
