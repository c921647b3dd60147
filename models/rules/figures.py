"""Checks of an indicator's figures: as-of dates and ratios (codes I004, I008, I009)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from models.i18n import tr
from models.report.eras import date_short, fy_label
from models.report.model import Indicator, Number
from models.report.places import form_number
from models.rules.findings import Finding, indicator_finding
from models.rules.settings import RuleSettings


def _shift_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def as_of_reach(fiscal_year: int, settings: RuleSettings) -> tuple[date, date]:
    """The as-of dates acceptable for a fiscal year's figure (hyoka's default margins)."""
    return _reach(fiscal_year, settings.as_of_months_before, settings.as_of_months_after)


@lru_cache(maxsize=512)  # the same few years and margins for every report checked
def _reach(fiscal_year: int, before: int, after: int) -> tuple[date, date]:
    first = _shift_months(date(fiscal_year, 4, 1), -before)
    end = _shift_months(date(fiscal_year + 1, 4, 1), after)
    return first, date.fromordinal(end.toordinal() - 1)


def check_as_of(ind: Indicator, settings: RuleSettings) -> list[Finding]:
    """I004: an as-of date (〇〇現在) far from its fiscal year."""
    out: list[Finding] = []
    for y in ind.years:
        if y.as_of is None:
            continue
        first, last = as_of_reach(y.fiscal_year, settings)
        if not first <= y.as_of <= last:
            out.append(
                indicator_finding(
                    "I004",
                    "warning",
                    tr(
                        "測定指標{n}の{fy}の実績は「{d}現在」ですが、この年度の数値としては"
                        "{first}〜{last}の日付が想定されます。",
                        "indicator {n}: the {fy} actual is as of {d}, outside that year's reach "
                        "({first} to {last}).",
                        n=form_number(ind.number),
                        fy=fy_label(y.fiscal_year),
                        d=date_short(y.as_of),
                        first=first.isoformat(),
                        last=last.isoformat(),
                    ),
                    ind,
                    "as_of",
                    year=y.fiscal_year,
                    as_of=y.as_of.isoformat(),
                )
            )
    return out


def _tolerance(value: Number) -> float:
    if isinstance(value, int):
        return 0.5
    exponent = Decimal(repr(value)).as_tuple().exponent
    return 0.5 * 10.0 ** int(exponent) if isinstance(exponent, int) else 0.5


def ratio_matches(value: Number, numerator: Number, denominator: Number, unit: str) -> bool:
    """Whether ``value`` is numerator ÷ denominator (×100 for a % unit) at ``value``'s precision."""
    quotient = numerator / denominator
    scales = (100,) if unit in ("%", "％") else (1, 100)
    return any(abs(value - quotient * s) <= _tolerance(value) + 1e-9 for s in scales)


def _cell_words(year: int | None) -> str:
    """「令和３年度の実績」 or 「基準値」: named only for a finding (most ratios match)."""
    return (
        tr("{fy}の実績", "the {fy} actual", fy=fy_label(year))
        if year
        else tr("基準値", "the baseline")
    )


def check_ratios(ind: Indicator) -> list[Finding]:
    """I008 (value ≠ numerator ÷ denominator) and I009 (half a ratio, or a zero denominator)."""
    out: list[Finding] = []
    b = ind.baseline
    cells: list[tuple[str, int | None, Number | None, Number | None, Number | None]] = [
        ("baseline.value", None, b.value, b.numerator, b.denominator)
    ]
    cells += [("actual", y.fiscal_year, y.actual, y.numerator, y.denominator) for y in ind.years]
    for name, year, value, num, den in cells:
        if num is None and den is None:
            continue
        if num is None or den is None or den == 0:
            where = _cell_words(year)
            out.append(
                indicator_finding(
                    "I009",
                    "warning",
                    tr(
                        "測定指標{n}の{w}の比率（分子・分母）が不完全です（分母0を含む）。",
                        "indicator {n}: the ratio of {w} is incomplete (or its denominator is 0).",
                        n=form_number(ind.number),
                        w=where,
                    ),
                    ind,
                    name,
                    year=year,
                )
            )
        elif value is not None and not ratio_matches(value, num, den, ind.unit):
            where = _cell_words(year)
            out.append(
                indicator_finding(
                    "I008",
                    "error",
                    tr(
                        "測定指標{n}の{w} {v} が {num}／{den} と一致しません。",
                        "indicator {n}: {w} {v} does not equal {num}/{den}.",
                        n=form_number(ind.number),
                        w=where,
                        v=value,
                        num=num,
                        den=den,
                    ),
                    ind,
                    name,
                    year=year,
                    value=value,
                    numerator=num,
                    denominator=den,
                )
            )
    return out
