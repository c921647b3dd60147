"""How a field of the report is declared: once, next to the field in models/report/model.py.

Each field of a report dataclass is made with one of the helpers below (``text(...)``,
``boolean(...)``, ``rows(IndicatorYear)`` …). The helper gives the dataclass its default and
records, in the field's metadata, a :class:`Declared`: the field's kind (what a value is), its
label in the form's words and in English, and whether a snapshot must have it. The field's name
is its snapshot key and its column; its place is where it sits in its dataclass, which is the
order of the snapshot (docs/snapshot.md) and of the printed form.

Everything else derives from these declarations: the snapshot codec (models/snapshot/schema.py
walks :func:`declarations`), the store's tables and rows (models/store/declared.py makes a
column of each scalar field, ``baseline_``/``target_`` prefixed where a section is kept as
columns) and the labels (models/report/labels.py collects :func:`declared_labels`). Adding a
field is then its declaration here, its migration (models/store/migrations.py) and its uses.

The kinds are plain words, not types of any library: ``models.report`` imports no database and
no snapshot code (pyproject's import contracts).
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields, is_dataclass
from dataclasses import field as dc_field
from typing import Any

# Scalar kinds: what one value is, for the snapshot reader and the store's column type.
TEXT = "text"  # a one-line string (VARCHAR)
LONG_TEXT = "long_text"  # prose (TEXT)
INTEGER = "integer"
YEAR = "year"  # a Western fiscal year
NUMBER = "number"  # an int or a float, kept exactly
MONEY = "money"  # an integer amount of the budget's unit (BIGINT)
BOOLEAN = "boolean"  # true, false or absent
DATE = "date"
MONTH = "month"  # YYYY-MM
KEY = "key"  # a report key
CHOICE = "choice"  # one of ``options`` (or empty)
SCALARS = (TEXT, LONG_TEXT, INTEGER, YEAR, NUMBER, MONEY, BOOLEAN, DATE, MONTH, KEY, CHOICE)
# Compound kinds: a list of scalars, one nested table, a list of nested tables.
LIST = "list"
SECTION = "section"
ROWS = "rows"

_META = "hyoka"


@dataclass(frozen=True)
class Declared:
    """What the declaration of one field says besides its name and default."""

    kind: str
    label: tuple[str, str] | None = None  # (the form's wording, English)
    required: bool = False  # a snapshot must have it
    options: tuple[str, ...] = ()  # CHOICE: the values allowed
    item: str = ""  # LIST: the kind of each item
    table: type | None = None  # SECTION, ROWS: the dataclass of the nested table
    inline: bool = False  # ROWS: written ``[{…}, …]`` in the snapshot
    default: Any = None  # a scalar equal to it is left out of a snapshot

    @property
    def scalar(self) -> bool:
        return self.kind in SCALARS


def _declare(declared: Declared, default: Any = MISSING, factory: Any = MISSING) -> Any:
    metadata = {_META: declared}
    if factory is not MISSING:
        return dc_field(default_factory=factory, metadata=metadata)
    return dc_field(default=default, metadata=metadata)


Label = tuple[str, str] | None


def _scalar(kind: str, blank: Any, label: Label, required: bool) -> Any:
    """A scalar field whose absent value is ``blank`` ("" or None); MISSING makes it a
    dataclass argument without a default."""
    return _declare(Declared(kind, label, required), blank)


def text(label: Label = None, *, required: bool = False) -> Any:
    return _scalar(TEXT, "", label, required)


def long_text(label: Label = None, *, required: bool = False) -> Any:
    return _scalar(LONG_TEXT, "", label, required)


def integer(label: Label = None, *, required: bool = False) -> Any:
    return _scalar(INTEGER, MISSING if required else None, label, required)


def year(label: Label = None, *, required: bool = False) -> Any:
    return _scalar(YEAR, MISSING if required else None, label, required)


def number(label: Label = None) -> Any:
    return _scalar(NUMBER, None, label, False)


def money(label: Label = None) -> Any:
    return _scalar(MONEY, None, label, False)


def boolean(label: Label = None) -> Any:
    return _scalar(BOOLEAN, None, label, False)


def local_date(label: Label = None, *, required: bool = False) -> Any:
    return _scalar(DATE, MISSING if required else None, label, required)


def month(label: Label = None) -> Any:
    return _scalar(MONTH, "", label, False)


def report_key(label: Label = None, *, required: bool = False) -> Any:
    return _scalar(KEY, MISSING if required else "", label, required)


def choice(options: tuple[str, ...], label: Label = None, *, default: str = "") -> Any:
    """One of ``options``; ``default`` is what an absent key means (and is not written)."""
    return _declare(Declared(CHOICE, label, options=options, default=default or ""), default)


def items(kind: str, label: Label = None) -> Any:
    """A list of scalars of ``kind`` (``tags``, ``notes``)."""
    return _declare(Declared(LIST, label, item=kind), factory=list)


def section(cls: type, label: Label = None) -> Any:
    """One nested table of dataclass ``cls``, always present (``baseline``, ``verdict``)."""
    return _declare(Declared(SECTION, label, table=cls), factory=cls)


def optional_section(cls: type, label: Label = None) -> Any:
    """One nested table of dataclass ``cls``, absent (None) until there is one (``plan``)."""
    return _declare(Declared(SECTION, label, table=cls), default=None)


def rows(cls: type, label: Label = None, *, inline: bool = False) -> Any:
    """A list of nested tables of dataclass ``cls`` (``years``, ``indicators``)."""
    return _declare(Declared(ROWS, label, table=cls, inline=inline), factory=list)


def declarations(cls: type) -> tuple[tuple[str, Declared], ...]:
    """``(name, Declared)`` of every declared field of dataclass ``cls``, in its order."""
    assert is_dataclass(cls), cls
    return tuple((f.name, f.metadata[_META]) for f in fields(cls) if _META in f.metadata)


def scalar_names(cls: type, skip: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The names of the scalar fields of ``cls`` (those kept as columns), in order."""
    return tuple(name for name, d in declarations(cls) if d.scalar and name not in skip)


def declared_labels(*classes: type) -> dict[str, tuple[str, str]]:
    """The label of every labelled field of ``classes`` and the dataclasses they hold, by field
    name; a name labelled twice must be labelled alike."""
    out: dict[str, tuple[str, str]] = {}
    seen: set[type] = set()
    todo = list(classes)
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for name, d in declarations(cls):
            if d.table is not None:
                todo.append(d.table)
            if d.label is None:
                continue
            assert out.get(name, d.label) == d.label, (name, out[name], d.label)
            out[name] = d.label
    return out
