"""models.publish: the registry (unknown and not-yet-built formats said plainly) and the
atomic, no-overwrite writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import publish as service
from models.publish import PublishError, blocking_findings, publish
from models.snapshot.sample import load_sample


def test_an_unbuilt_format_is_said_plainly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(service.FORMATS, "odt", "models.publish.odt")
    with pytest.raises(PublishError, match="odt"):
        publish(load_sample(), "odt", tmp_path / "x.odt")
    with pytest.raises(PublishError, match="rtf"):
        publish(load_sample(), "rtf", tmp_path / "x.rtf")
    assert list(tmp_path.iterdir()) == []


def test_no_overwrite_without_force_and_no_temp_left(tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    target.write_bytes(b"mine")
    with pytest.raises(PublishError, match="--force"):
        publish(load_sample(), "html", target)
    assert target.read_bytes() == b"mine"
    publish(load_sample(), "html", target, force=True)
    assert target.read_bytes().startswith(b"<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_a_file_made_meanwhile_is_not_replaced(tmp_path: Path) -> None:
    from models.services.atomic_file import write_atomic

    target = tmp_path / "r.html"
    target.write_bytes(b"theirs")
    with pytest.raises(FileExistsError):
        write_atomic(target, b"ours", replace=False)
    assert target.read_bytes() == b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_blocking_findings_are_the_error_level_ones() -> None:
    report = load_sample()
    assert blocking_findings(report) == []
    report.budget.years[0].total = 1
    found = blocking_findings(report)
    assert found and {f.severity for f in found} == {"error"}
