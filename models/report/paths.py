"""Places in a report, written as paths: ``budget[2021].executed``,
``indicator[1].years[2020].actual``.

One grammar names a place everywhere: the UI edits through it, the history records it,
the checks point with it. Segments are attribute names, optionally followed by
``[n]``. Three indexes are keys rather than positions: ``budget[FY]`` (a budget column by
fiscal year), ``indicator[N]`` (an indicator by its number) and ``years[FY]`` under an
indicator or a means. ``means[N]`` is the report's N-th 達成手段 counted from 1 across its
objectives, as the 事前分析表 numbers them (``means[1].years[2022].budget``). Every other
``[n]`` is a position in a list.

Header fields are ``report.NAME``; sections are ``budget.unit``, ``budget.notes[0]``,
``cabinet_policies[0].name``, ``objectives[0].text``, ``verdict.rationale``,
``next_steps.measures``; ``plan`` is the fixed 事前分析表 as a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, is_dataclass
from typing import Any

from models.report.model import Report

# Sections are edited field by field, never replaced whole through a path.
_SECTIONS = ("budget", "verdict", "next_steps", "objectives", "cabinet_policies", "gist")
_SEGMENT = re.compile(r"([a-z_]+)(?:\[(-?\d+)\])?")


class PathError(LookupError):
    """A path that names no place in the report."""


@dataclass(frozen=True)
class Segment:
    name: str
    index: int | None


def parse(path: str) -> list[Segment]:
    segments = []
    for part in path.split("."):
        found = _SEGMENT.fullmatch(part)
        if not found:
            raise PathError(f"bad path segment {part!r} in {path!r}")
        index = found.group(2)
        segments.append(Segment(found.group(1), None if index is None else int(index)))
    return segments


def _step(node: Any, seg: Segment, path: str) -> Any:
    """Follow one segment from ``node`` (the report or something inside it)."""
    if isinstance(node, Report):
        if seg.name == "report" and seg.index is None:
            return node
        if seg.name == "budget" and seg.index is not None:
            found = node.budget.year(seg.index)
            if found is None:
                raise PathError(f"no budget year {seg.index} ({path})")
            return found
        if seg.name == "indicator" and seg.index is not None:
            indicator = node.indicator(seg.index)
            if indicator is None:
                raise PathError(f"no indicator {seg.index} ({path})")
            return indicator
        if seg.name == "means" and seg.index is not None:
            means = node.all_means()
            if not 1 <= seg.index <= len(means):
                raise PathError(f"no means {seg.index} ({path})")
            return means[seg.index - 1]
    if not is_dataclass(node) or not hasattr(node, seg.name):
        raise PathError(f"no {seg.name!r} here ({path})")
    value = getattr(node, seg.name)
    if seg.index is None:
        return value
    if seg.name == "years" and hasattr(node, "year"):
        found = node.year(seg.index)
        if found is None:
            raise PathError(f"no year {seg.index} ({path})")
        return found
    if not isinstance(value, list) or not 0 <= seg.index < len(value):
        raise PathError(f"no item {seg.index} of {seg.name!r} ({path})")
    return value[seg.index]


def get(report: Report, path: str) -> Any:
    """The value at ``path``."""
    node: Any = report
    for seg in parse(path):
        node = _step(node, seg, path)
    return node


def set_value(report: Report, path: str, value: Any) -> Any:
    """Put ``value`` at ``path`` and return what was there before."""
    segments = parse(path)
    *head, last = segments
    node: Any = report
    for seg in head:
        node = _step(node, seg, path)
    if last.index is None:
        whole_section = isinstance(node, Report) and last.name in _SECTIONS
        if not is_dataclass(node) or not hasattr(node, last.name) or whole_section:
            raise PathError(f"cannot set {path!r}")
        old = getattr(node, last.name)
        setattr(node, last.name, value)
        return old
    container = getattr(node, last.name, None)
    if not isinstance(container, list) or not 0 <= last.index < len(container):
        raise PathError(f"no item {last.index} of {last.name!r} ({path})")
    old = container[last.index]
    container[last.index] = value
    return old


def list_at(report: Report, path: str) -> list[Any]:
    """The list named by ``path``, e.g. ``budget.years`` or ``indicator[1].years``."""
    value = get(report, path)
    if not isinstance(value, list):
        raise PathError(f"{path!r} is not a list")
    return value


def item_path(list_path: str, item: Any, position: int) -> str:
    """The path of one item of a list, by key where the grammar has one."""
    if list_path == "budget.years":
        return budget_place(item.fiscal_year)
    if list_path.endswith(".years") and list_path.startswith(("indicator[", "means[")):
        return f"{list_path}[{item.fiscal_year}]"
    if list_path.startswith("objectives[") and list_path.endswith(".indicators"):
        return indicator_place(item.number)
    return f"{list_path}[{position}]"


# ---- building paths: the one place a path's text is put together -------------------------
def report_place(name: str) -> str:
    """``report.NAME``: a heading field."""
    return f"report.{name}"


def budget_place(fiscal_year: int | None = None, name: str = "") -> str:
    """``budget``, ``budget[2021]`` or ``budget[2021].executed``."""
    place = "budget" if fiscal_year is None else f"budget[{fiscal_year}]"
    return f"{place}.{name}" if name else place


def indicator_place(number: int, name: str = "", year: int | None = None) -> str:
    """``indicator[1]``, ``indicator[1].target.value``, ``indicator[1].years[2021].actual``."""
    place = f"indicator[{number}]"
    if year is not None:
        place += f".years[{year}]"
    return f"{place}.{name}" if name else place


def means_place(number: int, name: str = "", year: int | None = None) -> str:
    """``means[1]``, ``means[1].start_fiscal_year``, ``means[1].years[2021].budget``
    (達成手段 numbered from 1 across the report, as printed)."""
    place = f"means[{number}]"
    if year is not None:
        place += f".years[{year}]"
    return f"{place}.{name}" if name else place


def objective_place(index: int, name: str = "") -> str:
    """``objectives[0]`` or ``objectives[0].indicators`` (positions, from 0)."""
    place = f"objectives[{index}]"
    return f"{place}.{name}" if name else place


def verdict_place(name: str) -> str:
    """``verdict.NAME``."""
    return f"verdict.{name}"
