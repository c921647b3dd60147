"""The blocks of the 事前分析表 screen (tui/screens/plan.py): one per indicator, one per means.

An indicator's block holds what the plan prints about it (基準（値）【年度】, 目標（値）【年度】,
年度ごとの目標（値）) with its target editable, beside its reason; once the plan is fixed, the
「計画: … → 現在: …」 lines and the 変更理由 field. A means' block holds its 予算額 and 執行額
per fiscal year, each a field. Fields are bound to paths (models/report/paths.py) and saved by
the screen like every other form field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Container, Horizontal, Vertical
from textual.widgets import Static

from models.i18n import tr
from models.report.eras import form_digits, fy_label
from models.report.labels import label
from models.report.model import Indicator, Means, Report
from models.report.numbers import parse_int, parse_number, render_number
from models.report.paths import indicator_place, means_place, objective_place
from models.report.plan import value_words, year_words
from models.report.plan_changes import PlanChange
from tui.editing.parsers import parse_fy, parse_text, show_fy, show_text
from tui.widgets.broken_renderable import Broken
from tui.widgets.field import FieldInput, FieldText
from tui.widgets.row_list import Column, ListSpec


def _number_parser(unit: str) -> Callable[[str], Any]:
    return lambda text: parse_number(text, unit=unit)


def _money(text: str) -> int | None:
    return parse_int(text)


def show_number(value: Any) -> str:
    return render_number(value)


def facts(ind: Indicator) -> Text:
    """The indicator as the plan prints it: name, 基準, 目標 and the yearly targets."""
    out = Text()
    out.append(
        tr("測定指標{j}　", "Indicator {n}: ", j=form_digits(ind.number), n=ind.number),
        style="bold",
    )
    out.append(ind.name + "\n", style="bold")
    for name, section in (("baseline", ind.baseline), ("target", ind.target)):
        approximate = getattr(section, "approximate", None)
        value = value_words(section.value, ind.unit, approximate)
        out.append(f"{label(name)}【{tr('年度', 'year')}】: ", style="dim")
        out.append(f"{value}【{year_words(section.fiscal_year)}】\n")
        if section.text.strip():
            out.append(f"  {section.text.strip()}\n", style="dim")
    yearly = [
        f"{fy_label(y.fiscal_year)} {y.target_text.strip() or value_words(y.target, ind.unit)}"
        for y in ind.years
        if y.target is not None or y.target_text.strip()
    ]
    out.append(f"{label('yearly_target')}: ", style="dim")
    out.append("、".join(yearly) if yearly else tr("（なし）", "(none)"))
    return out


def differences(changes: list[PlanChange]) -> Text:
    """「計画: … → 現在: …」, one line per change of one indicator."""
    out = Text()
    for i, change in enumerate(changes):
        if i:
            out.append("\n")
        out.append(f"{change.what()}　", style="bold")
        out.append(
            tr(
                "計画: {planned} → 現在: {current}",
                "planned: {planned} → now: {current}",
                planned=change.planned,
                current=change.current,
            )
        )
    return out


class IndicatorBlock(Horizontal):
    """One indicator: the plan's columns on the left, its reasons on the right (at 120
    columns; stacked below that)."""

    def __init__(self, ind: Indicator, fixed: bool):
        super().__init__(classes="plan-indicator", id=f"plan-ind-{ind.number}")
        self.number, self.unit, self.fixed = ind.number, ind.unit, fixed

    def compose(self) -> ComposeResult:
        n = self.number
        with Vertical(classes="plan-facts"):
            yield Static(classes="plan-facts-text")
            yield FieldInput(
                indicator_place(n, "target.value"),
                label("target"),
                parse=_number_parser(self.unit),
                show=show_number,
                id=f"f-target-{n}",
            )
            yield FieldInput(
                indicator_place(n, "target.fiscal_year"),
                tr("目標年度", "Target year"),
                parse=parse_fy,
                show=show_fy,
                id=f"f-target-year-{n}",
            )
        with Vertical(classes="plan-reasons"):
            yield FieldText(indicator_place(n, "reason"), label("reason"), id=f"f-reason-{n}")
            if self.fixed:
                yield Static(classes="plan-diff -none", id=f"plan-diff-{n}")
                yield FieldText(
                    indicator_place(n, "change_reason"),
                    label("change_reason"),
                    id=f"f-change-{n}",
                )

    def show(self, ind: Indicator, changes: list[PlanChange]) -> None:
        self.query_one(".plan-facts-text", Static).update(Broken(facts(ind)))
        if self.fixed:
            diff = self.query_one(f"#plan-diff-{self.number}", Static)
            if changes:
                diff.update(Broken(differences(changes)))
            else:
                diff.update(Text(tr("計画どおり", "as planned")))
            diff.set_class(not changes, "-none")
            diff.set_class(bool(changes) and not changes[0].explained, "-unexplained")


def means_years(report: Report, means: Means) -> list[int]:
    """The fiscal years whose money a means shows: its own and the budget table's."""
    return sorted(
        {y.fiscal_year for y in report.budget.years} | {y.fiscal_year for y in means.years}
    )


