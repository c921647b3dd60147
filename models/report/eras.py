"""Fiscal years, eras and dates as the form writes them and as people type them.

Stored values are Western: a fiscal year is the integer year it starts in (``2019`` is
令和元年度, running 2019-04-01 to 2020-03-31), a date is a :class:`datetime.date`, a month is
``"YYYY-MM"``. Era forms exist only at the edges: :func:`parse_fiscal_year`, :func:`parse_date`
and :func:`parse_month` read what people type; the ``*_label`` functions render the form's style.

A fiscal year's era follows the fiscal year (FY2019 is 令和元年度), but a date's era follows the
date itself: 2019-04-01 is 平成31年4月1日 (H31.4.1), 2019-05-01 is 令和元年5月1日.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from models.i18n import tr


@dataclass(frozen=True)
class Era:
    name: str  # 令和
    letter: str  # R
    start: date  # first day of the era
    last_year: int | None  # last era year, None while the era goes on

    @property
    def offset(self) -> int:
        """Western year = offset + era year."""
        return self.start.year - 1


REIWA = Era("令和", "R", date(2019, 5, 1), None)
HEISEI = Era("平成", "H", date(1989, 1, 8), 31)
ERAS = (REIWA, HEISEI)  # newest first
_BY_NAME = {e.name: e for e in ERAS} | {e.letter: e for e in ERAS}

_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def form_digits(n: int) -> str:
    """A number as the form prints it: one digit full-width (３), longer half-width (12)."""
    s = str(n)
    return s.translate(_FULL) if 0 <= n <= 9 else s


def _era_year(n: int) -> str:
    return "元" if n == 1 else form_digits(n)


# ---- eras of fiscal years, dates and months ---------------------------------------------------


def era_of_fiscal_year(fiscal_year: int) -> tuple[Era, int]:
    """The era and era year naming a fiscal year (2019 → 令和, 1)."""
    if fiscal_year >= REIWA.start.year:
        return REIWA, fiscal_year - REIWA.offset
    if fiscal_year >= HEISEI.start.year:
        return HEISEI, fiscal_year - HEISEI.offset
    raise ValueError(
        tr(
            "{year}年度は対象外です（平成元年度＝1989年度以降を扱います）",
            "fiscal year {year} is out of range (1989, 平成元年度, or later expected)",
            year=fiscal_year,
        )
    )


def era_of_date(d: date) -> tuple[Era, int]:
    """The era and era year of a calendar date, from the date itself."""
    for era in ERAS:
        if d >= era.start:
            return era, d.year - era.offset
    raise ValueError(
        tr(
            "{d}は対象外です（平成元年１月８日以降の日付を扱います）",
            "{d} is out of range (dates from 1989-01-08, 平成元年, expected)",
            d=d.isoformat(),
        )
    )


# ---- rendering ---------------------------------------------------------------------------------


@lru_cache(maxsize=512)  # a few years in use; check --all labels each hundreds of times
def fiscal_year_label(fiscal_year: int) -> str:
    """令和３年度, 令和元年度, 令和12年度, 平成30年度."""
    era, n = era_of_fiscal_year(fiscal_year)
    return f"{era.name}{_era_year(n)}年度"


def fy_label(fiscal_year: int) -> str:
    """A fiscal year in the current language: 令和３年度 (or 1985年度 before 平成), FY2021."""
    try:
        return tr(fiscal_year_label(fiscal_year), f"FY{fiscal_year}")
    except ValueError:
        return tr(f"{fiscal_year}年度", f"FY{fiscal_year}")


def fy_both(fiscal_year: int, *, unit: bool = True) -> str:
    """A fiscal year with its Western year beside the era one, in Japanese alone:
    令和元年度（2019年度）, or 令和元年度（2019） without ``unit``; in English FY2019, which is
    Western already. A year written Western either way (1985年度) is not repeated."""
    shown = fy_label(fiscal_year)
    western = f"{fiscal_year}年度" if unit else str(fiscal_year)
    if shown.startswith(("FY", f"{fiscal_year}年度")):
        return shown
    return f"{shown}（{western}）"


def year_tag(fiscal_year: int) -> str:
    """The form's bracketed year: 【平成30年度】."""
    return f"【{fiscal_year_label(fiscal_year)}】"


def date_long(d: date) -> str:
    """令和３年６月18日, 令和元年12月５日, 平成31年４月１日."""
    era, n = era_of_date(d)
    return f"{era.name}{_era_year(n)}年{form_digits(d.month)}月{form_digits(d.day)}日"


def date_short(d: date) -> str:
    """R2.4.1, H31.4.1 (always half-width, as the form prints as-of dates); a date before
    平成 (only ever a typing slip, which the checks flag) as written, 1988-04-01."""
    if d < HEISEI.start:
        return d.isoformat()
    era, n = era_of_date(d)
    return f"{era.letter}{n}.{d.month}.{d.day}"


def month_label(month: str) -> str:
    """令和４年８月 from ``"2022-08"`` (the era of the month's first day)."""
    year, mon = _split_month(month)
    era, n = era_of_date(date(year, mon, 1))
    return f"{era.name}{_era_year(n)}年{form_digits(mon)}月"


def _split_month(month: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{4})-(\d{2})", month.strip())
    if m is None or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(
            tr(
                "月は YYYY-MM の形で指定してください（例: 2022-08）: {text!r}",
                "a month is written YYYY-MM (e.g. 2022-08): {text!r}",
                text=month,
            )
        )
    return int(m.group(1)), int(m.group(2))


