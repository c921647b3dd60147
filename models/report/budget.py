"""The budget table's arithmetic, stated once: its figures, 合計 = a＋b＋c and 執行率.

Every place that lists the figures of a fiscal year (the store's rows, the checks, the
budget grid, the printed form) takes them from here, so a figure added to the form is
added in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.report.model import BudgetYear

# (a) 当初予算, (b) 補正予算, (c) 繰越し等: the parts 合計 is the sum of.
PARTS = ("initial", "supplementary", "carryover")
# What the form prints for a fiscal year, in its order: the parts, 合計 (a＋b＋c), 執行額.
FIGURES = (*PARTS, "total", "executed")


def computed_total(year: BudgetYear) -> int | None:
    """a＋b＋c of the figures present, or None when none is."""
    parts = [v for v in (year.initial, year.supplementary, year.carryover) if v is not None]
    return sum(parts) if parts else None


def execution_ratio(year: BudgetYear) -> float | None:
    """執行額 ÷ 合計 (1.0 = all of it), or None without both or with a zero total."""
    if year.executed is None or not year.total:
        return None
    return year.executed / year.total
