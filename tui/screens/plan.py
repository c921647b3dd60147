"""F8: the 事前分析表 (plan) of the report, and fixing it (spec/cycle.md).

Per 施策目標: each indicator with 基準（値）【年度】, 目標（値）【年度】 (editable),
年度ごとの目標（値） and its reason (editable); then the 施策手段 (達成手段) as a list
(名称, 行政事業レビュー事業番号, 関連する指標, 開始年度) and each one's 予算額 and 執行額
per fiscal year. The 政策評価実施予定時期 is at the top. F9 (or ctrl+p 「事前分析表を確定」)
asks, then fixes the plan; from then on each indicator shows 「計画: … → 現在: …」 where
it moved, with its 変更理由 field. Side by side from 120 columns, stacked below. Every
edit is saved through the store like the other screens (ctrl+z undoes).
"""

from __future__ import annotations

import asyncio
import re
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Header, Static

from models.i18n import tr
from models.report import paths as fieldpath
from models.report.eras import form_digits
from models.report.labels import label
from models.report.model import Means, MeansYear, Report
from models.report.paths import means_place
from models.report.places import form_number
from models.report.plan_changes import PlanChange, plan_changes
from tui.editing.undo import Edit
from tui.notices import tell
from tui.screens.row_editing import RowEditing
from tui.widgets.broken_renderable import Broken
from tui.widgets.field import Field, FieldInput
from tui.widgets.fitted_footer import FittedFooter
from tui.widgets.plan_parts import IndicatorBlock, MeansBlock, means_spec, means_years
from tui.widgets.row_list import RowList

if TYPE_CHECKING:
    from models.store.store import Store

WIDE = 120  # from this many columns an indicator's columns and its reasons sit side by side
_MONEY = re.compile(r"means\[(\d+)\]\.years\[(\d+)\]\.(budget|executed)")


def _shape(report: Report) -> tuple[Any, ...]:
    """What the composed form depends on: a change here rebuilds it."""
    return (
        report.plan is not None,
        tuple(tuple(i.number for i in o.indicators) for o in report.objectives),
        tuple(tuple(means_years(report, m) for m in o.means) for o in report.objectives),
    )


def _value_at(report: Report, path: str) -> Any:
    try:
        return fieldpath.get(report, path)
    except fieldpath.PathError:
        return None  # a fiscal year the means has no row for yet


