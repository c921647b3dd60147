"""The indicator part of the printed form: one table per 施策目標, as the form's grid.

Columns: 施策目標 | number | 測定指標 | 基準（値）【年度】 | 目標（値）【年度】 | row label |
one per fiscal year | 達成（※３）. Each indicator takes two rows (年度ごとの目標（値）, then
年度ごとの実績（値）又は施策の進捗状況（実績）（※２）); the 施策目標 cell spans all of them. A main
indicator's number is circled (①); the kind is printed as ＜アウトカム指標＞; the baseline and the
target print their value first, then the year tag (【平成30年度】); each year's actual carries its
as-of date (（R2.4.1現在）) and ratio (（46／46）). うち series (``Indicator.parts``) are printed
under their indicator's value in the same cell, where the value is rendered from figures (a
``*_text`` is the form's own wording and already says them). The 施策手段 follow in their own
table (:mod:`models.printed.means`).
"""

from __future__ import annotations

from models.printed.blocks import Cell, Table
from models.printed.profiles import Profile
from models.printed.years import date_short, fiscal_year_label, year_tag
from models.report.eras import form_digits
from models.report.labels import KIND_LABELS
from models.report.model import Indicator, IndicatorYear, Number, Objective
from models.report.numbers import render_number


def circled(n: int) -> str:
    """①–⑳, ㉑–㉟, ㊱–㊿ as the form circles a main indicator's number; larger numbers in （）."""
    if 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if 21 <= n <= 35:
        return chr(0x3251 + n - 21)
    if 36 <= n <= 50:
        return chr(0x32B1 + n - 36)
    return f"（{n}）"


def indicator_number(ind: Indicator) -> str:
    return circled(ind.number) if ind.main else form_digits(ind.number)


def _quantity(value: Number | None, unit: str, num: Number | None, den: Number | None) -> str:
    text = "" if value is None else render_number(value) + unit
    if num is not None and den is not None:
        text += f"（{render_number(num)}／{render_number(den)}）"
    return text


def _join(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _tag(fiscal_year: int | None) -> str:
    return "" if fiscal_year is None else year_tag(fiscal_year)


def _parts_in_year(ind: Indicator, fiscal_year: int, actual: bool) -> list[str]:
    """The うち series' values of a year, as the form writes them under the total."""
    lines = []
    for part in ind.parts:
        y = part.year(fiscal_year)
        if y is None:
            continue
        value = y.actual if actual else y.target
        if value is not None:
            lines.append(f"{part.name}：{_quantity(value, part.unit, None, None)}")
    return lines


def actual_cell(ind: Indicator, y: IndicatorYear, as_of_suffix: str) -> Cell:
    # a text is the form's own wording (it already says its うち series); values are rendered
    text = y.actual_text or _join(
        _quantity(y.actual, ind.unit, y.numerator, y.denominator),
        *_parts_in_year(ind, y.fiscal_year, actual=True),
    )
    as_of = f"（{date_short(y.as_of)}{as_of_suffix}）" if y.as_of else ""
    bare = not (y.actual_text or ind.unit or y.numerator is not None or as_of or y.note)
    bare = bare and not ind.parts
    return Cell(_join(text, as_of, y.note), y.actual if bare else None)


def year_target_cell(ind: Indicator, y: IndicatorYear) -> Cell:
    if y.target_text:
        return Cell(y.target_text)
    text = _join(
        _quantity(y.target, ind.unit, None, None),
        *_parts_in_year(ind, y.fiscal_year, actual=False),
    )
    return Cell(text, None if ind.unit or ind.parts else y.target)


def name_text(ind: Indicator) -> str:
    kind = KIND_LABELS.get(ind.kind, "")
    tags = [tag if tag.startswith("【") else f"【{tag}】" for tag in ind.tags]
    return _join(ind.name, kind, *tags)


def baseline_text(ind: Indicator) -> str:
    b = ind.baseline
    value = b.text or _join(
        _quantity(b.value, ind.unit, b.numerator, b.denominator),
        *(
            f"{p.name}：{_quantity(p.baseline.value, p.unit, None, None)}"
            for p in ind.parts
            if p.baseline.value is not None
        ),
    )
    tag = _tag(b.fiscal_year)
    return _join(value, tag, b.note)


def _approx(approximate: bool | None) -> str:
    return "約" if approximate else ""


def target_text(ind: Indicator) -> str:
    t = ind.target
    value = t.text or _join(
        _approx(t.approximate) + _quantity(t.value, ind.unit, None, None),
        *(
            p.name
            + "："
            + _approx(p.target.approximate)
            + _quantity(p.target.value, p.unit, None, None)
            for p in ind.parts
            if p.target.value is not None
        ),
    )
    return _join(value, _tag(t.fiscal_year), t.note)


def _indicator_rows(ind: Indicator, years: list[int], p: Profile) -> list[list[Cell]]:
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
        Cell(ind.mark, rowspan=2),
    ]
    second = [
        Cell(p.label("yearly_actual"), header=True),
        *(actual_cell(ind, by_year.get(fy, empty), suffix) for fy in years),
    ]
    return [first, second]


def objective_table(obj: Objective, p: Profile) -> Table:
    years = sorted({y.fiscal_year for ind in obj.indicators for y in ind.years})
    head = [
        Cell(p.label("objective"), header=True),
        Cell(p.label("indicator_header"), colspan=2, header=True),
        Cell(p.label("baseline_header"), header=True),
        Cell(p.label("target_header"), header=True),
        Cell("", header=True),
        *(Cell(fiscal_year_label(fy), header=True) for fy in years),
        Cell(p.label("mark_header"), header=True),
    ]
    grid: list[list[Cell]] = [head]
    rows = 2 * len(obj.indicators)
    for i, ind in enumerate(obj.indicators):
        pair = _indicator_rows(ind, years, p)
        if i == 0:
            pair[0].insert(0, Cell(obj.text, rowspan=rows))
        grid += pair
    if not obj.indicators:
        grid.append([Cell(obj.text), *(Cell() for _ in range(len(years) + 6))])
    widths = (1.5, 0.35, 1.9, 1.7, 1.7, 1.2, *(1.3 for _ in years), 0.75)
    return Table.from_grid(grid, widths=widths)
