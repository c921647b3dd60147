"""What ``hyoka check`` prints, one report at a time.

Each report's part of the output is rendered on its own (in the worker that checked it, or
read back from the findings cache, models/store/findings_cache.py) and the parts are joined: the
result is byte for byte what printing every result at the end would give — the text form
line by line, the JSON form as ``json.dumps({"reports": […], "summary": …}, indent=2)``.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, NamedTuple

from models.i18n import tr
from models.report.places import place_label, with_reference
from tui.cli.common import error

if TYPE_CHECKING:
    from models.rules.findings import Finding

INDENT = "    "  # a report object's depth inside {"reports": [...]} at indent=2


class Entry(NamedTuple):
    """One report's part of the output: its rendered text, its findings counted by severity
    (error, warning, info), and the problem that kept it from being read ("" if none).
    ``packed``: ``cached()`` as the findings cache stores it, when the worker that checked the
    report packed it (so the calling process does not compress every report at the end)."""

    key: str
    text: str
    counts: tuple[int, int, int]
    problem: str = ""
    packed: bytes = b""

    def cached(self) -> str:
        """The form kept in the findings cache (see ``from_cached``)."""
        return "{} {} {}\n{}".format(*self.counts, self.text)

    def with_packed(self) -> Entry:
        from models.rules.cache import pack

        return self if self.problem else self._replace(packed=pack(self.cached()))


def from_cached(key: str, kept: str) -> Entry:
    head, text = kept.split("\n", 1)
    e, w, i = head.split(" ")
    return Entry(key, text, (int(e), int(w), int(i)))


def entry(result: dict[str, Any], form: str) -> Entry:
    """The rendered part of one result (``_result`` in tui/cli/check.py)."""
    if "error" in result:
        text = render_json(result) if form == "json" else ""
        return Entry(result["key"], text, (0, 0, 0), result["error"])
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in result["findings"]:
        counts[finding["severity"]] += 1
    text = render_json(result) if form == "json" else render_text(result)
    return Entry(result["key"], text, (counts["error"], counts["warning"], counts["info"]))


def render_json(result: dict[str, Any]) -> str:
    dumped = json.dumps(result, ensure_ascii=False, indent=2)
    return INDENT + dumped.replace("\n", "\n" + INDENT)


def render_text(result: dict[str, Any]) -> str:
    rows = [(f["severity"], f["code"], f["place"], f["message"]) for f in result["findings"]]
    return _text(result["key"], result["policy_name"], rows, str(result["suggestion"]["text"]))


def text_entry(key: str, policy_name: str, findings: list[Finding], explanation: str) -> Entry:
    """The text form's part for one report, from its findings and the suggestion's
    explanation: what ``entry`` gives for the result's dict, without building it."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[finding.severity] += 1
    rows = [(f.severity, f.code, f.place, f.message) for f in findings]
    text = _text(key, policy_name, rows, explanation)
    return Entry(key, text, (counts["error"], counts["warning"], counts["info"]))


def _text(key: str, policy_name: str, rows: list[tuple[str, str, str, str]], text: str) -> str:
    severity = {
        "error": tr("エラー", "error"),
        "warning": tr("警告", "warning"),
        "info": tr("情報", "info"),
    }
    lines = [f"{key}  {policy_name}"]
    if not rows:
        lines.append("  " + tr("指摘事項はありません。", "No findings."))
    for level, code, place, message in rows:  # the place in words, its path as a reference
        shown = with_reference(message, place)
        lines.append(f"  {severity[level]}\t{code}\t{place_label(place)}\t{shown}")
    lines.extend("  " + line for line in text.splitlines())
    return "\n".join(lines) + "\n"


def summary(entries: list[Entry]) -> dict[str, int]:
    e = w = i = problems = 0
    for one in entries:
        e += one.counts[0]
        w += one.counts[1]
        i += one.counts[2]
        problems += bool(one.problem)
    return {"reports": len(entries), "error": e, "warning": w, "info": i, "unreadable": problems}


def write(entries: list[Entry], totals: dict[str, int], form: str) -> None:
    if form == "json":
        _write_json(entries, totals)
    else:
        _write_text(entries, totals)


def _write_json(entries: list[Entry], totals: dict[str, int]) -> None:
    if not entries:
        print(json.dumps({"reports": [], "summary": totals}, ensure_ascii=False, indent=2))
        return
    tail = json.dumps(totals, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    out = sys.stdout
    out.write('{\n  "reports": [\n')
    out.write(",\n".join(one.text for one in entries))
    out.write(f'\n  ],\n  "summary": {tail}\n}}\n')


def _write_text(entries: list[Entry], totals: dict[str, int]) -> None:
    out = sys.stdout
    parts: list[str] = []  # written together, up to the next unreadable report
    for i, one in enumerate(entries):
        if i:
            parts.append("\n")
        if one.problem:
            parts.append(one.key + "\n")
            out.write("".join(parts))
            parts = []
            out.flush()
            error(one.problem)
            continue
        parts.append(one.text)
    parts.append("\n")
    out.write("".join(parts))
    print(
        tr(
            "{reports} 件: エラー {error}、警告 {warning}、情報 {info}、読込不可 {unreadable}",
            "{reports} report(s): {error} error(s), {warning} warning(s), {info} info, "
            "{unreadable} unreadable",
            **totals,
        )
    )