class PlanScreen(RowEditing):
    SCREEN_NAME = "plan"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    AUTO_FOCUS = "#f-planned Input"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f9", "fix_plan", tr("確定", "Fix plan"), id="plan.fix"),
    ]

    def __init__(self, key: str):
        super().__init__(key)
        self._shape: tuple[Any, ...] | None = None
        self._box: Vertical | None = None  # the form below the planned time, for the shape

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="plan-form"):
            yield Static(id="plan-status")
            yield FieldInput(
                "report.planned_evaluation", label("planned_evaluation"), id="f-planned"
            )
        yield FittedFooter()

    def _blocks(self, report: Report) -> list[Widget]:
        """The form below the planned evaluation time, for ``report``'s shape."""
        out: list[Widget] = []
        number = 0
        for o, objective in enumerate(report.objectives):
            title = Text(
                tr("施策目標{j}　", "Objective {n}: ", j=form_digits(o + 1), n=o + 1), style="bold"
            )
            title.append(objective.text)
            out.append(Static(Broken(title), classes="section-title plan-objective block"))
            for ind in objective.indicators:
                out.append(IndicatorBlock(ind, report.plan is not None))
            out.append(RowList(means_spec(o), id=f"l-means-{o}"))
            for means in objective.means:
                number += 1
                out.append(MeansBlock(number, means_years(report, means)))
        out.append(Static(id="plan-removed"))
        return out

    # ------------------------------------------------------------ showing
    def show_report(self, report: Report) -> None:
        shape = _shape(report)
        if shape != self._shape:
            self._shape = shape
            # a worker, not the screen's own queue: keys the focused field hands up to the
            # screen (end, ctrl+u, enter) go on being handled in order while it is built
            self.run_worker(self._rebuild(report), group="rebuild", exclusive=True)
            return
        self._fill(report)

    async def _rebuild(self, report: Report) -> None:
        """Compose the form anew for ``report``'s shape, then swap it in at once.

        The new form is mounted hidden while the old one stays in use, so keys typed
        meanwhile (straight after F9, say) still reach the field that has the focus. The swap
        itself does not wait for anything, so no key falls in between: the old fields stop
        accepting (removing a field blurs it, which is not the evaluator accepting), what was
        typed there and not saved moves into the new field of the same place, with the focus.
        """
        form = self.query_one("#plan-form", VerticalScroll)
        old = self._box
        box = Vertical(*self._blocks(report), classes="plan-blocks")
        box.display = False
        try:
            await form.mount(box)
        except asyncio.CancelledError:  # a newer shape is on its way: this one never shows
            box.remove()
            raise
        # ---- from here to the end nothing awaits: no key is handled in between
        keep = form.scroll_y
        focused = self.focused
        path = next(
            (f.path for f in (focused.ancestors if focused else []) if isinstance(f, Field)),
            None,
        )
        pending = {}
        if old is not None:
            for field in old.query(Field):
                typed = field.detach()
                if typed is not None:
                    pending[field.path] = typed
            old.display = False
        box.display = True
        self._box = box
        self._fill(report)
        for field in box.query(Field):
            if field.path in pending:
                field.resume(pending[field.path])
            if field.path == path:
                field.editor.focus(scroll_visible=False)  # where it was: the view stays
        form.scroll_to(y=keep, animate=False, immediate=True)
        if old is not None:
            old.remove()

    def _fill(self, report: Report) -> None:
        box = self._box
        if box is None:
            return  # composed by the rebuild on its way
        # the planned time, and the form shown (not one being replaced or still being built)
        for field in [self.query_one("#f-planned", Field), *box.query(Field)]:
            field.set_value(_value_at(report, field.path))
        changes = plan_changes(report)
        for block in box.query(IndicatorBlock):
            ind = report.indicator(block.number)
            if ind is not None:
                mine = [c for c in changes if c.subject == "indicator" and c.number == ind.number]
                block.show(ind, mine)
        all_means = report.all_means()
        for means_block in box.query(MeansBlock):
            if means_block.number <= len(all_means):
                means_block.show(all_means[means_block.number - 1])
        for o, objective in enumerate(report.objectives):
            for rows in box.query(f"#l-means-{o}").results(RowList):
                rows.set_items(objective.means)
        self.query_one("#plan-status", Static).update(Broken(self._status(report, changes)))
        # what no indicator's block shows: indicators gone, the means, the planned time
        others = [c for c in changes if c.subject != "indicator" or c.kind == "removed"]
        for static in box.query("#plan-removed").results(Static):
            static.update(Broken("\n".join(map(_elsewhere, others)), style="bold"))
            static.display = bool(others)

    def _status(self, report: Report, changes: list[Any]) -> Text:
        from models.services.plan_fix import fixed_on_words

        out = Text(f"{label('plan')}: ", style="bold")
        if report.plan is None:
            out.append(tr("未確定", "not fixed"))
            out.append(tr("（F9 で確定）", " (F9 fixes it)"), style="dim")
            return out
        day = fixed_on_words(report.plan.fixed_on)
        out.append(tr("{day}確定", "fixed on {day}", day=day))
        unexplained = [c for c in changes if not c.explained]
        if changes:
            out.append(
                tr(
                    "　計画との違い {n} 件（理由なし {m} 件）",
                    "; {n} differences from the plan ({m} without a reason)",
                    n=len(changes),
                    m=len(unexplained),
                ),
                style="bold" if unexplained else "",
            )
        else:
            out.append(tr("　計画どおり", "; as planned"))
        return out

    # ------------------------------------------------------------ saving
    def on_field_accepted(self, event: Field.Accepted) -> None:
        """Money of a year the means has no row for adds the row; every other field is
        saved by ReportScreen.on_field_accepted (Textual calls it after this one)."""
        found = _MONEY.fullmatch(event.field.path)
        report = self.report
        if found is None or report is None:
            return
        event.stop()
        event.prevent_default()  # the base class's handler would save it once more
        number, fy, name = int(found.group(1)), int(found.group(2)), found.group(3)
        means = report.all_means()[number - 1]
        if means.year(fy) is not None:
            self.save_value(event.field.path, event.value, expected=event.expected)
            return
        at = sum(1 for y in means.years if y.fiscal_year < fy)
        row = MeansYear(fy, **{name: event.value})
        self.insert_item(means_place(number, "years"), row, at, describe=event.field.path)

    def save_value(
        self, path: str, value: Any, *, expected: Any, session: object | None = None
    ) -> None:
        # A means edited in its row editor keeps its money: the editor only knows its columns.
        if isinstance(value, Means) and isinstance(expected, Means) and not value.years:
            value.years = list(expected.years)
        super().save_value(path, value, expected=expected, session=session)

    # ------------------------------------------------------------ fixing the plan
    def action_fix_plan(self) -> None:
        from models.services.plan_fix import fixed_on_words
        from tui.dialogs.yes_no import YesNoScreen

        report = self.report
        if report is None:
            return
        today = date.today()
        old = report.plan
        if old is None:
            question = tr(
                "事前分析表を{day}付けで確定しますか？（以後の目標・基準の変更には理由が要ります）",
                "Fix the plan as of {day}? (Later changes to targets and baselines will need "
                "a reason.)",
                day=fixed_on_words(today),
            )
        else:
            question = tr(
                "事前分析表は{old}に確定済みです。{day}付けで確定し直しますか？",
                "The plan was fixed on {old}. Fix it anew as of {day}?",
                old=fixed_on_words(old.fixed_on),
                day=fixed_on_words(today),
            )

        def answered(yes: bool | None) -> None:
            if yes:
                self._fix(today, old)

        self.app.push_screen(YesNoScreen(question), answered)

    def _fix(self, today: date, old: Any) -> None:
        from models.services.plan_fix import fix_plan_in, fixed_on_words

        def fix(store: Store) -> Report:
            report = fix_plan_in(store, self.key, today, again=old is not None)
            # said where the evaluator looks: the status line may be scrolled away
            day = fixed_on_words(today)
            done = tr("事前分析表を確定しました（{day}付け）", "Plan fixed as of {day}", day=day)
            self.app.call_from_thread(tell, self, done)
            return report

        self.save_change(
            fix,
            Edit(
                self.key,
                label("plan"),
                lambda store: store.set_value(self.key, "plan", old),
            ),
        )


def _elsewhere(change: PlanChange) -> str:
    """A change no indicator's block shows, in words, with its reason or the way to write it."""
    if change.kind == "removed":
        head = tr(
            "測定指標{n}「{name}」は事前分析表にありましたが、今はありません",
            "indicator {n} ({name}) was in the plan and is gone",
            n=form_number(change.number),
            name=change.name,
        )
    elif change.kind == "means_removed":
        head = tr(
            "達成手段{n}「{name}」は事前分析表にありましたが、今はありません",
            "means {n} ({name}) was in the plan and is gone",
            n=form_number(change.number),
            name=change.name,
        )
    else:
        where = ""
        if change.subject == "means":
            number = form_number(change.number)
            where = tr("達成手段", "means ") + f"{number}「{change.name}」の"
        head = tr(
            "{where}{what}　計画: {planned} → 現在: {current}",
            "{where}{what}: planned {planned} → now {current}",
            where=where,
            what=change.what(),
            planned=change.planned,
            current=change.current,
        )
    reason = change.reason.strip() or tr("理由なし（hyoka plan reason）", "no reason yet")
    return f"{head}\n　{tr('変更理由', 'reason')}: {reason}"
