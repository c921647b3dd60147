"""Where a snapshot problem is, in the form's words.

A problem in a snapshot is found at a key path of the TOML document
(``budget.years[0].total``, ``objectives[0].indicators[1].years[2].actual``): rows are counted
by position there, where the form (and :mod:`models.report.paths`) names them by fiscal year
and indicator number. :func:`issue_place` reads those from the document and gives the place as
:func:`models.report.places.place_label` words it: 「令和元年度 合計（a＋b＋c）」, 「測定指標２
令和３年度 実績」. A path it cannot follow gives "" (the caller shows the path alone).
"""

from __future__ import annotations

import re
from typing import Any

from models.report.paths import PathError, parse
from models.report.places import place_label

_ROW = re.compile(r"^(?P<list>[a-z_.]+)\[(?P<i>\d+)\]")


def issue_place(document: dict[str, Any], path: str) -> str:
    """The place of snapshot key path ``path`` of ``document`` in words, or ""."""
    try:
        store_path = _store_path(document, path)
        if store_path is None:
            return ""
        parse(store_path)
    except (PathError, LookupError, TypeError, ValueError, AttributeError):
        return ""
    return place_label(store_path)


def _store_path(document: dict[str, Any], path: str) -> str | None:
    if path.startswith(("report.", "verdict.", "next_steps.", "cabinet_policies[")):
        return path
    if path == "report":
        return ""
    if path.startswith("budget.years["):
        index, rest = _index(path, "budget.years")
        year = document["budget"]["years"][index]["fiscal_year"]
        return f"budget[{int(year)}]{rest}" if isinstance(year, int) else None
    if path.startswith(("budget.unit", "budget.notes")):
        return path
    if path.startswith("objectives["):
        o, rest = _index(path, "objectives")
        objective = document["objectives"][o]
        if rest.startswith(".indicators["):
            i, rest = _index(rest[1:], "indicators")
            indicator = objective["indicators"][i]
            number = indicator["number"]
            if not isinstance(number, int):
                return None
            return f"indicator[{number}]" + _years(indicator, rest)
        if rest.startswith(".means["):  # counted from 1 across the objectives (paths.py)
            m, rest = _index(rest[1:], "means")
            before = sum(len(other.get("means", [])) for other in document["objectives"][:o])
            return f"means[{before + m + 1}]" + _years(objective["means"][m], rest)
        return f"objectives[{o}]{rest}"
    return None


def _years(row: dict[str, Any], rest: str) -> str:
    """``.years[2].actual`` → ``.years[2021].actual`` (by the row's fiscal year), under an
    indicator and each of its parts (``.parts[0].years[1]…``)."""
    if rest.startswith(".parts["):
        p, after = _index(rest[1:], "parts")
        return f".parts[{p}]" + _years(row["parts"][p], after)
    if rest.startswith(".years["):
        j, after = _index(rest[1:], "years")
        year = row["years"][j]["fiscal_year"]
        if not isinstance(year, int):
            raise ValueError(year)
        return f".years[{year}]{after}"
    return rest


def _index(path: str, name: str) -> tuple[int, str]:
    found = _ROW.match(path)
    if found is None or found.group("list") != name:
        raise ValueError(path)
    return int(found.group("i")), path[found.end() :]
