"""Findings of the checks (models.rules.check) shown where they point: a colour and a message."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rich.text import Text

from models.rules.findings import SEVERITIES, Finding

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "cyan"}
SEVERITY_MARK = {"error": "✖", "warning": "▲", "info": "ℹ"}


def by_place(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    places: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        places[f.place].append(f)
    return dict(places)


def worst(findings: Iterable[Finding]) -> str | None:
    found = {f.severity for f in findings}
    return next((s for s in SEVERITIES if s in found), None)


def flag(text: Text, findings: list[Finding]) -> Text:
    """``text`` coloured by the worst finding about it (unchanged when there is none)."""
    severity = worst(findings)
    if severity is not None:
        text.stylize(SEVERITY_STYLE[severity])
    return text


def describe(findings: list[Finding]) -> Text:
    """One line per finding: mark, code and message (user-facing text, never markup)."""
    out = Text()
    for i, f in enumerate(findings):
        if i:
            out.append("\n")
        out.append(f"{SEVERITY_MARK[f.severity]} {f.code} ", style=SEVERITY_STYLE[f.severity])
        out.append(f.message)
    return out
