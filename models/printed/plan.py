"""The 事前分析表 (the plan) laid out as hyoka prints it: the same report, seen at the start of
its year (spec/cycle.md). The layout is documented in docs/plan-layout.md.

Order: the title (令和３年度実施政策に係る事前分析表) and the document number; rows 政策名 (分野
beside it), 担当部局課室名 (作成責任者名 beside it), 政策の概要, 基本目標【達成すべき目標】,
政策評価実施予定時期 and, once the plan is fixed,
事前分析表確定日; then per 施策目標 its 測定指標 table and its 達成手段 table
(:func:`models.printed.means.plan_means_table`); last, the profile's footnotes whose mark the
plan prints (総務省's ※１ after 政策（※１）名), none otherwise.

The 測定指標 table has two header rows: 施策目標 | 測定指標 (number, name) | 基準（値）【年度】 |
目標（値）【年度】 | 年度ごとの目標（値） over one column per fiscal year | 測定指標の選定理由及び
目標（値）の設定の根拠 | 目標達成基準. Each indicator takes one row; its reason cell also says
why it changed since the plan was fixed (``Indicator.change_reason``), under its own label.
Labels come from the wording profile; nothing here is a literal of the form.
"""

from __future__ import annotations

from models.printed.blocks import Block, Cell, Document, Section, Table, or_blank
from models.printed.indicators import (
    baseline_text,
    indicator_number,
    name_text,
    target_text,
    year_target_cell,
)
from models.printed.means import plan_means_table
from models.printed.profiles import Profile, profile_for
from models.printed.sections import (
    bureau_section,
    policy_sections,
    referred_notes,
    report_document,
)
from models.printed.years import date_long, fiscal_year_label, month_label
from models.report.model import Indicator, IndicatorYear, Objective, Report


def plan_title(report: Report, p: Profile) -> str:
    """令和３年度実施政策に係る事前分析表 (the profile's wording, the report's fiscal year)."""
    year = report.evaluated_fiscal_year
    if year is None:
        return p.label("plan_name")
    return fiscal_year_label(year) + p.label("plan_title")


def _reason(ind: Indicator, p: Profile) -> str:
    text = or_blank(ind.reason)
    if ind.change_reason:
        change = f"{p.label('plan_change_reason')}\n{ind.change_reason}"
        text = f"{text}\n{change}" if text else change
    return text


def _tall(text: str, colspan: int = 1) -> Cell:
    """A heading over both header rows."""
    return Cell(text, rowspan=2, colspan=colspan, header=True)


def plan_indicator_table(obj: Objective, p: Profile) -> Table:
    """One 施策目標's 測定指標 as the plan prints them (see the module docstring)."""
    years = sorted({y.fiscal_year for ind in obj.indicators for y in ind.years})
    first = [
        _tall(p.label("objective")),
        _tall(p.label("indicator_header"), colspan=2),
        _tall(p.label("baseline_header")),
        _tall(p.label("target_header")),
        Cell(p.label("yearly_target"), colspan=max(len(years), 1), header=True),
        _tall(p.label("plan_reason")),
        _tall(p.label("criterion")),
    ]
    second = [Cell(fiscal_year_label(fy), header=True) for fy in years] or [Cell(header=True)]
    grid: list[list[Cell]] = [first, second]
    empty = IndicatorYear(0)
    for i, ind in enumerate(obj.indicators):
        by_year = {y.fiscal_year: y for y in ind.years}
        row = [
            Cell(indicator_number(ind)),
            Cell(name_text(ind)),
            Cell(baseline_text(ind)),
            Cell(target_text(ind)),
            *(year_target_cell(ind, by_year.get(fy, empty)) for fy in years),
            *([] if years else [Cell()]),
            Cell(_reason(ind, p)),
            Cell(ind.criterion),
        ]
        if i == 0:
            row.insert(0, Cell(obj.text, rowspan=len(obj.indicators)))
        grid.append(row)
    if not obj.indicators:
        grid.append([Cell(obj.text), *(Cell() for _ in range(max(len(years), 1) + 6))])
    widths = (1.3, 0.35, 1.8, 1.5, 1.5, *(1.0 for _ in years or [0]), 2.6, 1.4)
    return Table.from_grid(grid, header_rows=2, widths=widths)


def _heading_rows(report: Report, p: Profile) -> list[Section]:
    policy, overview, goal = policy_sections(report, p)
    planned = report.planned_evaluation.strip()
    rows = [
        policy,
        bureau_section(report, p),
        overview,
        goal,
        Section(
            "planned_evaluation",
            p.label("plan_evaluation"),
            (or_blank(month_label(planned) if planned else ""),),
        ),
    ]
    if report.plan is not None:
        fixed = (date_long(report.plan.fixed_on),)
        rows.append(Section("plan_fixed_on", p.label("plan_fixed_on"), fixed))
    return rows


def plan_sections(report: Report, profile: Profile | None = None) -> list[Section]:
    """Every section of the 事前分析表, in printed order."""
    p = profile or profile_for(report.ministry)
    tables: list[Block] = []
    for obj in report.objectives:
        tables.append(plan_indicator_table(obj, p))
        if obj.means:
            tables.append(plan_means_table(obj, report, p))
    number = (f"（{report.document_id}）",) if report.document_id.strip() else ()
    sections = [
        Section("title", plan_title(report, p), number, layout="title"),
        *_heading_rows(report, p),
        Section("plan_indicators", p.label("indicators_title"), tuple(tables), layout="bare"),
    ]
    notes = referred_notes(sections, p)
    return [*sections, notes] if notes else sections


def plan_document(report: Report, profile: Profile | None = None) -> Document:
    """The 事前分析表 of ``report`` as one document, ready for any renderer."""
    p = profile or profile_for(report.ministry)
    return report_document(report, p, "plan", plan_title(report, p), plan_sections(report, p))
