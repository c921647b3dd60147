"""Figures, fiscal years, dates and months as ministries type them into their forms.

Each reader returns what it read and whether it read it surely; a doubt carries its reason
(in the current language). The parsing itself is :mod:`models.report.numbers` and
:mod:`models.report.eras`: this module finds the piece of text they are given (「令和５年度末
までに」, 「（R2.4.1現在）」, 「令和３年６月18日閣議決定」) and says when it had to guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from models.foreign.grid import GridCell
from models.i18n import tr
from models.report.eras import parse_date, parse_fiscal_year, parse_month
from models.report.numbers import parse_int

T = TypeVar("T")

# what a blank cell is written as on a form: 「－」「―」「-」「—」
BLANK_MARKS = frozenset({"-", "－", "―", "‐", "—", "−", "ー"})

_FY = r"(?:令和|平成|昭和|[RHＲＨ])\s*(?:元|[0-9０-９]{1,2})\s*年度|[0-9０-９]{4}\s*年度"
FISCAL_YEAR = re.compile(_FY)
YEAR_TAG = re.compile(rf"【\s*(?P<fy>{_FY})\s*】")
_DATE = re.compile(
    r"(?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[RH]\s*\d{1,2}\.\d{1,2}\.\d{1,2}"
    r"|\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?"
)
_MONTH = re.compile(
    r"(?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月|\d{4}\s*(?:年|[-/.])\s*\d{1,2}"
)


@dataclass(frozen=True)
class Read(Generic[T]):
    """A value read from a form, with ``sure`` False and a ``reason`` when it was a guess."""

    value: T | None
    sure: bool = True
    reason: str = ""


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def is_blank_mark(text: str) -> bool:
    """「－」 and its cousins: the form's way of writing an empty cell."""
    s = text.strip()
    return not s or s in BLANK_MARKS


def figure(cell: GridCell | None) -> Read[int]:
    """A budget figure: a number the spreadsheet stored, or text 「△13,745」「▲403,220」
    「1,879,706」; a blank cell or 「－」 is no figure."""
    if cell is None or cell.blank:
        return Read(None)
    if cell.number is not None:
        if isinstance(cell.number, float) and not cell.number.is_integer():
            return Read(
                round(cell.number),
                False,
                tr(
                    "端数のある金額 {n} を丸めました",
                    "rounded the fraction {n}",
                    n=cell.number,
                ),
            )
        return Read(int(cell.number))
    text = cell.text.strip()
    if is_blank_mark(text):
        return Read(None)
    try:
        return Read(parse_int(text.replace("\n", "")))
    except ValueError:
        pass
    digits = re.sub(r"[^\d△▲\-−－,，.．]", "", _nfkc(text))
    try:
        value = parse_int(digits) if digits else None
    except ValueError:
        value = None
    return Read(
        value,
        False,
        tr(
            "金額として読めない「{t}」{v}",
            "could not read {t!r} as a figure{v}",
            t=text,
            v=tr("（{v} と読みました）", " (read as {v})", v=value) if value is not None else "",
        ),
    )


def fiscal_year_in(text: str) -> Read[int]:
    """The first fiscal year written in ``text`` (令和元年度, R1年度, 平成30年度, 2019年度)."""
    found = FISCAL_YEAR.search(_nfkc(text))
    if found is None:
        return Read(None)
    try:
        return Read(parse_fiscal_year(found.group()))
    except ValueError as exc:
        return Read(None, False, str(exc))


def fiscal_year(text: str) -> Read[int]:
    """A cell that names a fiscal year and nothing else (a column heading)."""
    s = _nfkc(text).strip()
    if not s:
        return Read(None)
    try:
        return Read(parse_fiscal_year(s))
    except ValueError:
        pass
    found = FISCAL_YEAR.fullmatch(re.sub(r"[\s(（)）]|実績|目標|末", "", s))
    if found:
        return fiscal_year_in(found.group())
    return Read(None)


def date_in(text: str) -> Read[date]:
    """The date of a cell: 令和３年６月18日, R3.6.18, 2021年6月18日 (with other words around,
    as 「令和３年６月18日閣議決定」, the date is taken and the rest noted as a doubt)."""
    s = _nfkc(text).strip()
    if is_blank_mark(s):
        return Read(None)
    try:
        return Read(parse_date(s))
    except ValueError:
        pass
    found = _DATE.search(s)
    if found is None:
        return Read(None, False, tr("日付が読めない「{t}」", "no date in {t!r}", t=text.strip()))
    try:
        value = parse_date(found.group())
    except ValueError as exc:
        return Read(None, False, str(exc))
    return Read(
        value,
        False,
        tr("日付の前後に文字があります「{t}」", "words around the date: {t!r}", t=text.strip()),
    )


def month_in(text: str) -> Read[str]:
    """政策評価実施時期: 令和４年８月, R4年8月, 2022年8月 → ``"2022-08"``."""
    s = _nfkc(text).strip()
    if is_blank_mark(s):
        return Read(None)
    try:
        return Read(parse_month(s))
    except ValueError:
        pass
    found = _MONTH.search(s)
    if found is not None:
        try:
            return Read(
                parse_month(found.group()),
                False,
                tr("年月の前後に文字があります「{t}」", "words around the month: {t!r}", t=s),
            )
        except ValueError as exc:
            return Read(None, False, str(exc))
    return Read(None, False, tr("年月が読めない「{t}」", "no month in {t!r}", t=text.strip()))
