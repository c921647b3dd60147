"""The report laid out as the printed form prints it: sections in the form's order.

Wording comes from the report's wording profile (:mod:`models.printed.profiles`); years, dates
and numbers are rendered by :mod:`models.report.eras` and :mod:`models.report.numbers`. A
required field of the form left blank prints 「－」 (:data:`~models.printed.blocks.BLANK`; the
fields are those of :data:`models.rules.required.REPORT_FIELDS`, which ``hyoka check`` names);
other blank values (a budget figure, an indicator's year) stay blank. Rows are those the seed
prints: 分野 beside 政策名, 作成責任者名 beside 担当部局課室名, the budget's unit in its left
label, the 反映内容 as label cells. A footnote is printed only when something printed refers to
its mark. Every renderer (the preview screen, PDF, HTML, Excel, Word) draws these sections and
never re-derives a figure or a label.
"""

from __future__ import annotations

from collections.abc import Iterable

from models.printed.blocks import (
    BLANK,
    Block,
    Cell,
    Document,
    Field,
    Heading,
    Note,
    Section,
    Table,
    or_blank,
)
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
    goal: list[Block] = [f"{p.label('final_outcome')}：{or_blank(report.final_outcome)}"]
    for i, outcome in enumerate(report.intermediate_outcomes):
        head = p.label("intermediate_outcomes") + "：" if i == 0 else "　　"
        goal.append(f"{head}・{outcome}")
    return [
        Section(
            "policy",
            p.label("policy_name"),
            (or_blank(name or report.policy_name),),
            beside=(Field(p.label("field"), or_blank(report.field)),),
        ),
        Section("overview", p.label("overview"), lines(or_blank(report.overview))),
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
    # the seed: 「予算の状況」 with 「（注）」 under it when notes follow the table
    group = p.label("budget_status") + ("\n" + p.label("budget_notes") if budget.notes else "")
    grid: list[list[Cell]] = [head]
    for i, row in enumerate(_BUDGET_ROWS):
        first = [Cell(group, rowspan=len(_BUDGET_ROWS), header=True)] if i == 0 else []
        figures = [_figure(getattr(y, row)) for y in budget.years]
        grid.append([*first, Cell(p.label(row), header=True), *figures])
    grid.append(
        [
            Cell(p.label("executed"), colspan=2, header=True),
            *(_figure(y.executed) for y in budget.years),
        ]
    )
    widths = (1.2, 1.2, *(1.0 for _ in budget.years))
    blocks: list[Block] = [Table.from_grid(grid, widths=widths)]
    if budget.notes:
        blocks.append(Note(p.label("budget_notes"), "\n".join(budget.notes)))
    # the unit belongs to the left label, as the seed prints 「政策の予算額・執行額等（百万円）」
    title = p.label("budget") + (f"（{unit}）" if unit else "")
    return Section("budget", title, tuple(blocks))


def _cabinet(report: Report, p: Profile) -> Section:
    head = [
        Cell(p.label(n), header=True) for n in ("cabinet_name", "cabinet_date", "cabinet_excerpt")
    ]
    grid = [head] + [
        [Cell(c.name), Cell("" if c.date is None else date_long(c.date)), Cell(c.excerpt)]
        for c in report.cabinet_policies
    ]
    if not report.cabinet_policies:  # a required part of the form: one row of 「－」
        grid.append([Cell(BLANK), Cell(BLANK), Cell(BLANK)])
    table = Table.from_grid(grid, widths=(1.2, 0.8, 4.0))
    return Section("cabinet", p.label("cabinet_policies"), (table,))


def _verdict(report: Report, p: Profile) -> Section:
    v = report.verdict
    category = f"{p.label('verdict_note')}　　　{or_blank(v.category)}"
    blocks = (category, Heading(p.label("rationale")))
    group = p.label("evaluation_group")
    rationale = lines(or_blank(v.rationale))
    return Section("verdict", p.label("verdict"), blocks + rationale, group=group)


def _next_steps(report: Report, p: Profile) -> Section:
    n = report.next_steps
    year = ""
    if n.budget_request_fiscal_year is not None:
        year = fiscal_year_label(n.budget_request_fiscal_year)
    view = f"（{year}{p.label('budget_request_view')}）"
    request = (view, f"　　{or_blank(n.budget_request)}")
    budget = Field(year + p.label("budget_reflection"), or_blank(n.budget_reflection))
    institutional = Field(p.label("institutional_reflection"), or_blank(n.institutional_reflection))
    blocks: list[Block]
    if p.next_steps_headings:
        blocks = [
            Heading(p.label("measures")),
            *lines(or_blank(n.measures)),
            Heading(p.label("budget_request")),
            *request,
            budget,
            Heading(p.label("institutional")),
            institutional,
        ]
    else:
        blocks = [*lines(or_blank(n.measures)), *request, budget, institutional]
    group = p.label("evaluation_group")
    return Section("next_steps", p.label("next_steps"), tuple(blocks), group=group)


def people(report: Report) -> str:
    """作成責任者名: one line per person, 役職 and 氏名 spaced as the form prints them."""
    return "\n".join(f"{r.title}　{r.name}".strip("　") for r in report.responsible)


def bureau_section(report: Report, p: Profile) -> Section:
    """担当部局課室名 with 作成責任者名 beside it on the same row, as the seed prints them."""
    responsible = Field(p.label("responsible"), or_blank(people(report)))
    return Section(
        "bureau", p.label("bureau"), lines(or_blank(report.bureau)), beside=(responsible,)
    )


def _closing(report: Report, p: Profile) -> list[Section]:
    month = month_label(report.evaluation_month) if report.evaluation_month.strip() else ""
    return [
        Section(
            "expert_knowledge",
            p.label("expert_knowledge"),
            lines(or_blank(report.expert_knowledge)),
        ),
        Section("materials", p.label("materials"), lines(or_blank(report.materials))),
        bureau_section(report, p),
        Section("evaluation_month", p.label("evaluation_month"), (or_blank(month),)),
    ]


def referred_notes(sections: list[Section], p: Profile) -> Section | None:
    """The profile's footnotes whose mark something printed refers to (※４ only where a
    施策手段 table's 関連する測定指標（※４） is printed), or None when there is none."""
    printed = [text for s in sections for text in s.strings()]
    notes = tuple(Note(mark, text) for mark, text in p.notes if any(mark in t for t in printed))
    return Section("notes", p.label("notes_title"), notes, layout="bare") if notes else None


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
    paragraphs = lines(or_blank(report.verdict.analysis))
    analysis = Section("analysis", p.label("analysis"), paragraphs, group=group)
    sections = [
        _heading(report, p),
        *policy_sections(report, p),
        _budget(report, p),
        _cabinet(report, p),
        indicators,
        _verdict(report, p),
        analysis,
        _next_steps(report, p),
        *_closing(report, p),
    ]
    notes = referred_notes(sections, p)
    return [*sections, notes] if notes else sections


def report_document(
    report: Report, p: Profile, kind: str, title: str, sections: Iterable[Section]
) -> Document:
    """One of ``report``'s documents (``kind``: the 評価書, the 事前分析表, …) in profile ``p``:
    what every renderer receives, its metadata and face the profile's."""
    return Document(
        key=report.key,
        title=title,
        sections=tuple(sections),
        profile=p.name,
        kind=kind,
        meta={"ministry": report.ministry, "document_id": report.document_id},
        typeface=p.typeface,
    )


def printed_document(report: Report, profile: Profile | None = None) -> Document:
    """The printed form of ``report`` as one document, ready for any renderer."""
    p = profile or profile_for(report.ministry)
    title, sections = document_title(report, p), printed_sections(report, p)
    return report_document(report, p, "report", title, sections)
