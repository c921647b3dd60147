"""Reading and writing ``hyoka/1`` snapshots (docs/snapshot.md).

Reading validates everything before anything is built: every problem is collected with
its key path, so one run of ``hyoka import`` shows all that is wrong with a file.
Writing is canonical: keys in the spec's order, empty values omitted, multi-line text as
multi-line strings, nothing that changes when the data does not.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.i18n import os_error_text, tr
from models.report.model import IndicatorYear, MeansYear, Report
from models.report.places import with_reference
from models.snapshot.kinds import CONTROL_CHARS, SCHEMA, ArrayOf, Kind, ListOf, Problem, Spec, Table
from models.snapshot.schema import REPORT_HEADER, SECTIONS
from models.snapshot.toml_text import is_empty, write_table
from models.toml_errors import toml_error, where

MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Issue:
    """One problem in a snapshot: where (a key path, or a line) and what; ``place``: where in
    the form's words (models/snapshot/issue_places.py), "" when there are none. Shown as the
    place in words, the message, and the key path as a reference to find it in the file."""

    path: str
    message: str
    place: str = ""

    def __str__(self) -> str:
        if self.place:
            return with_reference(f"{self.place}: {self.message}", self.path)
        return f"{self.path}: {self.message}" if self.path else self.message

    def in_words(self) -> str:
        """The problem without its key path (an editor has the field in front of them)."""
        return f"{self.place}: {self.message}" if self.place else str(self)


class SnapshotError(ValueError):
    """A snapshot that cannot be imported; ``issues`` lists every problem found."""

    def __init__(self, source: str, issues: list[Issue]):
        self.source = source
        self.issues = issues
        super().__init__(self.render())

    def render(self) -> str:
        head = f"{self.source}: " if self.source else ""
        return "\n".join(f"{head}{issue}" for issue in self.issues)


# ---------------------------------------------------------------- reading
def read_snapshot(path: str | Path) -> Report:
    """Read and validate a snapshot file; raise SnapshotError naming the file."""
    return loads_snapshot(read_bytes(path), source=str(path))


def read_bytes(path: str | Path) -> bytes:
    """A snapshot file's bytes (SnapshotError naming the file when too large or unreadable)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SnapshotError(
                str(path),
                [
                    Issue(
                        "",
                        tr(
                            "ファイルが大きすぎます（{size:,} バイト、上限 {limit:,} バイト）",
                            "file too large ({size:,} bytes; the limit is {limit:,})",
                            size=size,
                            limit=MAX_BYTES,
                        ),
                    )
                ],
            )
        data = path.read_bytes()
    except OSError as exc:
        raise SnapshotError(
            str(path),
            [Issue("", os_error_text(exc, path, reading=True))],
        ) from None
    return data


def loads_snapshot(data: bytes | str, source: str = "") -> Report:
    """Parse snapshot text (bytes are decoded as UTF-8) into a Report."""
    return report_from_document(parse_document(data, source), source)


