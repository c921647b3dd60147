"""The calendar of evaluations and monitoring (spec/cycle.md, "The whole cycle"): per policy, which
fiscal years are evaluation years and which monitoring years, and what is due this fiscal year.

A **policy** is a chain of reports linked by roll-over (``predecessor``, as
``hyoka list --chain`` follows it); its name is its latest report's. Its **years** are the
evaluated fiscal years (〇〇年度実施政策) of its reports, each an evaluation (評価書) or a
monitoring year (モニタリング結果) by the report's ``stage``; then, from the latest report's
政策評価実施予定時期 (:func:`models.report.cycle.planned_year`), the years up to the planned
evaluation are planned monitoring years and that year a planned evaluation. A year with a
report is what the report says, whatever the plan.

**Due this fiscal year**: the work of fiscal year T is on the results of T − 1 — the 評価書 on
令和３年度実施政策 is made in 令和４年度 (the sample: 2021, made in 2022-08), and so is a year's
モニタリング結果. So the due year is the fiscal year before today's; ``today`` is the caller's
(the CLI's ``--today``, a test's date), never read here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from models.i18n import tr
from models.report.cycle import CycleFacts, planned_year
from models.report.eras import fy_label
from models.report.ministries import ministry_rank

if TYPE_CHECKING:
    from models.store.store import Store


def fiscal_year_of(day: date) -> int:
    """The fiscal year ``day`` falls in (April to March: 2027-03-31 is in 2026)."""
    return day.year if day.month >= 4 else day.year - 1


@dataclass(frozen=True)
class YearMark:
    """One year of a policy: ``stage`` evaluation or monitoring; ``key`` the report on it, ""
    when the year is only planned (from the 政策評価実施予定時期)."""

    fiscal_year: int
    stage: str
    key: str = ""

    @property
    def planned(self) -> bool:
        return not self.key


@dataclass(frozen=True)
class Policy:
    """One policy's chain and its years, oldest first."""

    keys: tuple[str, ...]
    ministry: str
    policy_number: int | None
    policy_name: str
    planned_evaluation: str = ""
    years: tuple[YearMark, ...] = ()

    def year(self, fiscal_year: int) -> YearMark | None:
        return next((y for y in self.years if y.fiscal_year == fiscal_year), None)


@dataclass(frozen=True)
class Calendar:
    """The calendar as of ``today``: the policies, the years shown and the year due."""

    today: date
    first: int
    last: int
    policies: list[Policy] = field(default_factory=list)

    @property
    def fiscal_year(self) -> int:
        return fiscal_year_of(self.today)

    @property
    def due_year(self) -> int:
        """The evaluated fiscal year whose 評価書 or モニタリング結果 is made this fiscal year."""
        return self.fiscal_year - 1

    @property
    def years(self) -> list[int]:
        return list(range(self.first, self.last + 1))

    def due(self, policy: Policy) -> YearMark | None:
        return policy.year(self.due_year)


def _chains(facts: list[CycleFacts]) -> list[list[CycleFacts]]:
    """The reports grouped by roll-over links (either way), each group in key order."""
    parent = {f.key: f.key for f in facts}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for f in facts:
        if f.predecessor in parent:
            parent[root(f.key)] = root(f.predecessor)
    groups: dict[str, list[CycleFacts]] = defaultdict(list)
    for f in facts:
        groups[root(f.key)].append(f)
    return list(groups.values())


def _order(f: CycleFacts) -> tuple[int, str]:
    return (f.evaluated_fiscal_year if f.evaluated_fiscal_year is not None else -1, f.key)


def policy_of(chain: list[CycleFacts]) -> Policy:
    """One chain's policy: its reports' years, then the planned ones."""
    chain = sorted(chain, key=_order)
    latest = chain[-1]
    marks: dict[int, YearMark] = {}
    for f in chain:
        if f.evaluated_fiscal_year is not None:
            marks[f.evaluated_fiscal_year] = YearMark(f.evaluated_fiscal_year, f.stage, f.key)
    planned_text = next((f.planned_evaluation for f in reversed(chain) if f.planned_evaluation), "")
    planned = planned_year(planned_text)
    if planned is not None:
        last = max(marks, default=planned - 1)
        for year in range(last + 1, planned):
            marks[year] = YearMark(year, "monitoring")
        marks.setdefault(planned, YearMark(planned, "evaluation"))
    return Policy(
        keys=tuple(f.key for f in chain),
        ministry=latest.ministry,
        policy_number=latest.policy_number,
        policy_name=latest.policy_name,
        planned_evaluation=planned_text,
        years=tuple(marks[y] for y in sorted(marks)),
    )


