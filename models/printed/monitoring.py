"""The モニタリング結果 of a year between evaluations: the 事前分析表 with the year's actuals and
marks, no verdict (spec/cycle.md, docs/plan-layout.md). A report with ``stage = "monitoring"``
publishes as this document instead of the 評価書.

It is the plan (:func:`models.printed.plan.plan_sections`) with two changes: the title says
（モニタリング結果） after the plan's title, and each 施策目標's 測定指標 table takes the
評価書's two rows per indicator — 年度ごとの目標（値） and 年度ごとの実績（値） — with the
mark (達成) beside them, keeping the plan's 選定理由 and 目標達成基準 columns. The 達成手段
tables are the plan's (their 執行額 are the year's actual money). The footnotes follow what is
printed (※２, ※３).
"""

from __future__ import annotations

from dataclasses import replace

from models.printed.blocks import Block, Cell, Document, Section, Table, or_blank
from models.printed.indicators import (
    actual_cell,
    baseline_text,
    indicator_number,
    name_text,
    target_text,
    year_target_cell,
)
from models.printed.means import plan_means_table
from models.printed.plan import plan_sections, plan_title
from models.printed.profiles import Profile, profile_for
from models.printed.sections import referred_notes, report_document
from models.printed.years import fiscal_year_label
from models.report.model import Indicator, IndicatorYear, Objective, Report

_INDICATORS = "plan_indicators"  # the plan's section of tables, which this document replaces


def monitoring_title(report: Report, p: Profile) -> str:
    """令和４年度実施政策に係る事前分析表（モニタリング結果）."""
    return plan_title(report, p) + p.label("monitoring_title")


def _tall(text: str, colspan: int = 1) -> Cell:
    return Cell(text, rowspan=2, colspan=colspan, header=True)


def _reason(ind: Indicator, p: Profile) -> str:
    if not ind.change_reason:
        return or_blank(ind.reason)
    change = f"{p.label('plan_change_reason')}\n{ind.change_reason}"
    return f"{ind.reason}\n{change}" if ind.reason else change


def _rows(ind: Indicator, years: list[int], p: Profile) -> list[list[Cell]]:
    by_year = {y.fiscal_year: y for y in ind.years}
    empty = IndicatorYear(0)
    suffix = p.label("as_of_suffix")
    first = [
        Cell(indicator_number(ind), rowspan=2),
        Cell(name_text(ind), rowspan=2),
        Cell(baseline_text(ind), rowspan=2),
        Cell(target_text(ind), rowspan=2),
        Cell(p.label("yearly_target"), header=True),
        *(year_target_cell(ind, by_year.get(fy, empty)) for fy in years),
        *([] if years else [Cell()]),
        Cell(ind.mark, rowspan=2),
        Cell(_reason(ind, p), rowspan=2),
        Cell(ind.criterion, rowspan=2),
    ]
    second = [
        Cell(p.label("yearly_actual"), header=True),
        *(actual_cell(ind, by_year.get(fy, empty), suffix) for fy in years),
        *([] if years else [Cell()]),
    ]
    return [first, second]


def monitoring_indicator_table(obj: Objective, p: Profile) -> Table:
    """One 施策目標's 測定指標 with the year's targets, actuals and marks."""
    years = sorted({y.fiscal_year for ind in obj.indicators for y in ind.years})
    first = [
        _tall(p.label("objective")),
        _tall(p.label("indicator_header"), colspan=2),
        _tall(p.label("baseline_header")),
        _tall(p.label("target_header")),
        _tall(""),
        Cell(p.label("monitoring_years"), colspan=max(len(years), 1), header=True),
        _tall(p.label("mark_header")),
        _tall(p.label("plan_reason")),
        _tall(p.label("criterion")),
    ]
    second = [Cell(fiscal_year_label(fy), header=True) for fy in years] or [Cell(header=True)]
    grid: list[list[Cell]] = [first, second]
    for i, ind in enumerate(obj.indicators):
        pair = _rows(ind, years, p)
        if i == 0:
            pair[0].insert(0, Cell(obj.text, rowspan=2 * len(obj.indicators)))
        grid += pair
    if not obj.indicators:
        grid.append([Cell(obj.text), *(Cell() for _ in range(max(len(years), 1) + 9))])
    widths = (1.0, 0.35, 1.5, 1.5, 1.5, 1.0, *(1.3 for _ in years or [0]), 1.0, 1.5, 1.0)
    return Table.from_grid(grid, header_rows=2, widths=widths)


def monitoring_sections(report: Report, profile: Profile | None = None) -> list[Section]:
    """Every section of the モニタリング結果, in printed order."""
    p = profile or profile_for(report.ministry)
    tables: list[Block] = []
    for obj in report.objectives:
        tables.append(monitoring_indicator_table(obj, p))
        if obj.means:
            tables.append(plan_means_table(obj, report, p))
    sections: list[Section] = []
    for section in plan_sections(report, p):
        if section.name == "notes":
            continue  # worked out again below, from what this document prints
        if section.layout == "title":
            section = replace(section, title=monitoring_title(report, p))
        elif section.name == _INDICATORS:
            section = replace(section, blocks=tuple(tables))
        sections.append(section)
    notes = referred_notes(sections, p)
    return [*sections, notes] if notes else sections


def monitoring_document(report: Report, profile: Profile | None = None) -> Document:
    """The モニタリング結果 of ``report`` as one document, ready for any renderer."""
    p = profile or profile_for(report.ministry)
    title, sections = monitoring_title(report, p), monitoring_sections(report, p)
    return report_document(report, p, "monitoring", title, sections)
