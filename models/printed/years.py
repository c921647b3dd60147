"""Years and dates as the printed form writes them, for any year a report may hold.

:mod:`models.report.eras` renders 平成 and 令和 (what hyoka reads and edits). A printed
document must also print a baseline from before 1989 — statistics often start in 昭和 — so here
昭和 (1926-12-25 to 1989-01-07, fiscal years 昭和２年度 = 1927 to 昭和63年度 = 1988) is rendered in
the same style, and a year older still is printed as its Western year (1920年度), never refused.
"""

from __future__ import annotations

from datetime import date

from models.report import eras
from models.report.eras import Era, form_digits

SHOWA = Era("昭和", "S", date(1926, 12, 25), 64)
_FIRST_SHOWA_FISCAL_YEAR = 1927  # FY1926 began on 1926-04-01, in 大正


def _era_year(n: int) -> str:
    return "元" if n == 1 else form_digits(n)


def fiscal_year_label(fiscal_year: int) -> str:
    """令和３年度, 平成30年度, 昭和60年度; 1920年度 before 昭和."""
    if fiscal_year >= eras.HEISEI.start.year:
        return eras.fiscal_year_label(fiscal_year)
    if fiscal_year >= _FIRST_SHOWA_FISCAL_YEAR:
        return f"{SHOWA.name}{_era_year(fiscal_year - SHOWA.offset)}年度"
    return f"{fiscal_year}年度"


def year_tag(fiscal_year: int) -> str:
    """【平成30年度】, 【昭和60年度】."""
    return f"【{fiscal_year_label(fiscal_year)}】"


def _date_era(d: date) -> tuple[str, str, int] | None:
    """(era name, letter, era year) of a date before 平成, or None for a Western date."""
    if d >= SHOWA.start:
        return SHOWA.name, SHOWA.letter, d.year - SHOWA.offset
    return None


def date_long(d: date) -> str:
    """令和３年６月18日, 昭和60年４月１日; 1920年４月１日 before 昭和."""
    if d >= eras.HEISEI.start:
        return eras.date_long(d)
    era = _date_era(d)
    year = f"{era[0]}{_era_year(era[2])}" if era else str(d.year)
    return f"{year}年{form_digits(d.month)}月{form_digits(d.day)}日"


def date_short(d: date) -> str:
    """R2.4.1, S60.4.1; 1920.4.1 before 昭和."""
    if d >= eras.HEISEI.start:
        return eras.date_short(d)
    era = _date_era(d)
    return f"{era[1]}{era[2]}.{d.month}.{d.day}" if era else f"{d.year}.{d.month}.{d.day}"


def month_label(month: str) -> str:
    """令和４年８月 from ``"2022-08"``, 昭和63年８月 from ``"1988-08"``; other text as written."""
    try:
        year, mon = (int(part) for part in month.strip().split("-"))
        first = date(year, mon, 1)
    except ValueError:
        return month
    if first >= eras.HEISEI.start:
        return eras.month_label(month)
    era = _date_era(first)
    head = f"{era[0]}{_era_year(era[2])}" if era else str(year)
    return f"{head}年{form_digits(mon)}月"