# ---- parsing -----------------------------------------------------------------------------------

_ERA = r"(?P<era>令和|平成|[RrHh])\s*(?P<n>元|\d{1,2})\s*"
_FY_ERA = re.compile(rf"{_ERA}(?:年度?)?")
_FY_WEST = re.compile(r"(?:FY|fy)?\s*(?P<y>\d{4})\s*(?:年度?)?")
_DATE_ERA_LONG = re.compile(rf"{_ERA}年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日")
_DATE_ERA_DOTS = re.compile(r"(?P<era>[RrHh])\s*(?P<n>\d{1,2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})")
_DATE_WEST = re.compile(
    r"(?P<y>\d{4})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*日?"
)
_MONTH_ERA = re.compile(rf"{_ERA}年\s*(?P<m>\d{{1,2}})\s*月")
_MONTH_WEST = re.compile(r"(?P<y>\d{4})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*月?")


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _western(era_text: str, n_text: str, typed: str) -> tuple[Era, int, int]:
    era = _BY_NAME[era_text.upper() if len(era_text) == 1 else era_text]
    n = 1 if n_text == "元" else int(n_text)
    if n < 1 or (era.last_year is not None and n > era.last_year):
        raise ValueError(
            tr(
                "{typed!r}: {era}{n}年はありません（平成は31年まで、令和は元年から）",
                "{typed!r}: there is no {era} year {n} (平成 ends at 31, 令和 starts at 元年)",
                typed=typed,
                era=era.name,
                n=n,
            )
        )
    return era, n, era.offset + n


def parse_fiscal_year(text: str) -> int:
    """A fiscal year as typed: 令和3年度, 令和３年度, R3, R3年度, 令和元年度, 平成31年度, 2021.

    Full-width digits are read as half-width (２０２１年度). 平成31年度 is 2019 (= 令和元年度).
    """
    s = _normalize(text)
    if m := _FY_ERA.fullmatch(s):
        return _western(m.group("era"), m.group("n"), text)[2]
    if m := _FY_WEST.fullmatch(s):
        year = int(m.group("y"))
        if year >= HEISEI.start.year:
            return year
    raise ValueError(
        tr(
            "年度として読めません: {text!r}（例: 令和３年度、R3、令和元年度、2021）",
            "not a fiscal year: {text!r} (expected e.g. 令和３年度, R3, 令和元年度, 2021)",
            text=text,
        )
    )


def parse_date(text: str) -> date:
    """A date typed as 令和３年６月18日, 令和元年12月５日, R2.4.1, H31.4.1 or 2021-06-18.

    A trailing 現在 and surrounding brackets are allowed, as in 「（R2.4.1現在）」.
    An era date must exist in its era: 令和元年４月１日 and 平成31年５月１日 are refused.
    """
    s = _normalize(text).strip("()").strip()
    s = s.removesuffix("現在").strip()
    era: Era | None = None
    if (m := _DATE_ERA_LONG.fullmatch(s)) or (m := _DATE_ERA_DOTS.fullmatch(s)):
        era, _, year = _western(m.group("era"), m.group("n"), text)
    elif m := _DATE_WEST.fullmatch(s):
        year = int(m.group("y"))
    else:
        raise ValueError(
            tr(
                "日付として読めません: {text!r}（例: 令和３年６月18日、R2.4.1、2021-06-18）",
                "not a date: {text!r} (expected e.g. 令和３年６月18日, R2.4.1, 2021-06-18)",
                text=text,
            )
        )
    try:
        d = date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        raise ValueError(
            tr("存在しない日付です: {text!r}", "no such date: {text!r}", text=text)
        ) from None
    if era is not None and era_of_date(d)[0] is not era:
        raise ValueError(
            tr(
                "{text!r} は{era}の期間外の日付です（令和は2019年５月１日から）",
                "{text!r} is outside the {era} era (令和 begins on 2019-05-01)",
                text=text,
                era=era.name,
            )
        )
    return d


def parse_month(text: str) -> str:
    """A month typed as 令和４年８月, R4年8月, 2022-08 or 2022年8月, returned as ``"YYYY-MM"``."""
    s = _normalize(text)
    era: Era | None = None
    if m := _MONTH_ERA.fullmatch(s):
        era, _, year = _western(m.group("era"), m.group("n"), text)
    elif m := _MONTH_WEST.fullmatch(s):
        year = int(m.group("y"))
    else:
        raise ValueError(
            tr(
                "年月として読めません: {text!r}（例: 令和４年８月、2022-08）",
                "not a month: {text!r} (expected e.g. 令和４年８月, 2022-08)",
                text=text,
            )
        )
    mon = int(m.group("m"))
    if not 1 <= mon <= 12:
        raise ValueError(tr("月は1〜12です: {text!r}", "month must be 1-12: {text!r}", text=text))
    if era is not None:
        last_day = date(year, mon, 28)
        first_day = date(year, mon, 1)
        if era_of_date(last_day)[0] is not era and era_of_date(first_day)[0] is not era:
            raise ValueError(
                tr(
                    "{text!r} は{era}の期間外です",
                    "{text!r} is outside the {era} era",
                    text=text,
                    era=era.name,
                )
            )
    return f"{year:04d}-{mon:02d}"
