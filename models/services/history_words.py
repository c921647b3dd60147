"""Recorded values as the form prints them, for the history (``hyoka history`` and F7).

The history keeps every value as JSON (``models.report.history``); a person reads them here:
a figure as the form prints it (``-1234`` → 「△ 1,234」), a year as an era year
(``2023`` → 「令和５年度」), a date or month in era words, a row added or removed as a sentence
(「令和５年度の列を追加」, 「測定指標３「件数」を追加」), the 事前分析表 fixed as
「事前分析表を確定（令和３年８月31日）」, and a report replaced by ``import --replace`` as the
fields it changed, one by one, as edits show them (:func:`report_changes`). JSON output keeps
the recorded data as it is.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

from models.i18n import tr
from models.report.eras import date_long, fy_label, month_label
from models.report.history import Change, encode
from models.report.model import Report
from models.report.numbers import render_number
from models.report.paths import PathError, parse
from models.report.places import form_number, place_label
from models.snapshot.schema import SECTIONS

YEAR_FIELDS = frozenset(
    {"fiscal_year", "evaluated_fiscal_year", "budget_request_fiscal_year", "start_fiscal_year"}
)
DATE_FIELDS = frozenset({"date", "as_of", "fixed_on"})
MONTH_FIELDS = frozenset({"evaluation_month"})


def _plain(value: Any) -> Any:
    """A value as the history records it (JSON's types)."""
    import json

    text = encode(value)
    return None if text is None else json.loads(text)


def empty() -> str:
    return tr("（空）", "(empty)")


def _last(path: str) -> tuple[str, int | None]:
    try:
        segment = parse(path)[-1]
    except (PathError, IndexError):
        return "", None
    return segment.name, segment.index


def is_text(path: str) -> bool:
    """Whether the place ``path`` holds free text (not a date or a month kept as text)."""
    return _last(path)[0] not in DATE_FIELDS | MONTH_FIELDS


def value_words(path: str, value: Any) -> str:
    """One recorded value of the place ``path`` as the form prints it (not cut)."""
    if value is None or value == "" or value == []:
        return empty()
    name, _ = _last(path)
    if isinstance(value, bool):
        return tr("はい", "yes") if value else tr("いいえ", "no")
    if isinstance(value, int | float):
        if name in YEAR_FIELDS and isinstance(value, int):
            return fy_label(value)
        return render_number(value)
    if isinstance(value, str):
        return _dated(name, value)
    if isinstance(value, list):
        return tr("／", " / ").join(value_words(f"{path}[{i}]", v) for i, v in enumerate(value))
    if isinstance(value, dict):
        return _row_name(path, value) or tr("（行）", "(row)")
    return str(value)


def _dated(name: str, text: str) -> str:
    try:
        if name in DATE_FIELDS:
            return tr(date_long(date.fromisoformat(text)), text)
        if name in MONTH_FIELDS:
            return tr(month_label(text), text)
    except ValueError:
        pass
    return text


def _row_name(path: str, row: dict[str, Any]) -> str:
    """What names a row in a sentence: its year (「令和５年度」), its number and name
    (「測定指標３「件数」」), or its first text (「「骨太の方針2021」」)."""
    name, index = _last(path)
    if "fiscal_year" in row and isinstance(row["fiscal_year"], int) and len(row) > 1:
        return fy_label(row["fiscal_year"])
    text = next((v for k, v in row.items() if isinstance(v, str) and v and k != "kind"), "")
    quoted = tr("「{t}」", "'{t}'", t=_short(text)) if text else ""
    if name == "indicator" and index is not None:
        return tr("{p}{q}", "{p} {q}", p=place_label(path), q=quoted).strip()
    if name == "objectives" and index is not None:
        return tr("施策目標{n}{q}", "objective {n} {q}", n=form_number(index + 1), q=quoted)
    return quoted


def _short(text: str, limit: int = 24) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def row_sentence(change: Change) -> str:
    """A row added or removed, as a sentence: 「令和５年度の列を追加」, 「令和元年度の列を削除」,
    「測定指標１ 令和５年度の行を追加」, 「施策目標２「…」を追加」."""
    value = change.new if change.action == "add" else change.old
    name, _ = _last(change.path)
    if isinstance(value, dict) and "fiscal_year" in value and name in ("budget", "years"):
        year = value_words("fiscal_year", value["fiscal_year"])
        if name == "budget":
            what = tr("{y}の列", "the {y} column", y=year)
        else:
            where = place_label(change.path.rpartition("[")[0].removesuffix(".years"))
            what = tr("{w} {y}の行", "the {y} row of {w}", w=where, y=year)
    elif isinstance(value, dict):
        what = _row_name(change.path, value) or place_label(change.path)
    else:
        what = tr("「{t}」", "'{t}'", t=_short(value_words(change.path, value)))
    if change.action == "add":
        return tr("{w}を追加", "added {w}", w=what)
    return tr("{w}を削除", "removed {w}", w=what)


def plan_sentence(change: Change) -> str:
    """The 事前分析表 fixed, fixed anew or let go (the history records it as a set of ``plan``)."""
    old, new = (_fixed_on(v) for v in (change.old, change.new))
    if new and not old:
        return tr("事前分析表を確定（{d}）", "plan fixed ({d})", d=new)
    if new and old:
        again = tr("事前分析表を確定し直し（{o} → {n}）", "plan fixed anew ({o} → {n})")
        return again.format(o=old, n=new)
    if old:
        return tr("事前分析表の確定を取り消し（{d}）", "plan fixing undone ({d})", d=old)
    return empty()


def _fixed_on(value: Any) -> str:
    if isinstance(value, dict) and isinstance(value.get("fixed_on"), str):
        return _dated("fixed_on", value["fixed_on"])
    return ""


def set_sides(change: Change) -> tuple[str, str]:
    """Old and new of a ``set`` of ``change.path`` in words (a row edited in place: the fields
    that changed, each old → new)."""
    old, new = change.old, change.new
    if isinstance(old, dict) and isinstance(new, dict) and change.path != "plan":
        keys = [k for k in new if old.get(k) != new.get(k)]
        parts = [_field_words(change.path, k, old.get(k), new.get(k)) for k in keys]
        return "", tr("、", "; ").join(parts) or empty()
    return value_words(change.path, old), value_words(change.path, new)


def _field_words(path: str, key: str, old: Any, new: Any) -> str:
    child = f"{path}.{key}"
    label = place_label(child)
    parent = place_label(path)
    if label.startswith(parent + " "):
        label = label[len(parent) + 1 :]
    return f"{label} {value_words(child, old)} → {value_words(child, new)}"


# ---------------------------------------------------------------- a report replaced
def report_changes(old: Report, new: Report) -> list[tuple[str, str, Any, Any]]:
    """What turning report ``old`` into ``new`` changed, as edits record it:
    ``(action, path, old, new)`` with ``set`` of a field, ``add`` / ``remove`` of a row, paths
    in :mod:`models.report.paths` grammar and values as the history keeps them (plain JSON)."""
    out: list[tuple[str, str, Any, Any]] = []
    sections = {name for name, _ in SECTIONS}  # compared below, each in its own way
    for f in fields(Report):
        if f.name not in sections:
            _value(out, f"report.{f.name}", getattr(old, f.name), getattr(new, f.name))
    _value(out, "budget.unit", old.budget.unit, new.budget.unit)
    _value(out, "budget.notes", old.budget.notes, new.budget.notes)
    _keyed(out, "budget", "budget[{}]", old.budget.years, new.budget.years)
    _by_position(out, "cabinet_policies", old.cabinet_policies, new.cabinet_policies)
    for i in range(max(len(old.objectives), len(new.objectives))):
        a = old.objectives[i] if i < len(old.objectives) else None
        b = new.objectives[i] if i < len(new.objectives) else None
        if a is None or b is None:
            out.append(("add" if a is None else "remove", f"objectives[{i}]", _plain(a), _plain(b)))
        else:
            _value(out, f"objectives[{i}].text", a.text, b.text)
    _indicators(out, old, new)
    _means(out, old, new)
    _fields(out, "verdict", old.verdict, new.verdict)
    _fields(out, "next_steps", old.next_steps, new.next_steps)
    _value(out, "plan", old.plan, new.plan)
    _fields(out, "gist", old.gist, new.gist)
    return out


def _value(out: list[Any], path: str, a: Any, b: Any) -> None:
    if a != b:
        out.append(("set", path, _plain(a), _plain(b)))


def _fields(out: list[Any], path: str, a: Any, b: Any, skip: tuple[str, ...] = ()) -> None:
    for f in fields(a):
        if f.name in skip:
            continue
        x, y = getattr(a, f.name), getattr(b, f.name)
        if is_dataclass(x) and is_dataclass(y):
            _fields(out, f"{path}.{f.name}", x, y)
        else:
            _value(out, f"{path}.{f.name}", x, y)


def _keyed(out: list[Any], prefix: str, pattern: str, a: list[Any], b: list[Any]) -> None:
    """Rows keyed by fiscal year: added, removed, or changed field by field."""
    before = {row.fiscal_year: row for row in a}
    after = {row.fiscal_year: row for row in b}
    for year in sorted(before.keys() | after.keys()):
        path = pattern.format(year)
        if year not in after:
            out.append(("remove", path, _plain(before[year]), None))
        elif year not in before:
            out.append(("add", path, None, _plain(after[year])))
        elif before[year] != after[year]:
            _fields(out, path, before[year], after[year], skip=("fiscal_year",))


def _by_position(out: list[Any], name: str, a: list[Any], b: list[Any]) -> None:
    for i in range(max(len(a), len(b))):
        path = f"{name}[{i}]"
        if i >= len(b):
            out.append(("remove", path, _plain(a[i]), None))
        elif i >= len(a):
            out.append(("add", path, None, _plain(b[i])))
        elif a[i] != b[i]:
            _fields(out, path, a[i], b[i])


def _indicators(out: list[Any], old: Report, new: Report) -> None:
    before = {i.number: i for o in old.objectives for i in o.indicators}
    after = {i.number: i for o in new.objectives for i in o.indicators}
    for number in sorted(before.keys() | after.keys()):
        path = f"indicator[{number}]"
        if number not in after:
            out.append(("remove", path, _plain(before[number]), None))
        elif number not in before:
            out.append(("add", path, None, _plain(after[number])))
        elif before[number] != after[number]:
            a, b = before[number], after[number]
            _fields(out, path, a, b, skip=("number", "years", "parts"))
            _keyed(out, path, path + ".years[{}]", a.years, b.years)
            _value(out, f"{path}.parts", a.parts, b.parts)


def _means(out: list[Any], old: Report, new: Report) -> None:
    a = old.all_means()
    b = new.all_means()
    for i in range(max(len(a), len(b))):
        path = f"means[{i + 1}]"
        if i >= len(b):
            out.append(("remove", path, _plain(a[i]), None))
        elif i >= len(a):
            out.append(("add", path, None, _plain(b[i])))
        elif a[i] != b[i]:
            _fields(out, path, a[i], b[i], skip=("years",))
            _keyed(out, path, path + ".years[{}]", a[i].years, b[i].years)


def replaced_fields(change: Change) -> list[Change] | None:
    """A ``replace`` (``import --replace``) as the changes it made, field by field, each a
    Change of that path; None when the history did not record the report after it (made
    before hyoka recorded both) or a snapshot no longer reads."""
    from models.snapshot.codec import SnapshotError, loads_snapshot

    if not isinstance(change.old, str) or not isinstance(change.new, str):
        return None
    try:
        before, after = loads_snapshot(change.old), loads_snapshot(change.new)
    except SnapshotError:
        return None
    return [
        Change(change.id, change.at, change.user, change.report_key, action, path, old, new)
        for action, path, old, new in report_changes(before, after)
    ]
