"""Every field of a 測定指標 as the form shows it: its label, how it is shown and how it is edited.

``kind`` says how a field is edited: ``int`` (the indicator's number), ``name`` and ``short``
(the input bar), ``number`` (a figure in the indicator's unit), ``fy`` (a fiscal year typed as
2021, 令和３年度 or R3), ``bool`` (toggled), ``choice`` (picked from a list), ``long`` and
``tags`` (a text editor; tags one per line).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.i18n import language, tr
from models.report import paths as fieldpath
from models.report.eras import fy_both
from models.report.labels import DIRECTION_LABELS, KIND_LABELS, MARK_LEGEND, label
from models.report.model import INDICATOR_KINDS, MARKS, Indicator
from models.report.numbers import render_number


@dataclass(frozen=True)
class FieldSpec:
    path: str  # relative to the indicator: ``mark``, ``baseline.value``
    title: str
    kind: str


def _pair(section: str, part: str) -> str:
    return f"{label(section)}　{label(part)}"


def field_specs() -> list[FieldSpec]:
    """The form's fields in printed order (labels in the current language)."""
    specs = [
        FieldSpec("number", label("indicator_number"), "int"),
        FieldSpec("main", label("main_indicator"), "bool"),
        FieldSpec("kind", label("kind"), "choice"),
        FieldSpec("name", label("indicator"), "name"),
        FieldSpec("tags", label("tags"), "tags"),
        FieldSpec("unit", label("unit"), "short"),
        FieldSpec("direction", label("direction"), "choice"),
        FieldSpec("cumulative", label("cumulative"), "bool"),
        FieldSpec("qualitative", label("qualitative"), "bool"),
        FieldSpec("criterion", label("criterion"), "long"),
        FieldSpec("mark", label("mark"), "choice"),
    ]
    for part, kind in (
        ("fiscal_year", "fy"),
        ("value", "number"),
        ("numerator", "number"),
        ("denominator", "number"),
        ("text", "long"),
        ("note", "short"),
    ):
        specs.append(FieldSpec(f"baseline.{part}", _pair("baseline", _part(part)), kind))
    for part, kind in (
        ("fiscal_year", "fy"),
        ("value", "number"),
        ("approximate", "bool"),
        ("text", "long"),
        ("note", "short"),
    ):
        specs.append(FieldSpec(f"target.{part}", _pair("target", _part(part)), kind))
    # the 次期目標等 decision: roll-over leaves the indicator out (models/services/rollover.py)
    specs.append(FieldSpec("drop_next", label("drop_next"), "bool"))
    return specs


def _part(name: str) -> str:
    return "description" if name == "text" else name


def choices(path: str) -> list[tuple[str, str]]:
    """(value, shown) for a ``choice`` field, the blank last."""
    ja = language() != "en"
    if path == "kind":
        options = [(k, KIND_LABELS[k]) for k in INDICATOR_KINDS]
    elif path == "direction":
        options = [(k, v[0] if ja else v[1]) for k, v in DIRECTION_LABELS.items()]
    else:
        options = [(m, f"{m}　{MARK_LEGEND[m][0 if ja else 1]}") for m in MARKS]
    return [*options, ("", tr("（空欄）", "(blank)"))]


def field_value(indicator: Indicator, spec: FieldSpec) -> Any:
    return fieldpath.get(indicator, spec.path)  # type: ignore[arg-type]


def one_line(text: str) -> str:
    return text.replace("\n", " ⏎ ")


def show(indicator: Indicator, spec: FieldSpec) -> str:
    """The field's value as the form shows it (blank stays blank)."""
    value = field_value(indicator, spec)
    if value is None or value == "" or value == []:
        return ""
    if spec.kind == "bool":
        return tr("はい", "yes") if value else tr("いいえ", "no")
    if spec.kind == "fy":
        return fy_both(value, unit=False)
    if spec.kind == "number":
        return render_number(value) + (indicator.unit if spec.path.endswith("value") else "")
    if spec.kind == "choice":
        return dict(choices(spec.path)).get(value, str(value))
    if spec.kind == "tags":
        return "、".join(value)
    return one_line(str(value))


def parse_tags(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def parse_name(text: str) -> str:
    name = text.strip()
    if not name:
        raise ValueError(tr("測定指標の名前は空にできません", "an indicator needs a name"))
    return name
