"""F5: the verdict — the category chosen, what it rests on, and the texts that explain it.

On one side the 目標達成度合いの測定結果 (five choices, keys 1–5 outside text fields), the
comparison with hyoka's suggestion (the suggested choice is flagged in the list) and the
evidence; on the other, tabs for （判断根拠）, 政策の分析 and 次期目標等への反映の方向性.
Side by side from 100 columns; below that the choice and evidence sit above the tabs, and
below 60 columns the evidence under the choice. On a screen of less than 20 rows the text
being written takes the height, so that it stays in view.
Long texts save after a pause in typing and on leaving the field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import AwaitMount, Widget
from textual.widgets import (
    Header,
    Input,
    RadioSet,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from models.i18n import tr
from models.report import paths as fieldpath
from models.report.eras import fiscal_year_label
from models.report.labels import label
from models.report.model import VERDICT_CATEGORIES, Report
from models.rules.check import check_with_suggestion
from models.rules.findings import Finding
from models.rules.suggest.verdict import VerdictSuggestion
from tui.editing.parsers import parse_fy
from tui.screens.base import ReportScreen
from tui.widgets.category_button import CategoryButton
from tui.widgets.field import Field, FieldInput, FieldText
from tui.widgets.fitted_footer import FittedFooter
from tui.widgets.previous_verdict import PreviousVerdict
from tui.widgets.verdict_basis import VerdictBasis, comparison

TABS = ("tab-rationale", "tab-analysis", "tab-next", "tab-gist")


def _year_label(value: Any) -> str:
    return "" if value is None else fiscal_year_label(value)


def _analysis() -> list[Widget]:
    return [FieldText("verdict.analysis", label("analysis"), id="analysis")]


def _next_steps() -> list[Widget]:
    return [
        VerticalScroll(
            FieldText("next_steps.measures", label("measures"), id="measures"),
            FieldInput(
                "next_steps.budget_request_fiscal_year",
                tr("概算要求の年度", "Budget request FY"),
                parse=parse_fy,
                show=_year_label,
                hint=tr("例: 令和５年度", "e.g. 令和５年度"),
                id="budget-request-year",
            ),
            FieldInput(
                "next_steps.budget_request",
                label("budget_request"),
                hint=tr("例: Ⅲ　予算の継続・現状維持", "e.g. Ⅲ　予算の継続・現状維持"),
                id="budget-request",
            ),
            FieldText(
                "next_steps.budget_reflection",
                label("budget_reflection"),
                id="budget-reflection",
            ),
            FieldText(
                "next_steps.institutional_reflection",
                label("institutional_reflection"),
                id="institutional",
            ),
            id="next-steps",
        )
    ]


# the 評価書の要旨's shorter texts (hyoka publish --gist): blank prints the report's own
GIST_FIELDS = (
    ("objectives", "objective"),
    ("rationale", "rationale_short"),
    ("analysis", "analysis_short"),
    ("next_steps", "next_steps"),
)


def _gist() -> list[Widget]:
    hint = tr(
        "空欄なら評価書の本文をそのまま印刷します（hyoka publish --gist）",
        "Blank prints the report's own text (hyoka publish --gist)",
    )
    return [
        VerticalScroll(
            Static(Text(hint), classes="gist-hint"),
            *(
                FieldText(f"gist.{name}", label(word), id=f"gist-{name}")
                for name, word in GIST_FIELDS
            ),
            id="gist",
        )
    ]


LATER_TABS: dict[str, Callable[[], list[Widget]]] = {
    TABS[1]: _analysis,
    TABS[2]: _next_steps,
    TABS[3]: _gist,
}


class VerdictScreen(ReportScreen):
    SCREEN_NAME = "verdict"
    SHOW_BEFORE_LAYOUT = True  # the evidence, fitted to its width, is shown after the layout
    HORIZONTAL_BREAKPOINTS = [(0, "-tiny"), (60, "-narrow"), (100, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]
    BINDINGS = [
        Binding(
            "ctrl+t", "next_tab", tr("タブ切替", "Next tab"), id="verdict.next_tab", priority=True
        ),
        Binding(
            "alt+r",
            "tab(0)",
            label("rationale_short"),
            id="verdict.rationale",
            show=False,
            priority=True,
        ),
        Binding(
            "alt+a",
            "tab(1)",
            label("analysis_short"),
            id="verdict.analysis",
            show=False,
            priority=True,
        ),
        Binding(
            "alt+n",
            "tab(2)",
            label("next_steps"),
            id="verdict.next_steps",
            show=False,
            priority=True,
        ),
        Binding(
            "alt+g",
            "tab(3)",
            label("gist"),
            id="verdict.gist",
            show=False,
            priority=True,
        ),
        Binding(
            "alt+c",
            "focus_category",
            tr("区分を選ぶ", "Choose the category"),
            id="verdict.focus_category",
            show=False,
            priority=True,
        ),
        *(
            Binding(str(i + 1), f"category({i})", c, id=f"verdict.category_{i + 1}", show=False)
            for i, c in enumerate(VERDICT_CATEGORIES)
        ),
    ]

    def __init__(self, key: str):
        super().__init__(key)
        self._category_shown = ""
        self._filled: dict[str, AwaitMount] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="verdict-body"):
            with Horizontal(id="judgment"):
                with Vertical(id="category-box"):
                    with RadioSet(id="category"):
                        for c in VERDICT_CATEGORIES:
                            yield CategoryButton(Text(c))
                    yield Static(id="verdict-compare")
                with VerticalScroll(id="basis-scroll"):
                    yield PreviousVerdict(id="previous-verdict")
                    yield VerdictBasis(id="basis")
            with TabbedContent(id="verdict-texts"):
                with TabPane(label("rationale_short"), id=TABS[0]):
                    yield FieldText("verdict.rationale", label("rationale"), id="rationale")
                # filled when first shown (see _fill): a third of the screen's widgets, which
                # would otherwise be styled and laid out before the screen's first frame
                yield TabPane(label("analysis_short"), id=TABS[1])
                yield TabPane(label("next_steps"), id=TABS[2])
                yield TabPane(tr("要旨", "Summary"), id=TABS[3])
        yield FittedFooter()

    def on_mount(self) -> None:
        radios = self.query_one("#category", RadioSet)
        radios.border_title = label("verdict_note")
        radios.focus()

    def on_descendant_focus(self) -> None:
        """``-writing`` while a text of the tabs has the focus: on a short screen it then
        takes the height (tui/hyoka.tcss)."""
        texts = self.query_one("#verdict-texts", TabbedContent)
        focused = self.focused
        self.set_class(focused is not None and texts in focused.ancestors_with_self, "-writing")

    # ------------------------------------------------------------ showing
    def show_report(self, report: Report) -> None:
        findings, suggestion = check_with_suggestion(report, self.hyoka.rules, self.imported)
        category = report.verdict.category
        self._category_shown = category
        for button, c in zip(self.query(CategoryButton), VERDICT_CATEGORIES, strict=True):
            mark = tr("　◀提案", " ◀ suggested") if c == suggestion.category else ""
            button.label = Text(c + mark)
            if button.value != (c == category):
                button.value = c == category
        compare = self.query_one("#verdict-compare", Static)
        compare.update(comparison(category, suggestion))
        compare.set_class(suggestion.category not in (None, category), "-differs")
        self.query_one("#judgment").set_class(suggestion.plan_moved, "-plan-moved")
        monitoring = report.stage == "monitoring"  # no verdict asked (models/rules/stage.py)
        self.query_one("#category", RadioSet).border_subtitle = (
            tr("モニタリング：不要", "Monitoring: none asked") if monitoring else ""
        )
        for field in self.query(Field):
            field.set_value(fieldpath.get(report, field.path))
        # the evidence (its lines broken, then laid out) after the choice and the texts are
        # painted: it is read, not edited, and is the largest part of the screen to draw
        ours = [f for f in findings if f.place.startswith(("verdict.", "next_steps."))]
        self.call_after_refresh(self._show_evidence, report, suggestion, ours)

    def _show_evidence(
        self, report: Report, suggestion: VerdictSuggestion, findings: list[Finding]
    ) -> None:
        if report is not self.report:  # a newer report is on its way
            return
        self.query_one(VerdictBasis).show(report, suggestion, findings)
        self.query_one(PreviousVerdict).show(report)

    # ------------------------------------------------------------ saving
    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        value = VERDICT_CATEGORIES[event.index]
        if self.report is None or value == self._category_shown:
            return
        expected, self._category_shown = self._category_shown, value
        self.save_value("verdict.category", value, expected=expected)

    # ------------------------------------------------------------ actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "category" and isinstance(self.focused, TextArea | Input):
            return False
        return super().check_action(action, parameters)

    def action_category(self, index: int) -> None:
        buttons = list(self.query(CategoryButton))
        buttons[index].value = True
        self.query_one("#category", RadioSet).focus()

    def action_focus_category(self) -> None:
        self.query_one("#category", RadioSet).focus()

    async def _fill(self, pane_id: str) -> None:
        """Build a tab's fields the first time it is shown, with the report's values."""
        if pane_id not in LATER_TABS:
            return
        if pane_id in self._filled:  # built, or being built by the other caller
            await self._filled[pane_id]
            return
        pane = self.query_one(f"#{pane_id}", TabPane)
        self._filled[pane_id] = pane.mount_all(LATER_TABS[pane_id]())
        await self._filled[pane_id]
        if self.report is not None:
            for field in pane.query(Field):
                field.set_value(fieldpath.get(self.report, field.path))

    async def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id is not None:
            await self._fill(event.pane.id)

    async def action_tab(self, index: int) -> None:
        tabs = self.query_one("#verdict-texts", TabbedContent)
        tabs.active = TABS[index]
        await self._fill(TABS[index])
        # the tab's first field is at its top: no scrolling (Textual would centre a text area
        # taller than the tab, hiding the field's label)
        tabs.get_pane(TABS[index]).query(TextArea).first().focus(scroll_visible=False)

    async def action_next_tab(self) -> None:
        active = self.query_one("#verdict-texts", TabbedContent).active
        await self.action_tab((TABS.index(active) + 1) % len(TABS) if active in TABS else 0)