def make_calendar(
    facts: list[CycleFacts],
    today: date,
    *,
    ministry: str | None = None,
    first: int | None = None,
    last: int | None = None,
) -> Calendar:
    """The calendar of ``facts`` as of ``today``; ``ministry`` keeps that ministry's policies,
    ``first``/``last`` the years shown (by default every year any policy has, and the due year)."""
    policies = [policy_of(chain) for chain in _chains(facts)]
    if ministry is not None:
        policies = [p for p in policies if p.ministry == ministry.strip()]
    policies.sort(
        key=lambda p: (ministry_rank(p.ministry), p.policy_number or 0, p.policy_name, p.keys)
    )
    due = fiscal_year_of(today) - 1
    known = [y.fiscal_year for p in policies for y in p.years]
    lo = first if first is not None else min([*known, due])
    hi = last if last is not None else max([*known, due])
    return Calendar(today, lo, max(lo, hi), policies)


def calendar_in(
    store: Store,
    today: date,
    *,
    ministry: str | None = None,
    first: int | None = None,
    last: int | None = None,
) -> Calendar:
    """``make_calendar`` of every report in ``store``."""
    return make_calendar(store.cycle_facts(), today, ministry=ministry, first=first, last=last)


# ---------------------------------------------------------------- words
_STAGE_WORDS = {
    "evaluation": (("評価", "Eval"), ("評価", "evaluation")),
    "monitoring": (("モニ", "Mon"), ("モニタリング", "monitoring")),
}


def mark_text(mark: YearMark | None, *, short: bool = True) -> str:
    """A year in a cell: 評価 / モニ for a report, （評価） / （モニ） for a planned year."""
    if mark is None:
        return ""
    words = _STAGE_WORDS[mark.stage][0 if short else 1]
    word = tr(*words)
    return tr("（{w}）", "({w})", w=word) if mark.planned else word


def due_text(calendar: Calendar, policy: Policy, *, short: bool = False) -> str:
    """What this fiscal year asks of ``policy``: 評価（soumu-r4-08）, モニタリング（未作成）, or
    that nothing is known (no report on the year and no 政策評価実施予定時期 reaching it).
    ``short`` (a table's cell, the key shown elsewhere): 評価（作成済）, 未定."""
    mark = calendar.due(policy)
    if mark is None:
        if short:
            return tr("未定", "unknown")
        if not policy.planned_evaluation:
            return tr("未定（政策評価実施予定時期が空欄）", "unknown (no planned evaluation time)")
        return tr("未定", "unknown")
    word = mark_text(mark, short=False).strip("（）()")
    if mark.planned:
        return tr("{w}（未作成）", "{w} (not started)", w=word)
    if short:
        return tr("{w}（作成済）", "{w} (started)", w=word)
    return tr("{w}（{key}）", "{w} ({key})", w=word, key=mark.key)


def legend() -> str:
    return tr(
        "年度は評価対象年度（〇〇年度実施政策）。評価＝評価書、モニ＝モニタリング結果、"
        "（評価）（モニ）＝政策評価実施予定時期からの予定",
        "Years are evaluated fiscal years. Eval = evaluation report, Mon = monitoring results, "
        "(Eval) (Mon) = planned from the planned evaluation time",
    )


def heading(calendar: Calendar) -> str:
    """「令和８年度（2026-12-08）: 今年度は令和７年度実施政策の評価・モニタリング」."""
    return tr(
        "{fy}（{today}）: 今年度は{due}実施政策の評価・モニタリングの年度です",
        "{fy} ({today}): this fiscal year evaluates or monitors {due}",
        fy=fy_label(calendar.fiscal_year),
        today=calendar.today.isoformat(),
        due=fy_label(calendar.due_year),
    )


def policy_label(policy: Policy) -> str:
    """8：電子自治体の推進."""
    if policy.policy_number is None:
        return policy.policy_name
    return f"{policy.policy_number}：{policy.policy_name}"
