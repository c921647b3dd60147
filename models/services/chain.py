"""A policy across years: the reports linked by ``predecessor`` (roll-over), both ways.

``chain_of`` gives every report reachable from one by following predecessor links backward
and forward (a report rolled over twice has two successors; both belong to the chain), in
fiscal-year order. A predecessor named but not in the database is kept as a link marked
absent. ``previous_of`` gives what the verdict screen shows beside a report: its
predecessor's verdict category and marks, when that report is in the database.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.report.model import Report, ReportSummary

if TYPE_CHECKING:
    from models.store.store import Store


@dataclass(frozen=True)
class Link:
    """One year of a policy's chain; ``present`` is False for a predecessor not stored here."""

    key: str
    evaluated_fiscal_year: int | None = None
    verdict: str = ""
    predecessor: str = ""
    present: bool = True


def chain_of(key: str, summaries: list[ReportSummary], links: dict[str, str]) -> list[Link]:
    """The reports linked to ``key`` through ``links`` (key → predecessor), oldest first."""
    by_key = {s.key: s for s in summaries}
    successors: dict[str, list[str]] = defaultdict(list)
    for k, predecessor in links.items():
        if predecessor:
            successors[predecessor].append(k)
    seen: set[str] = set()
    todo = [key]
    while todo:
        here = todo.pop()
        if here in seen:
            continue
        seen.add(here)
        if links.get(here):
            todo.append(links[here])
        todo.extend(successors.get(here, []))
    out = []
    for k in seen:
        summary = by_key.get(k)
        if summary is None:
            out.append(Link(k, present=False))
        else:
            out.append(Link(k, summary.evaluated_fiscal_year, summary.verdict, links.get(k, "")))
    # absent predecessors have no year: they sort before the report that names them
    return sorted(out, key=lambda link: (_year(link, out), link.present, link.key))


def _year(link: Link, links: list[Link]) -> int:
    if link.evaluated_fiscal_year is not None:
        return link.evaluated_fiscal_year
    years = [
        other.evaluated_fiscal_year
        for other in links
        if other.predecessor == link.key and other.evaluated_fiscal_year is not None
    ]
    return min(years) - 1 if years else -1


def chain_in(store: Store, key: str) -> list[Link]:
    """``chain_of`` read from a store; ReportNotFound when ``key`` is not there."""
    from models.store.errors import ReportNotFound

    summaries = store.list_reports()
    if all(s.key != key for s in summaries):
        raise ReportNotFound(key)
    return chain_of(key, summaries, store.predecessors())


@dataclass(frozen=True)
class Previous:
    """The predecessor's verdict and marks, shown beside a report while it is written."""

    key: str
    evaluated_fiscal_year: int | None
    category: str
    marks: tuple[tuple[int, str, str], ...]  # (number, name, mark) in printed order


def previous_of(report: Report, predecessor: Report | None) -> Previous | None:
    """What to show of ``predecessor`` beside ``report`` (None without one)."""
    if predecessor is None or not report.predecessor or predecessor.key != report.predecessor:
        return None
    marks = tuple((i.number, i.name, i.mark) for i in predecessor.indicators())
    return Previous(
        predecessor.key, predecessor.evaluated_fiscal_year, predecessor.verdict.category, marks
    )


def previous_in(store: Store, report: Report) -> Previous | None:
    """``previous_of`` with the predecessor read from ``store`` (None when it is not there)."""
    from models.store.errors import ReportNotFound

    if not report.predecessor:
        return None
    try:
        return previous_of(report, store.load_report(report.predecessor))
    except ReportNotFound:
        return None
