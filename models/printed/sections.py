"""The report laid out as the printed form prints it: sections in the form's order.

Wording comes from the report's wording profile (:mod:`models.printed.profiles`); years, dates
and numbers are rendered by :mod:`models.report.eras` and :mod:`models.report.numbers`. Blank
values stay
blank. Every renderer (the preview screen, PDF, HTML, Excel, Word) draws these sections and
never re-derives a figure or a label.
"""

from __future__ import annotations

from models.printed.blocks import Block, Cell, Document, Field, Heading, Note, Section, Table
from models.printed.indicators import objective_table
from models.printed.means import means_table
from models.printed.profiles import Profile, profile_for
from models.printed.years import date_long, fiscal_year_label, month_label
from models.report.budget import FIGURES
from models.report.eras import form_digits
from models.report.model import Report
from models.report.numbers import render_number


def lines(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n")) if text else ()


def document_title(report: Report, p: Profile) -> str:
    title = report.title
    if not title and report.evaluated_fiscal_year is not None:
        year = fiscal_year_label(report.evaluated_fiscal_year)
        title = f"{p.label('title')}（{year}{p.label('implemented_policy')}）"
    return title or p.label("title")


def _heading(report: Report, p: Profile) -> Section:
    lines = (f"（{report.document_id}）",) if report.document_id else ()
    return Section("title", document_title(report, p), lines, layout="title")


def policy_sections(report: Report, p: Profile) -> list[Section]:
    number = "" if report.policy_number is None else form_digits(report.policy_number) + "："
    name = f"{p.label('policy_prefix')}{number}{report.policy_name}" if number else ""
    goal: list[Block] = [f"{p.label('final_outcome')}：{report.final_outcome}"]
    for i, outcome in enumerate(report.intermediate_outcomes):
        head = p.label("intermediate_outcomes") + "：" if i == 0 else "　　"
        goal.append(f"{head}・{outcome}")
    return [
        Section(
            "policy",
            p.label("policy_name"),
            (name or report.policy_name, Field(p.label("field"), report.field)),
        ),
        Section("overview", p.label("overview"), lines(report.overview)),
        Section("basic_goal", p.label("basic_goal"), tuple(goal)),
    ]


_BUDGET_ROWS = FIGURES[:-1]  # 執行額 is printed in its own row group


def _figure(value: int | None) -> Cell:
    return Cell(render_number(value), value)


def _budget(report: Report, p: Profile) -> Section:
    budget = report.budget
    unit = budget.unit
    head = [Cell(p.label("category_column"), colspan=2, header=True)]
    head += [Cell(fiscal_year_label(y.fiscal_year), header=True) for y in budget.years]
    group = p.label("budget_status") + (f"（単位：{unit}）" if unit else "")
    grid: list[list[Cell]] = [head]
    for i, row in enumerate(_BUDGET_ROWS):
        first = [Cell(group, rowspan=len(_BUDGET_ROWS), header=True)] if i == 0 else []
        figures = [_figure(getattr(y, row)) for y in budget.years]
        grid.append([*first, Cell(p.label(row), header=True), *figures])
    executed = p.label("executed") + (f"（{unit}）" if unit else "")
    grid.append(
        [Cell(executed, colspan=2, header=True), *(_figure(y.executed) for y in budget.years)]
    )
    widths = (1.2, 1.2, *(1.0 for _ in budget.years))
    blocks: list[Block] = [Table.from_grid(grid, widths=widths)]
    if budget.notes:
        blocks.append(Note(p.label("budget_notes"), "\n".join(budget.notes)))
    return Section("budget", p.label("budget"), tuple(blocks))


def _cabinet(report: Report, p: Profile) -> Section:
    head = [
        Cell(p.label(n), header=True) for n in ("cabinet_name", "cabinet_date", "cabinet_excerpt")
    ]
    grid = [head] + [
        [Cell(c.name), Cell("" if c.date is None else date_long(c.date)), Cell(c.excerpt)]
        for c in report.cabinet_policies
    ]
    table = Table.from_grid(grid, widths=(1.2, 0.8, 4.0))
    return Section("cabinet", p.label("cabinet_policies"), (table,))


def _verdict(report: Report, p: Profile) -> Section:
    v = report.verdict
    blocks = (Field(p.label("verdict_note"), v.category), Heading(p.label("rationale")))
    group = p.label("evaluation_group")
    return Section("verdict", p.label("verdict"), blocks + lines(v.rationale), group=group)


def _next_steps(report: Report, p: Profile) -> Section:
    n = report.next_steps
    year = ""
    if n.budget_request_fiscal_year is not None:
        year = fiscal_year_label(n.budget_request_fiscal_year)
    request = (f"（{year}{p.label('budget_request_view')}）", f"　　{n.budget_request}")
    blocks: list[Block]
    if p.next_steps_headings:
        blocks = [
            Heading(p.label("measures")),
            *lines(n.measures),
            Heading(p.label("budget_request")),
            *request,
            Field(year + p.label("budget_reflection"), n.budget_reflection),
            Heading(p.label("institutional")),
            Field(p.label("institutional_reflection"), n.institutional_reflection),
        ]
    else:
        blocks = [
            *lines(n.measures),
            *request,
            Field(year + p.label("budget_reflection"), n.budget_reflection),
            Field(p.label("institutional_reflection"), n.institutional_reflection),
        ]
    group = p.label("evaluation_group")
    return Section("next_steps", p.label("next_steps"), tuple(blocks), group=group)


def _closing(report: Report, p: Profile) -> list[Section]:
    people = tuple(f"{r.title}　{r.name}".strip("　") for r in report.responsible)
    month = month_label(report.evaluation_month) if report.evaluation_month else ""
    parts = [
        ("expert_knowledge", lines(report.expert_knowledge)),
        ("materials", lines(report.materials)),
        ("bureau", lines(report.bureau)),
        ("responsible", people),
        ("evaluation_month", (month,) if month else ()),
    ]
    return [Section(name, p.label(name), blocks) for name, blocks in parts]


def _notes(p: Profile) -> Section:
    notes = tuple(Note(mark, text) for mark, text in p.notes)
    return Section("notes", p.label("notes_title"), notes, layout="bare")


def indicator_tables(report: Report, p: Profile) -> tuple[Block, ...]:
    """Every 施策目標's table of indicators, each followed by its 施策手段 where it has any."""
    blocks: list[Block] = []
    for obj in report.objectives:
        blocks.append(objective_table(obj, p))
        if obj.means:
            blocks.append(means_table(obj, report, p))
    return tuple(blocks)


def printed_sections(report: Report, profile: Profile | None = None) -> list[Section]:
    """Every section of the form, in printed order (empty sections included, as on paper)."""
    p = profile or profile_for(report.ministry)
    indicators = Section(
        "indicators", p.label("indicators_title"), indicator_tables(report, p), layout="bare"
    )
    group = p.label("evaluation_group")
    paragraphs = lines(report.verdict.analysis)
    analysis = Section("analysis", p.label("analysis"), paragraphs, group=group)
    return [
        _heading(report, p),
        *policy_sections(report, p),
        _budget(report, p),
        _cabinet(report, p),
        indicators,
        _verdict(report, p),
        analysis,
        _next_steps(report, p),
        *_closing(report, p),
        _notes(p),
    ]


def printed_document(report: Report, profile: Profile | None = None) -> Document:
    """The printed form of ``report`` as one document, ready for any renderer."""
    p = profile or profile_for(report.ministry)
    return Document(
        key=report.key,
        title=document_title(report, p),
        sections=tuple(printed_sections(report, p)),
        profile=p.name,
        meta={"ministry": report.ministry, "document_id": report.document_id},
    )
