"""``hyoka publish`` as a user runs it: files written, exit codes, --force, error findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.snapshot.codec import dumps_snapshot, read_snapshot
from tests.conftest import SEED
from tests.test_cli import KEY, hyoka


@pytest.fixture
def db(tmp_path: Path) -> Path:
    db = tmp_path / "h.db"
    done = hyoka("import", str(SEED), db=db)
    assert done.returncode == 0, done.stderr
    return db


def test_publish_pdf_then_refuse_to_overwrite_then_force(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    done = hyoka("publish", KEY, "--format", "pdf", "-o", str(out), db=db)
    assert done.returncode == 0, done.stderr
    first = out.read_bytes()
    assert first.startswith(b"%PDF-")
    again = hyoka("publish", KEY, "--format", "pdf", "-o", str(out), db=db)
    assert again.returncode == 1
    assert "--force" in again.stderr and "Traceback" not in again.stderr
    out.write_bytes(b"old")
    forced = hyoka("publish", KEY, "--format", "pdf", "-o", str(out), "--force", db=db)
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes() == first
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # no temp left


def test_format_from_the_suffix_and_into_a_folder(db: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    assert hyoka("publish", KEY, "-o", str(page), db=db).returncode == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    folder = tmp_path / "out"
    folder.mkdir()
    assert hyoka("publish", KEY, "-f", "html", "-o", str(folder), db=db).returncode == 0
    assert (folder / f"{KEY}.html").read_bytes() == page.read_bytes()


def test_several_reports_and_all(db: Path, tmp_path: Path) -> None:
    other = read_snapshot(SEED)
    other.key = "soumu-r4-08-copy"
    copy = tmp_path / "copy.toml"
    copy.write_text(dumps_snapshot(other), encoding="utf-8")
    assert hyoka("import", str(copy), db=db).returncode == 0
    several = hyoka("publish", KEY, other.key, "-f", "html", db=db)
    assert several.returncode == 2 and "-o DIR" in several.stderr
    out = tmp_path / "all"
    done = hyoka("publish", "--all", "-f", "html", "-o", str(out), db=db)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{KEY}.html", f"{other.key}.html"])


def test_usage_errors_and_unknown_reports(db: Path, tmp_path: Path) -> None:
    assert hyoka("publish", db=db).returncode == 2
    assert hyoka("publish", KEY, "--all", "-o", str(tmp_path), db=db).returncode == 2
    assert hyoka("publish", KEY, "--format", "odt", db=db).returncode == 2
    missing = hyoka("publish", "nothing", "-o", str(tmp_path / "n.pdf"), db=db)
    assert missing.returncode == 1 and "nothing" in missing.stderr
    english = hyoka("--lang", "en", "publish", "nothing", "-o", str(tmp_path / "n.pdf"), db=db)
    assert english.returncode == 1


def test_error_findings_need_force_and_are_named(db: Path, tmp_path: Path) -> None:
    broken = read_snapshot(SEED)
    broken.key = "broken"
    broken.budget.years[0].total = 1  # a＋b＋c is 76,271: an error-level finding
    path = tmp_path / "broken.toml"
    path.write_text(dumps_snapshot(broken), encoding="utf-8")
    assert hyoka("import", str(path), db=db).returncode == 0
    out = tmp_path / "b.pdf"
    refused = hyoka("publish", "broken", "-o", str(out), db=db)
    assert refused.returncode == 1
    assert "broken:" in refused.stderr and "B0" in refused.stderr  # which finding, where
    assert "--force" in refused.stderr
    assert not out.exists()
    forced = hyoka("publish", "broken", "-o", str(out), "--force", db=db)
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes().startswith(b"%PDF-")
