"""Mutated snapshots never crash hyoka: each is refused (SnapshotError) or imported whole.

Starting from the seed report, hypothesis mutates bytes, lines, keys and values. Whatever
comes out is fed to ``loads_snapshot`` and, when accepted, imported: the only exception
allowed is SnapshotError (or the store's own StoreError), a refusal changes nothing in the
database, and an accepted report comes back from the database exactly as it went in.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.report.model import Report
from models.snapshot.codec import (
    SnapshotError,
    dumps_snapshot,
    loads_snapshot,
    report_from_document,
)
from models.store.errors import StoreError
from models.store.store import Store, open_store
from tests.conftest import SEED

SEED_BYTES = SEED.read_bytes()
SEED_LINES = SEED_BYTES.split(b"\n")
SEED_DOC = tomllib.loads(SEED_BYTES.decode())
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

toml_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", "hyoka/1", "../x", "\x1b[2J", "[b]", "目標達成", "イ", "2022-08"]),
    st.dates(),
    st.datetimes(),
    st.times(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(str(tmp_path / "fuzz.db"), user="fuzz")
    s.import_report(loads_snapshot(SEED_BYTES))
    yield s
    s.close()


def _state(store: Store) -> tuple[list[str], int]:
    return [dumps_snapshot(store.load_report(k)) for k in store.keys()], len(store.history())


def _feed(store: Store, data: bytes | dict[str, Any]) -> None:
    """The property: refused cleanly with nothing changed, or imported exactly."""
    before = _state(store)
    try:
        report = (
            loads_snapshot(data, source="fuzz")
            if isinstance(data, bytes)
            else report_from_document(data, source="fuzz")
        )
    except SnapshotError as exc:
        assert exc.issues and all(str(issue) for issue in exc.issues)
        assert _state(store) == before
        return
    assert isinstance(report, Report)
    try:
        store.import_report(report, replace=True)
    except StoreError:
        assert _state(store) == before
        return
    assert dumps_snapshot(store.load_report(report.key)) == dumps_snapshot(report)
    assert loads_snapshot(dumps_snapshot(report)) == report


# ---------------------------------------------------------------- mutations
@st.composite
def byte_mutations(draw: st.DrawFn) -> bytes:
    data = bytearray(SEED_BYTES)
    for _ in range(draw(st.integers(1, 8))):
        pos = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["replace", "insert", "delete"]))
        chunk = draw(
            st.binary(min_size=1, max_size=4)
            | st.sampled_from(
                [b'"', b"[", b"]", b"=", b"\n", b"\\", b"\xff", b"\x00", b"\xe3\x81", b"#", b"'''"]
            )
        )
        if kind == "replace":
            data[pos : pos + len(chunk)] = chunk
        elif kind == "insert":
            data[pos:pos] = chunk
        else:
            del data[pos : pos + len(chunk)]
    return bytes(data)


@st.composite
def line_mutations(draw: st.DrawFn) -> bytes:
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(1, 5))):
        i = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["delete", "duplicate", "swap", "value"]))
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif b" = " in lines[i]:
            key = lines[i].split(b" = ", 1)[0]
            value = tomli_w.dumps({"v": draw(toml_scalars.filter(lambda v: v is not None))})
            lines[i] = key + b" = " + value.split(" = ", 1)[1].rstrip("\n").encode()
    return b"\n".join(lines)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*here, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*here, i))


SEED_PATHS = [p for p in _paths(SEED_DOC) if p]


@st.composite
def document_mutations(draw: st.DrawFn) -> dict[str, Any]:
    import copy

    doc = copy.deepcopy(SEED_DOC)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(SEED_PATHS))
        parent: Any = doc
        try:
            for step in path[:-1]:
                parent = parent[step]
            last = path[-1]
            parent[last]  # still there after earlier mutations?
        except (KeyError, IndexError, TypeError):
            continue
        kind = draw(st.sampled_from(["value", "drop", "rename", "add"]))
        if kind == "value":
            parent[last] = draw(toml_values)
        elif kind == "drop":
            del parent[last]
        elif kind == "rename" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=10))] = parent.pop(last)
        elif kind == "add" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=10))] = draw(toml_values)
    return doc


# ---------------------------------------------------------------- properties
@FUZZ
@given(data=byte_mutations())
def test_mutated_bytes(store: Store, data: bytes) -> None:
    _feed(store, data)


@FUZZ
@given(data=line_mutations())
def test_mutated_lines(store: Store, data: bytes) -> None:
    _feed(store, data)


@FUZZ
@given(doc=document_mutations())
def test_mutated_documents(store: Store, doc: dict[str, Any]) -> None:
    _feed(store, doc)  # the parsed document, as it is
    try:
        text = tomli_w.dumps(doc, multiline_strings=True).encode()
    except (TypeError, ValueError):  # not writable as TOML (e.g. a NaN key): fine
        return
    _feed(store, text)  # and written back out as a file would be


def test_the_mutators_reach_both_outcomes() -> None:
    """Guard against a fuzzer that only ever produces garbage (or only the seed)."""
    outcomes = set()
    for data in (
        SEED_BYTES,
        SEED_BYTES.replace(b'"hyoka/1"', b'"hyoka/9"'),
        SEED_BYTES.replace(b"executed = 238163", b"executed = 238164"),
    ):
        try:
            loads_snapshot(data)
            outcomes.add("ok")
        except SnapshotError:
            outcomes.add("refused")
    assert outcomes == {"ok", "refused"}
    assert isinstance(date.today(), date) and datetime and time  # strategies use these types
