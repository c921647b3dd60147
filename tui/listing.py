"""The report list's rows: what each column shows, how the filter matches and how rows sort.

Everything here is computed once per refresh of the list, so typing in the filter costs a
substring test per row and nothing more (5,000 reports stay responsive).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from models.checks import RuleSettings, check_report, summarize
from models.eras import fiscal_year_label
from models.i18n import tr
from models.report import VERDICT_CATEGORIES, Report, ReportSummary


def normalise(text: str) -> str:
    """NFKC and case-folded, so 全角 and 半角, upper and lower case match each other."""
    return unicodedata.normalize("NFKC", text).casefold()


def year_label(fiscal_year: int | None) -> str:
    if fiscal_year is None:
        return ""
    try:
        return fiscal_year_label(fiscal_year)
    except ValueError:
        return str(fiscal_year)


@dataclass(frozen=True)
class ListRow:
    summary: ReportSummary
    year: str
    haystack: str

    @classmethod
    def of(cls, s: ReportSummary) -> ListRow:
        year = year_label(s.evaluated_fiscal_year)
        number = "" if s.policy_number is None else str(s.policy_number)
        text = " ".join((s.key, s.ministry, number, s.policy_name, year, s.verdict))
        return cls(s, year, normalise(text))

    @property
    def policy(self) -> str:
        s = self.summary
        return s.policy_name if s.policy_number is None else f"{s.policy_number}：{s.policy_name}"


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
    counts = summarize(check_report(report, settings))
    return counts["error"] + counts["warning"]