def parse_document(data: bytes | str, source: str = "") -> dict[str, Any]:
    """Snapshot text (bytes are decoded as UTF-8) as a TOML document, not yet validated."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise SnapshotError(source, [Issue("", tr("大きすぎます", "too large"))])
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise SnapshotError(
                source,
                [
                    Issue(
                        where(line),
                        tr(
                            "UTF-8 ではありません（{pos} バイト目）。UTF-8 で保存してください",
                            "not UTF-8 (byte {pos}); save the file as UTF-8",
                            pos=exc.start,
                        ),
                    )
                ],
            ) from None
    else:
        text = data
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SnapshotError(source, [_toml_issue(exc)]) from None
    except RecursionError:
        raise SnapshotError(
            source, [Issue("", tr("入れ子が深すぎます", "nested too deeply"))]
        ) from None


def _toml_issue(exc: tomllib.TOMLDecodeError) -> Issue:
    place, what = toml_error(exc)
    return Issue(place, tr("TOML として読めません: {r}", "not valid TOML: {r}", r=what))


def report_from_document(document: dict[str, Any], source: str = "") -> Report:
    """Validate a parsed TOML document and build the Report, or raise SnapshotError."""
    issues: list[Issue] = []
    schema = document.get("schema")
    if schema != SCHEMA:
        message = (
            tr(
                'schema がありません（"{want}" が必要です）',
                'missing schema (expected "{want}")',
                want=SCHEMA,
            )
            if schema is None
            else tr(
                '未知の schema です: {got!r}（対応: "{want}"）',
                'unknown schema {got!r} (this hyoka reads "{want}")',
                got=schema,
                want=SCHEMA,
            )
        )
        raise SnapshotError(source, [Issue("schema", message)])
    # [review] is read beside the report (models/snapshot/review_codec.py)
    known = {"schema", "report", "review", *(name for name, _ in SECTIONS)}
    for name in document:
        if name not in known:
            issues.append(Issue(_key(name), tr("未知のキーです", "unknown key")))
    header = document.get("report")
    values: dict[str, Any] = {}
    if header is None:
        issues.append(Issue("report", tr("[report] がありません", "missing [report] table")))
    else:
        values = _read_fields(header, REPORT_HEADER, "report", issues) or {}
    for name, spec in SECTIONS:
        if name in document:
            value = _read(document[name], spec, name, issues)
            if value is not None:
                values[name] = value
    if not issues:
        report = Report(**values)
        issues.extend(_duplicates(report))
        if not issues:
            return report
    raise SnapshotError(source, [_in_words(issue, document) for issue in issues])


def _in_words(issue: Issue, document: dict[str, Any]) -> Issue:
    """``issue`` with its place in words; an unknown key keeps its path alone (the key is
    what the file says, and the form has no word for it)."""
    from models.snapshot.issue_places import issue_place

    if issue.message == tr("未知のキーです", "unknown key"):
        return issue
    place = issue_place(document, issue.path)
    return Issue(issue.path, issue.message, place) if place else issue


def _read(value: Any, spec: Spec, path: str, issues: list[Issue]) -> Any:
    """Check ``value`` against ``spec``; on a problem record it and return None."""
    if isinstance(spec, Kind):
        try:
            return spec.check(value)
        except Problem as exc:
            issues.append(Issue(path, str(exc)))
            return None
    if isinstance(spec, ListOf):
        if not isinstance(value, list):
            issues.append(Issue(path, tr("配列が必要です", "expected an array")))
            return None
        items = [_read(v, spec.item, f"{path}[{i}]", issues) for i, v in enumerate(value)]
        return [v for v in items if v is not None]
    if isinstance(spec, ArrayOf):
        if not isinstance(value, list):
            issues.append(
                Issue(path, tr("テーブルの配列が必要です", "expected an array of tables"))
            )
            return None
        rows = [_read(v, spec.table, f"{path}[{i}]", issues) for i, v in enumerate(value)]
        return [row for row in rows if row is not None]
    values = _read_fields(value, spec, path, issues)
    return None if values is None else spec.cls(**values)


def _read_fields(value: Any, spec: Table, path: str, issues: list[Issue]) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        issues.append(Issue(path, tr("テーブルが必要です", "expected a table")))
        return None
    names = {name for name, _ in spec.fields}
    for name in value:
        if name not in names:
            issues.append(Issue(f"{path}.{_key(name)}", tr("未知のキーです", "unknown key")))
    out: dict[str, Any] = {}
    complete = True
    for name, sub in spec.fields:
        here = f"{path}.{name}"
        if name not in value or value[name] == "":
            if name in spec.required:
                issues.append(Issue(here, tr("必須です", "required")))
                complete = False
            continue
        checked = _read(value[name], sub, here, issues)
        if checked is not None and checked != "":
            out[name] = checked
        elif name in spec.required:  # refused above (wrong type…): the row cannot be built
            complete = False
    return out if complete else None


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _key(name: str) -> str:
    """An unknown key as TOML writes it: bare if it can be, else quoted with controls escaped,
    so a key made of escape sequences is shown, never sent to the terminal."""
    if _BARE_KEY.fullmatch(name):
        return name
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + CONTROL_CHARS.sub(lambda m: f"\\u{ord(m.group()):04X}", quoted) + '"'


def _duplicates(report: Report) -> list[Issue]:
    """Keys that must be unique: budget years, indicator numbers, years of an indicator
    and of each of its parts."""
    issues: list[Issue] = []
    dup = tr("重複しています: {value}", "duplicate: {value}")
    seen_years: set[int] = set()
    for i, year in enumerate(report.budget.years):
        if year.fiscal_year in seen_years:
            issues.append(
                Issue(f"budget.years[{i}].fiscal_year", dup.format(value=year.fiscal_year))
            )
        seen_years.add(year.fiscal_year)
    seen_numbers: set[int] = set()
    for o, objective in enumerate(report.objectives):
        for n, indicator in enumerate(objective.indicators):
            here = f"objectives[{o}].indicators[{n}]"
            if indicator.number in seen_numbers:
                issues.append(Issue(f"{here}.number", dup.format(value=indicator.number)))
            seen_numbers.add(indicator.number)
            issues.extend(_duplicate_years(indicator.years, here, dup))
            for p, part in enumerate(indicator.parts):
                issues.extend(_duplicate_years(part.years, f"{here}.parts[{p}]", dup))
        for m, means in enumerate(objective.means):
            issues.extend(_duplicate_years(means.years, f"objectives[{o}].means[{m}]", dup))
    if report.plan is not None:
        planned: set[int] = set()
        for n, row in enumerate(report.plan.indicators):
            if row.number in planned:
                issues.append(Issue(f"plan.indicators[{n}].number", dup.format(value=row.number)))
            planned.add(row.number)
    return issues


def _duplicate_years(
    years: Sequence[IndicatorYear | MeansYear], here: str, dup: str
) -> list[Issue]:
    issues: list[Issue] = []
    fiscal: set[int] = set()
    for y, row in enumerate(years):
        if row.fiscal_year in fiscal:
            issues.append(
                Issue(f"{here}.years[{y}].fiscal_year", dup.format(value=row.fiscal_year))
            )
        fiscal.add(row.fiscal_year)
    return issues


# ---------------------------------------------------------------- writing
def report_to_document(report: Report) -> dict[str, Any]:
    """The report as an ordered dict in canonical key order, empties left out."""
    document: dict[str, Any] = {"schema": SCHEMA, "report": _write_fields(report, REPORT_HEADER)}
    for name, spec in SECTIONS:
        value = _write(getattr(report, name), spec)
        if value is not None:
            document[name] = value
    return document


def dumps_snapshot(report: Report) -> str:
    """The canonical snapshot text of ``report`` (keys in the spec's order, see toml_writer)."""
    out = [f'schema = "{SCHEMA}"\n', "\n"]
    write_table(out, report, REPORT_HEADER, "report", "[report]\n")
    for name, spec in SECTIONS:
        value = getattr(report, name)
        if isinstance(spec, ArrayOf):
            for item in value:
                out.append("\n")
                write_table(out, item, spec.table, name, f"[[{name}]]\n")
        elif isinstance(spec, Table) and value is not None and not is_empty(value, spec):
            out.append("\n")
            write_table(out, value, spec, name, f"[{name}]\n")
    return "".join(out)


def write_snapshot(report: Report, path: str | Path) -> None:
    Path(path).write_text(dumps_snapshot(report), encoding="utf-8", newline="\n")


def _write(value: Any, spec: Spec) -> Any:
    """The TOML value for ``value``, or None when it is empty (and so omitted)."""
    if isinstance(spec, Kind):
        return None if spec.is_empty(value) else value
    if isinstance(spec, ListOf):
        return list(value) or None
    if isinstance(spec, ArrayOf):
        rows = [_write_fields(v, spec.table) for v in value]
        return rows or None
    out = _write_fields(value, spec) if value is not None else None
    return out or None


def _write_fields(obj: Any, spec: Table) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, sub in spec.fields:
        value = _write(getattr(obj, name), sub)
        if value is not None:
            out[name] = value
    return out


def read_value(value: Any, spec: Spec, path: str, issues: list[Issue]) -> Any:
    """``value`` (plain data as TOML gives it) read and checked against ``spec``; problems
    are added to ``issues``."""
    return _read(value, spec, path, issues)


def write_value(value: Any, spec: Spec) -> Any:
    """``value`` as plain data in the spec's key order, empties left out (None when empty)."""
    return _write(value, spec)
