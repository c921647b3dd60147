"""Field paths in the form's words (models/report/places.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from typing import Any

import pytest

from models.i18n import set_language
from models.report import paths as fieldpath
from models.report.model import Report
from models.report.places import place_label
from models.snapshot.sample import load_sample


@pytest.fixture(autouse=True)
def _japanese() -> Iterator[None]:
    set_language("ja")
    yield
    set_language(None)


def _paths(node: Any, prefix: str) -> Iterator[str]:
    for f in fields(node):
        value = getattr(node, f.name)
        path = f"{prefix}.{f.name}" if prefix else f.name
        if isinstance(value, list):
            yield path
            for i, item in enumerate(value):
                yield from _item(path, item, i)
        elif is_dataclass(value):
            yield from _paths(value, path)
        else:
            yield path


def _item(list_path: str, item: Any, position: int) -> Iterator[str]:
    path = fieldpath.item_path(list_path, item, position)
    yield path
    if is_dataclass(item):
        yield from _paths(item, path)


def every_path(report: Report) -> Iterator[str]:
    """Every place of ``report`` the history can name, in the grammar of models/fieldpath."""
    for f in fields(report):
        value = getattr(report, f.name)
        if f.name in ("budget", "verdict", "next_steps"):
            yield from _paths(value, f.name)
        elif f.name in ("objectives", "cabinet_policies"):
            yield f.name
            for i, item in enumerate(value):
                yield from _item(f.name, item, i)
        elif isinstance(value, list):
            yield from _item_list(f"report.{f.name}", value)
        else:
            yield f"report.{f.name}"


def _item_list(path: str, items: list[Any]) -> Iterator[str]:
    yield path
    for i, item in enumerate(items):
        yield from _item(path, item, i)


def test_the_issues_examples() -> None:
    assert place_label("budget[2019].initial") == "令和元年度 当初予算（a）"
    assert place_label("indicator[1].years[2021].actual") == "測定指標１ 令和３年度 実績"
    assert place_label("verdict.rationale") == "判断根拠"
    assert place_label("budget.notes[0]") == "予算（注）１"
    assert place_label("cabinet_policies[1].excerpt") == "内閣の重要政策２ 関係部分（抜粋）"
    assert place_label("") == "レポート全体"


def test_english() -> None:
    set_language("en")
    assert place_label("budget[2019].initial") == "FY2019 Initial budget (a)"
    assert place_label("indicator[1].years[2021].actual") == "Indicator 1 FY2021 Actual"


def test_every_place_of_the_sample_reads_as_words() -> None:
    report = load_sample()
    paths = list(every_path(report))
    assert "indicator[1].years[2021].actual" in paths and "budget[2019].initial" in paths
    for path in paths:
        fieldpath.get(report, path)  # the walk names real places
        words = place_label(path)
        assert not re.search(r"[a-z_\[\]]{3,}|\[", words), (path, words)


def test_unknown_paths_are_shown_as_they_are() -> None:
    assert place_label("no such..path") == "no such..path"
    assert place_label("foo[3].bar").startswith("foo")
