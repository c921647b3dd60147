"""A PDF published again from the same Typst source and fonts comes from the PDF cache
(models/publish/pdf_cache.py) and is the very bytes Typst gives; any change compiles anew."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from models.printed import printed_document
from models.publish import pdf_cache, render
from models.publish.fonts import find_font
from models.publish.pdf import _fonts
from models.publish.typst_source import typst_source
from models.snapshot.sample import load_sample


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The sources Typst is asked to compile."""
    import typst

    seen: list[bytes] = []
    real = typst.compile

    def counting(source: bytes, **kw: object) -> object:
        seen.append(source)
        return real(source, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(typst, "compile", counting)
    return seen


def _cached_files() -> list[Path]:
    return sorted(pdf_cache._home().glob("*.pdf"))


def test_the_same_source_is_compiled_once(compiles: list[bytes]) -> None:
    import typst

    doc = printed_document(load_sample())
    first = render(doc, "pdf")
    assert len(compiles) == 1 and len(_cached_files()) == 1
    again = render(doc, "pdf")
    assert again == first and len(compiles) == 1
    font = find_font()
    source = typst_source(doc, font).encode()
    assert typst.compile(source, format="pdf", font_paths=_fonts(font.folder)) == first
    assert first.startswith(b"%PDF")


def test_a_changed_report_is_compiled_anew(compiles: list[bytes]) -> None:
    report = load_sample()
    before = render(printed_document(report), "pdf")
    changed = dataclasses.replace(report, policy_name=report.policy_name + "（改）")
    after = render(printed_document(changed), "pdf")
    assert len(compiles) == 2 and after != before and len(_cached_files()) == 2


def test_a_damaged_file_is_not_used(compiles: list[bytes]) -> None:
    doc = printed_document(load_sample())
    first = render(doc, "pdf")
    (kept,) = _cached_files()
    kept.write_bytes(kept.read_bytes()[:-100])  # cut short, as a crash could leave it
    assert render(doc, "pdf") == first and len(compiles) == 2


def test_old_files_are_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_cache, "MAX_FILES", 10)
    for i in range(12):
        pdf_cache.put(f"{i:064x}", b"%PDF-" + bytes([i]))
    assert len(_cached_files()) <= 10
    assert pdf_cache.get(f"{11:064x}") == b"%PDF-" + bytes([11])
