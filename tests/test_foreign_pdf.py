"""A 別紙２ printed to PDF from Excel and from Word (LibreOffice, no hyoka attachment): read
from its tables, ≥ 90 % of the fields right, and every wrong one carries an M finding.

The PDFs are tests/fixtures/foreign/seed-soumu-{excel,word}.pdf, made by make_pdfs.py beside
them from the seed laid out in 総務省's habit (tests/foreign_forms.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.foreign import read_form
from models.foreign.pdf_grid import cell_text
from models.snapshot.codec import read_snapshot
from tests.conftest import ROOT, SEED
from tests.foreign_forms import compare, shown, uncovered

FIXTURES = ROOT / "tests" / "fixtures" / "foreign"


@pytest.mark.parametrize("name", ["seed-soumu-excel.pdf", "seed-soumu-word.pdf"])
def test_a_printed_form_comes_back_mostly_and_every_wrong_field_is_flagged(name: str) -> None:
    seed = read_snapshot(SEED)
    got = read_form(FIXTURES / name)
    assert got.key == seed.key
    got.report.key = seed.key
    right, wrong = compare(shown(seed), got.report)
    assert right / (right + len(wrong)) >= 0.9, wrong
    assert uncovered(wrong, got.report, got.provenance) == []
    # the figures, dates and years the form prints come back surely
    report = got.report
    assert [y.carryover for y in report.budget.years] == [-13745, -357936, -1582692, None]
    assert report.budget.year(2021).supplementary == 1879706
    assert report.cabinet_policies[0].date is not None
    assert report.cabinet_policies[0].date.isoformat() == "2021-06-18"
    assert [i.mark for i in report.indicators()] == ["－", "イ"]
    sources = {p.path: p.source for p in got.provenance}
    assert sources["budget[2019].carryover"].startswith("page 1 table 1 row ")


def _chars(text: str, x0: float, top: float, size: float = 10.0) -> list[dict[str, object]]:
    out = []
    x = x0
    for ch in text:
        width = size if ord(ch) > 0x2E7F else size * 0.5
        out.append(
            {
                "text": ch,
                "x0": x,
                "x1": x + width,
                "top": top,
                "bottom": top + size,
                "size": size,
                "upright": True,
            }
        )
        x += width
    return out


def test_a_line_the_printer_broke_is_joined_and_a_typed_break_is_kept() -> None:
    # a cell 100 pt wide (10 characters): the first line is full, the second ends early
    chars = _chars("地方公共団体の情報化", 2, 0) + _chars("を推進する。", 2, 14)
    chars += _chars("測定指標１：", 2, 28)
    text, guessed = cell_text(chars, 0, 104)
    assert text == "地方公共団体の情報化を推進する。\n測定指標１："
    assert not guessed


def test_a_line_short_of_the_edge_before_a_latin_word_was_broken_by_the_printer() -> None:
    chars = _chars("対応率", 2, 0) + _chars("100%(46/46)", 2, 14)
    text, guessed = cell_text(chars, 0, 64)
    assert text == "対応率100%(46/46)"
    assert guessed  # a space might have stood at the break: the value is a guess


def test_an_empty_line_between_paragraphs_is_kept() -> None:
    chars = _chars("一段落目。", 2, 0) + _chars("二段落目。", 2, 28)
    text, _ = cell_text(chars, 0, 200)
    assert text == "一段落目。\n\n二段落目。"


def test_a_file_without_a_form_is_refused(tmp_path: Path) -> None:
    from models.foreign import NotAForm

    bogus = tmp_path / "x.pdf"
    bogus.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(NotAForm):
        read_form(bogus)
