"""The report list's rows: what each column shows, how the filter matches and how rows sort.

Everything here is computed once per refresh of the list, so typing in the filter costs a
substring test per row and nothing more (5,000 reports stay responsive). This module is on
the start-up path, before the list is first painted: it must not import the checks or the
store (``open_findings`` imports the checks when first called, in a worker).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from models.i18n import tr
from models.report.eras import fiscal_year_label
from models.report.model import VERDICT_CATEGORIES, ReportSummary

if TYPE_CHECKING:
    from models.report.model import Report
    from models.rules.settings import RuleSettings


def normalise(text: str) -> str:
    """NFKC and case-folded, so 全角 and 半角, upper and lower case match each other."""
    return unicodedata.normalize("NFKC", text).casefold()


@cache
def year_label(fiscal_year: int | None) -> str:
    if fiscal_year is None:
        return ""
    try:
        return fiscal_year_label(fiscal_year)
    except ValueError:
        return str(fiscal_year)


@dataclass
class ListRow:
    """One report of the list; ``haystack`` (what the filter searches) is computed when first
    needed, so the list can paint before 5,000 of them are normalised."""

    summary: ReportSummary
    year: str
    policy: str
    _haystack: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, s: ReportSummary) -> ListRow:
        name = s.policy_name
        policy = name if s.policy_number is None else f"{s.policy_number}：{name}"
        return cls(s, year_label(s.evaluated_fiscal_year), policy)

    @property
    def key(self) -> str:
        return self.summary.key

    @property
    def haystack(self) -> str:
        if self._haystack is None:
            s = self.summary
            number = "" if s.policy_number is None else str(s.policy_number)
            text = " ".join((s.key, s.ministry, number, s.policy_name, self.year, s.verdict))
            self._haystack = normalise(text)
        return self._haystack


def matching(rows: list[ListRow], needle: str) -> list[ListRow]:
    """The rows containing every space-separated word of ``needle``."""
    words = normalise(needle).split()
    return [r for r in rows if all(w in r.haystack for w in words)]


def _verdict_rank(verdict: str) -> int:
    return VERDICT_CATEGORIES.index(verdict) if verdict in VERDICT_CATEGORIES else 99


# (column key, label pair, sort key); a missing value sorts last
SORTS = (
    ("key", ("キー", "key"), lambda r, _c: (0, r.summary.key)),
    (
        "ministry",
        ("府省", "ministry"),
        lambda r, _c: (r.summary.ministry == "", r.summary.ministry, r.summary.key),
    ),
    (
        "policy",
        ("政策", "policy"),
        lambda r, _c: (
            r.summary.policy_number is None,
            r.summary.policy_number or 0,
            r.summary.key,
        ),
    ),
    (
        "year",
        ("年度", "year"),
        lambda r, _c: (
            r.summary.evaluated_fiscal_year is None,
            -(r.summary.evaluated_fiscal_year or 0),
            r.summary.key,
        ),
    ),
    (
        "verdict",
        ("測定結果", "verdict"),
        lambda r, _c: (_verdict_rank(r.summary.verdict), r.summary.key),
    ),
    (
        "checks",
        ("点検", "checks"),
        lambda r, c: (c.get(r.summary.key) is None, -(c.get(r.summary.key) or 0), r.summary.key),
    ),
)


def sort_label(index: int) -> str:
    return tr(*SORTS[index][1])


def sorted_rows(rows: list[ListRow], index: int, counts: dict[str, int]) -> list[ListRow]:
    order = SORTS[index][2]
    return sorted(rows, key=lambda r: order(r, counts))


def open_findings(report: Report, settings: RuleSettings) -> int:
    """How many errors and warnings the checks find in ``report`` (infos are not counted)."""
    from models.rules.check import check_report, summarize

    counts = summarize(check_report(report, settings))
    return counts["error"] + counts["warning"]