class MeansBlock(Vertical):
    """One 達成手段 (``means[N]``): its name, then 予算額 and 執行額 per fiscal year."""

    def __init__(self, number: int, years: list[int]):
        super().__init__(classes="plan-means", id=f"plan-means-{number}")
        self.number, self.years = number, years

    def compose(self) -> ComposeResult:
        yield Static(classes="plan-means-title")
        with Container(classes="plan-money"):
            for fy in self.years:
                for name, word in (("budget", "means_budget"), ("executed", "executed")):
                    yield FieldInput(
                        means_place(self.number, name, fy),
                        f"{fy_label(fy)} {label(word)}",
                        parse=_money,
                        show=show_number,
                        id=f"f-means-{self.number}-{fy}-{name}",
                    )

    def show(self, means: Means) -> None:
        title = Text(
            tr("施策手段{j}　", "Means {n}: ", j=form_digits(self.number), n=self.number),
            style="bold",
        )
        title.append(means.name)
        if means.review_number:
            title.append(f"　{label('review_number')}: {means.review_number}", style="dim")
        related = "、".join(str(n) for n in means.indicator_numbers) or tr("（なし）", "(none)")
        title.append(f"\n{label('related_indicators')}: {related}", style="dim")
        title.append(
            f"　{label('start_fiscal_year')}: {show_fy(means.start_fiscal_year) or '－'}",
            style="dim",
        )
        self.query_one(".plan-means-title", Static).update(Broken(title))


def _numbers(text: str) -> list[int]:
    out = []
    for part in text.replace("、", ",").replace("，", ",").split(","):
        part = part.strip()
        if part:
            value = parse_int(part)
            if value is not None:
                out.append(value)
    return out


def means_spec(objective: int) -> ListSpec:
    """The means of objective ``objective`` (index) as an editable list."""
    return ListSpec(
        objective_place(objective, "means"),
        tr("施策手段（達成手段）", "Means"),
        [
            Column("name", tr("名称", "Name"), parse_text, show_text),
            Column("review_number", label("review_number"), parse_text, show_text),
            Column(
                "indicator_numbers",
                label("related_indicators"),
                _numbers,
                lambda v: ", ".join(str(n) for n in v or []),
            ),
            Column("start_fiscal_year", label("start_fiscal_year"), parse_fy, show_fy),
            Column("summary", tr("概要", "Summary"), parse_text, show_text, multiline=True),
        ],
        make=lambda v: Means(**v),
        split=lambda m: {
            "name": m.name,
            "review_number": m.review_number,
            "indicator_numbers": m.indicator_numbers,
            "start_fiscal_year": m.start_fiscal_year,
            "summary": m.summary,
        },
        required="name",
    )
