"""The indicator part of the printed form, per 施策目標: each 測定指標 with its values by year.

A main indicator's number is circled (①); the kind is printed as ＜アウトカム指標＞; the baseline
and the target carry their year tags (【平成30年度】); each year's actual carries its as-of date
(（R2.4.1現在）) and ratio (（46／46）) where the figures have them.
"""

from __future__ import annotations

from models.eras import date_short, fiscal_year_label, form_digits, year_tag
from models.labels import KIND_LABELS, MARK_LEGEND
from models.labels import form_label as L
from models.numbers import render_number
from models.printed_blocks import Block, Table
from models.report import Indicator, IndicatorYear, Number, Objective, Report


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


def _actual(ind: Indicator, y: IndicatorYear) -> str:
    text = y.actual_text or _quantity(y.actual, ind.unit, y.numerator, y.denominator)
    as_of = f"（{date_short(y.as_of)}{L('as_of_suffix')}）" if y.as_of else ""
    return _join(text, as_of, y.note)


def _target(ind: Indicator, y: IndicatorYear) -> str:
    return y.target_text or _quantity(y.target, ind.unit, None, None)


def _tag(fiscal_year: int | None) -> str:
    return "" if fiscal_year is None else year_tag(fiscal_year)


def _indicator(ind: Indicator, years: list[int]) -> list[Block]:
    kind = KIND_LABELS.get(ind.kind, "")
    lines: list[Block] = [f"{indicator_number(ind)}　{ind.name}" + (f"　{kind}" if kind else "")]
    lines += [tag if tag.startswith("【") else f"【{tag}】" for tag in ind.tags]
    b, t = ind.baseline, ind.target
    baseline = b.text or _quantity(b.value, ind.unit, b.numerator, b.denominator)
    lines.append(f"{L('baseline')}{_tag(b.fiscal_year)}　{baseline}")
    if b.note:
        lines.append(b.note)
    by_year = {y.fiscal_year: y for y in ind.years}
    empty = IndicatorYear(0)
    rows = (
        (L("yearly_target"), *(_target(ind, by_year.get(fy, empty)) for fy in years)),
        (L("yearly_actual"), *(_actual(ind, by_year.get(fy, empty)) for fy in years)),
    )
    lines.append(Table(("", *(fiscal_year_label(fy) for fy in years)), rows))
    target = t.text or ("約" if t.approximate else "") + _quantity(t.value, ind.unit, None, None)
    lines.append(f"{L('target')}{_tag(t.fiscal_year)}　{target}")
    if t.note:
        lines.append(t.note)
    lines.append(f"{L('mark')}　{ind.mark}")
    return lines


def _objective(obj: Objective) -> list[Block]:
    years = sorted({y.fiscal_year for ind in obj.indicators for y in ind.years})
    blocks: list[Block] = [f"{L('objective')}　{obj.text}"]
    for ind in obj.indicators:
        blocks += ["", *_indicator(ind, years)]
    for m in obj.means:
        review = f"（{L('review_number')}：{m.review_number}）" if m.review_number else ""
        blocks += ["", f"{L('means')}　{m.name}{review}", *([m.summary] if m.summary else [])]
    return blocks


def _legend() -> str:
    marks = "、".join(f"「{mark}」：{ja}" for mark, (ja, _en) in MARK_LEGEND.items())
    return f"{L('mark_legend')}　{marks}。"


def indicator_blocks(report: Report) -> tuple[Block, ...]:
    """Every 施策目標 with its indicators and means, then the legend of the 達成 marks."""
    blocks: list[Block] = []
    for i, obj in enumerate(report.objectives):
        blocks += ([""] if i else []) + _objective(obj)
    return (*blocks, "", _legend())
