"""What a check reports: a :class:`Finding`, and the place grammar it points with.

A place is a path in the store's path grammar: ``report.policy_name``, ``budget[2021].total``,
``indicator[1].years[2020].actual``, ``indicator[1].mark``, ``verdict.rationale``,
``objectives[0]``. Budget columns and indicator years are addressed by fiscal year, indicators
by their number, objectives by their index.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import TYPE_CHECKING

from models.report.paths import indicator_place

if TYPE_CHECKING:
    from models.report.model import Indicator

SEVERITIES = ("error", "warning", "info")


@dataclass
class Finding:
    """One thing a check noticed.

    ``code`` is stable (documented in docs/rules.md), ``severity`` is ``"error"``,
    ``"warning"`` or ``"info"``, ``message`` is in the current language, ``place`` is a path
    (see the module docstring). ``fiscal_year`` and ``indicator`` repeat the place's keys for
    filtering; ``data`` holds the figures behind the message.
    """

    code: str
    severity: str
    message: str
    place: str
    fiscal_year: int | None = None
    indicator: int | None = None
    data: dict[str, object] = dc_field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity,
            "place": self.place,
            "message": self.message,
            "fiscal_year": self.fiscal_year,
            "indicator": self.indicator,
            "data": dict(self.data),
        }


def indicator_finding(
    code: str, severity: str, message: str, ind: Indicator, name: str, **kw: object
) -> Finding:
    """A finding about indicator ``ind`` at ``name`` (``year``: that fiscal year's row)."""
    year = kw.pop("year", None)
    assert year is None or isinstance(year, int)
    return Finding(
        code,
        severity,
        message,
        indicator_place(ind.number, name, year),
        fiscal_year=year,
        indicator=ind.number,
        data=dict(kw),
    )


def finding_line(finding: Finding) -> str:
    """A finding on one line for people: the place in the form's words, the message, and the
    place's path as a trailing reference (「令和元年度 合計: … ［budget[2019].total］」)."""
    from models.report.places import place_label, with_reference

    return with_reference(f"{place_label(finding.place)}: {finding.message}", finding.place)


def summarize(findings: Iterable[Finding]) -> dict[str, int]:
    """Counts per severity: ``{"error": n, "warning": n, "info": n}``."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity] += 1
    return counts


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
