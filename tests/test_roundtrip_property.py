"""Generated reports survive export → import → export byte for byte, through the database."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from models.report.model import Report
from models.snapshot.codec import dumps_snapshot, loads_snapshot, report_to_document
from models.store.store import open_store
from tests.strategies import reports


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(report=reports)
def test_export_import_export_is_byte_identical(report: Report, tmp_path: Path) -> None:
    first = dumps_snapshot(report)
    parsed = loads_snapshot(first, source="generated")
    store = open_store(str(tmp_path / "prop.db"))
    try:
        store.import_report(parsed, replace=True)
        again = dumps_snapshot(store.load_report(report.key))
    finally:
        store.close()
    assert again == first
    assert tomllib.loads(again) == tomllib.loads(first)


def _key_order(value: Any) -> Any:
    """Every table's keys in the order they were written (arrays of tables item by item)."""
    if isinstance(value, dict):
        return [(k, _key_order(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_key_order(v) for v in value if isinstance(v, dict)]
    return None


@settings(max_examples=150, deadline=None)
@given(report=reports)
def test_snapshot_value_survives_parse_and_keys_keep_the_spec_order(report: Report) -> None:
    text = dumps_snapshot(report)
    assert dumps_snapshot(loads_snapshot(text)) == text
    assert tomllib.loads(text) == report_to_document(report)
    assert _key_order(tomllib.loads(text)) == _key_order(report_to_document(report))
