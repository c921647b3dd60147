"""A bar chart of an indicator's actuals against its yearly targets and final target, drawn in
text for the room the F4 screen has (used when the chart gets at least :data:`MIN_ROWS` rows).

One slot per fiscal year from the baseline's to the target's: the actual as a bar (█, eighth
blocks at its top), that year's target as ``━`` across the slot, the final target as ``╌``
across the whole chart, the baseline as ``┈``. The scale runs from 0 to the largest figure.
"""

from __future__ import annotations

from rich.text import Text

from models.i18n import tr
from models.report.eras import era_of_fiscal_year
from models.report.model import Indicator
from models.report.numbers import render_number

MIN_ROWS = 2  # plot rows below which the one-line sparkline is shown instead (eighth
# blocks give two rows sixteen levels: at 120×40 the chart has seven lines, two for the mark)
EIGHTHS = " ▁▂▃▄▅▆▇█"
FRAME = 3  # lines of a chart besides its plot rows


def short_year(fy: int) -> str:
    """R3, H30 (the Western year before 平成)."""
    try:
        era, n = era_of_fiscal_year(fy)
    except ValueError:
        return str(fy)
    return f"{era.letter}{n}"


def _years(ind: Indicator) -> list[int]:
    known = [y.fiscal_year for y in ind.years]
    for fy in (ind.baseline.fiscal_year, ind.target.fiscal_year):
        if fy is not None:
            known.append(fy)
    return list(range(min(known), max(known) + 1)) if known else []


def plot(ind: Indicator, width: int, rows: int) -> Text | None:
    """The chart in ``rows`` plot rows plus :data:`FRAME` lines (the axis, the years under it
    and the legend), at most ``width`` cells
    wide; ``None`` when there is nothing to draw or too little room."""
    years = _years(ind)
    actual = {y.fiscal_year: y.actual for y in ind.years if y.actual is not None}
    yearly = {y.fiscal_year: y.target for y in ind.years if y.target is not None}
    final, base = ind.target.value, ind.baseline.value
    figures = [*actual.values(), *yearly.values()] + [v for v in (final, base) if v is not None]
    top = max((float(v) for v in figures), default=0.0)
    if not years or top <= 0 or rows < MIN_ROWS:
        return None
    labels = [render_number(int(top) if top == int(top) else top), "0"]
    axis = max(len(s) for s in labels) + 1
    slot = min(10, (width - axis - 1) // len(years))
    if slot < 3:
        return None
    bar = max(1, slot - 2)

    def level(value: float) -> int:  # in eighths of a row
        return max(0, round(float(value) / top * rows * 8))

    final_row = None if final is None else min(rows - 1, level(final) // 8)
    base_row = None if base is None else min(rows - 1, level(base) // 8)
    out = Text()
    for r in range(rows - 1, -1, -1):  # r: the row's index from the bottom
        tick = labels[0] if r == rows - 1 else ("0" if r == 0 else "")
        out.append(f"{tick:>{axis - 1}} ┤" if tick else " " * (axis - 1) + " │", style="dim")
        for fy in years:
            cell = [" "] * slot
            style = ""
            if fy in actual:
                filled = level(actual[fy]) - r * 8
                if filled > 0:
                    cell[1 : 1 + bar] = [EIGHTHS[min(8, filled)]] * bar
                    style = "green"
            mark = " "
            if fy in yearly and min(rows - 1, level(yearly[fy]) // 8) == r:
                mark = "━"
            elif r == final_row:
                mark = "╌"
            elif r == base_row:
                mark = "┈"
            piece = Text()
            for ch in cell:
                if ch == " " and mark != " ":
                    piece.append(mark, style="magenta" if mark != "┈" else "dim")
                elif ch != " ":
                    piece.append(ch, style=style)
                else:
                    piece.append(" ")
            out.append_text(piece)
        out.append("\n")
    out.append(" " * (axis - 1) + " └" + "─" * (slot * len(years)) + "\n", style="dim")
    out.append(" " * (axis + 1))
    for fy in years:
        out.append(f"{short_year(fy):^{slot}}", style="bold" if fy in actual else "dim")
    out.append("\n")
    approx = "約" if ind.target.approximate else ""
    legend = [
        ("█", "green", tr("実績", "actual")),
        ("━", "magenta", tr("各年度の目標", "yearly target")),
    ]
    if final is not None:
        where = "" if ind.target.fiscal_year is None else short_year(ind.target.fiscal_year)
        figure = f"{approx}{render_number(final)}{ind.unit}"
        named = tr("目標 {f}（{y}）", "target {f} ({y})", f=figure, y=where)
        legend.append(("╌", "magenta", named))
    if base is not None:
        legend.append(("┈", "dim", tr("基準", "baseline")))
    out.append(" " * (axis + 1))
    for sign, style, name in legend:
        out.append(sign, style=style)
        out.append(f" {name}  ")
    return out
