"""What the header's fields accept as typed, and how stored values are shown back.

Each ``parse_*`` takes the text as typed (全角 welcome) and returns the stored value or
raises ``ValueError`` with a message for under the field; each ``show_*`` is its inverse
for display (eras as the form writes them).
"""

from __future__ import annotations

import unicodedata
from datetime import date

from models.i18n import tr
from models.report.eras import (
    date_long,
    fiscal_year_label,
    month_label,
    parse_date,
    parse_fiscal_year,
)
from models.report.eras import parse_month as parse_era_month


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def parse_required(text: str) -> str:
    if not text.strip():
        raise ValueError(tr("空にはできません", "this cannot be blank"))
    return text.strip()


def parse_number(text: str) -> int | None:
    """A positive whole number (１２ or 12); blank is None."""
    s = _nfkc(text)
    if not s:
        return None
    if not s.isdigit() or int(s) < 1:
        raise ValueError(
            tr(
                "1 以上の整数を入力してください: {text!r}",
                "enter a whole number of 1 or more: {text!r}",
                text=text,
            )
        )
    return int(s)


def parse_fy(text: str) -> int | None:
    return parse_fiscal_year(text) if text.strip() else None


def show_fy(value: int | None) -> str:
    if value is None:
        return ""
    try:
        return fiscal_year_label(value)
    except ValueError:
        return str(value)


def parse_month(text: str) -> str:
    return parse_era_month(text) if text.strip() else ""


def show_month(value: str) -> str:
    try:
        return month_label(value) if value else ""
    except ValueError:
        return value


def parse_day(text: str) -> date | None:
    return parse_date(text) if text.strip() else None


def show_day(value: date | None) -> str:
    if value is None:
        return ""
    try:
        return date_long(value)
    except ValueError:
        return value.isoformat()


def parse_text(text: str) -> str:
    return text.strip()


def show_text(value: str | None) -> str:
    return value or ""
