"""A field of the report is declared once, next to it in models/report/model.py: the snapshot
codec, the store's tables and rows and the labels derive from the declaration (issue 28).

The six fields named here were each spelt out in five places before; none of the deriving
packages may name them now (migrations aside: a migration is history and names what it adds)."""

from __future__ import annotations

import re
from dataclasses import fields

from models.report import model as r
from models.report.fields import declarations
from tests.conftest import ROOT

NAMES = (
    "drop_next",
    "change_reason",
    "start_fiscal_year",
    "criterion",
    "cumulative",
    "qualitative",
)
DERIVED = ("models/snapshot", "models/store", "models/report/labels.py")
HISTORY = ("models/store/migrations.py",)


def _sources() -> list:
    out = []
    for place in DERIVED:
        path = ROOT / place
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            if str(file.relative_to(ROOT)) not in HISTORY:
                out.append(file)
    return out


def test_the_deriving_packages_name_no_field() -> None:
    word = re.compile(r"\b(" + "|".join(NAMES) + r")\b")
    found = [
        f"{file.relative_to(ROOT)}:{n}: {line.strip()}"
        for file in _sources()
        for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1)
        if word.search(line)
    ]
    assert found == []


def test_every_field_of_the_report_is_declared() -> None:
    """A field added without a declaration would be missing from snapshots and the store."""
    seen: set[type] = set()
    todo: list[type] = [r.Report]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        declared = dict(declarations(cls))
        assert [f.name for f in fields(cls)] == list(declared), cls
        todo.extend(d.table for d in declared.values() if d.table is not None)
    assert len(seen) == 22  # the report and the 21 dataclasses it holds


_ANNOTATIONS = {
    "text": "str",
    "long_text": "str",
    "month": "str",
    "key": "str",
    "choice": "str",
    "integer": "int | None",
    "year": "int | None",
    "money": "int | None",
    "number": "Number | None",
    "boolean": "bool | None",
    "date": "date | None",
}


def test_each_kind_agrees_with_its_annotation() -> None:
    """The kind (what the snapshot and the store take) and the annotation say the same type."""
    seen: set[type] = set()
    todo: list[type] = [r.Report]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        annotations = {f.name: f.type for f in fields(cls)}
        for name, d in declarations(cls):
            if d.table is not None:
                todo.append(d.table)
                shape = d.table.__name__
                want = f"list[{shape}]" if d.kind == "rows" else shape
                assert annotations[name] in (want, f"{want} | None"), (cls, name)
            elif d.kind == "list":
                assert annotations[name] == f"list[{_ANNOTATIONS[d.item].split(' ')[0]}]"
            else:
                want = _ANNOTATIONS[d.kind]
                if d.required and want.endswith(" | None"):
                    want = want.removesuffix(" | None")
                assert annotations[name] == want, (cls, name, annotations[name])
