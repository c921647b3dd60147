"""The 施策手段 (達成手段) of a 施策目標 as tables: the 評価書's and the 事前分析表's.

The 評価書 prints its 施策手段 table as the seed does, with the evaluation's fiscal-year columns
(令和元年度…令和３年度: the years of the objective's indicator table, and any year a means
carries figures for) and 関連する測定指標（※４） — the related indicators with their 達成, which
footnote ※４ explains. 行政事業レビュー事業番号 and 施策手段の概要 are columns only when some
means of the objective has one. Money (``Means.years``: 予算額 and 執行額 per fiscal year, in the
budget table's unit) puts each means on two rows, 予算額 then 執行額, with its other cells merged
down both, so every figure is a number of its own (a spreadsheet sums it); a means without a
year's figures leaves that cell blank. The 事前分析表 takes its year columns from the money
alone, and drops them where no means has any.
"""

from __future__ import annotations

from models.printed.blocks import Cell, Table
from models.printed.indicators import indicator_number
from models.printed.profiles import Profile
from models.printed.years import fiscal_year_label
from models.report.eras import form_digits
from models.report.model import Means, Objective, Report
from models.report.numbers import render_number


def means_years(obj: Objective) -> list[int]:
    """Every fiscal year the objective's means carry figures for, in order."""
    return sorted({y.fiscal_year for m in obj.means for y in m.years})


def related_indicators(m: Means, report: Report, with_marks: bool) -> str:
    """①、２ — with each one's 達成 (①（イ）) in the 評価書 (※４)."""
    out = []
    for n in m.indicator_numbers:
        ind = report.indicator(n)
        number = indicator_number(ind) if ind else form_digits(n)
        out.append(f"{number}（{ind.mark}）" if with_marks and ind and ind.mark else number)
    return "、".join(out)


def _figure(value: int | None) -> Cell:
    return Cell(render_number(value), value)


def _row_label(p: Profile, name: str, unit: str) -> Cell:
    return Cell(p.label(name) + (f"（{unit}）" if unit else ""), header=True)


def money_rows(m: Means, years: list[int], unit: str, p: Profile) -> tuple[list[Cell], list[Cell]]:
    """The 予算額 row and the 執行額 row of one means: a label, then a figure per year."""
    by_year = {y.fiscal_year: y for y in m.years}
    budget = [_row_label(p, "means_budget", unit)]
    executed = [_row_label(p, "means_executed", unit)]
    for fy in years:
        y = by_year.get(fy)
        budget.append(_figure(y.budget if y else None))
        executed.append(_figure(y.executed if y else None))
    return budget, executed


def _year_heads(years: list[int], p: Profile) -> list[Cell]:
    return [
        Cell(p.label("means_money"), header=True),
        *(Cell(fiscal_year_label(fy), header=True) for fy in years),
    ]


def means_table(obj: Objective, report: Report, p: Profile) -> Table:
    """The 評価書's 施策手段 (see the module): name, [予算額・執行額,] a column per fiscal year,
    [行政事業レビュー事業番号,] related indicators with their 達成 (※４), [summary]."""
    money = means_years(obj)
    indicator_years = {y.fiscal_year for ind in obj.indicators for y in ind.years}
    years = sorted(indicator_years | set(money))
    reviews = any(m.review_number for m in obj.means)
    summaries = any(m.summary for m in obj.means)
    head = [Cell(p.label("means"), header=True)]
    if money:
        head.append(Cell(p.label("means_money"), header=True))
    head += [Cell(fiscal_year_label(fy), header=True) for fy in years]
    if reviews:
        head.append(Cell(p.label("review_number"), header=True))
    head.append(Cell(p.label("means_indicators"), header=True))
    if summaries:
        head.append(Cell(p.label("means_summary"), header=True))
    grid: list[list[Cell]] = [head]
    span = 2 if money else 1
    for m in obj.means:
        review = [Cell(m.review_number, rowspan=span)] if reviews else []
        related = [Cell(related_indicators(m, report, True), rowspan=span)]
        summary = [Cell(m.summary, rowspan=span)] if summaries else []
        if not money:
            blank = [Cell() for _ in years]
            grid.append([Cell(m.name), *blank, *review, *related, *summary])
            continue
        budget, executed = money_rows(m, years, report.budget.unit, p)
        grid += [[Cell(m.name, rowspan=2), *budget, *review, *related, *summary], executed]
    widths = (
        2.4,
        *((1.3,) if money else ()),
        *(1.0 for _ in years),
        *((1.1,) if reviews else ()),
        1.1,
        *((3.0,) if summaries else ()),
    )
    return Table.from_grid(grid, widths=widths)


def plan_means_table(obj: Objective, report: Report, p: Profile) -> Table:
    """The 事前分析表's 達成手段: name, 開始年度, 予算額・執行額 per year, 関連する指標,
    行政事業レビュー事業番号, 概要."""
    years = means_years(obj)
    head = [
        Cell(p.label("plan_means"), header=True),
        Cell(p.label("plan_start_year"), header=True),
        *(_year_heads(years, p) if years else []),
        Cell(p.label("plan_related"), header=True),
        Cell(p.label("review_number"), header=True),
        Cell(p.label("plan_means_summary"), header=True),
    ]
    grid: list[list[Cell]] = [head]
    span = 2 if years else 1
    for m in obj.means:
        start = "" if m.start_fiscal_year is None else fiscal_year_label(m.start_fiscal_year)
        rest = (related_indicators(m, report, False), m.review_number, m.summary)
        first = [Cell(m.name, rowspan=span), Cell(start, rowspan=span)]
        tail = [Cell(text, rowspan=span) for text in rest]
        if not years:
            grid.append([*first, *tail])
            continue
        budget, executed = money_rows(m, years, report.budget.unit, p)
        grid += [[*first, *budget, *tail], executed]
    money = (1.3, *(1.0 for _ in years)) if years else ()
    return Table.from_grid(grid, widths=(2.0, 1.0, *money, 0.9, 1.0, 3.0))
