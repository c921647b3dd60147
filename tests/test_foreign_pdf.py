"""A 別紙２ printed to PDF from Excel and from Word (LibreOffice, no hyoka attachment), in each
ministry's habit of tests/foreign_forms.py: read from its tables, ≥ 90 % of the fields right,
and every wrong one carries an M finding.

The PDFs are tests/fixtures/foreign/seed-HABIT-{excel,word}.pdf, made by make_pdfs.py beside
them from the seed laid out in each habit (labels in other columns, the guideline's wording,
figures as text, R1年度 and 2019年度, R3.6.18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.foreign import read_form
from models.foreign.pdf_grid import cell_text
from models.snapshot.codec import read_snapshot
from tests.conftest import ROOT, SEED
from tests.foreign_forms import HABITS, compare, shown, uncovered

FIXTURES = ROOT / "tests" / "fixtures" / "foreign"
PRINTED = [f"seed-{h.name}-{app}.pdf" for h in HABITS for app in ("excel", "word")]


def share_right(name: str) -> tuple[float, list[str]]:
    """The share of the seed's printed fields the PDF ``name`` gives back right, and the wrong
    fields that no open M finding points at."""
    seed = read_snapshot(SEED)
    got = read_form(FIXTURES / name)
    assert got.key == seed.key
    got.report.key = seed.key
    right, wrong = compare(shown(seed), got.report)
    return right / (right + len(wrong)), uncovered(wrong, got.report, got.provenance)


@pytest.mark.parametrize("name", PRINTED)
def test_a_printed_form_comes_back_mostly_and_every_wrong_field_is_flagged(name: str) -> None:
    share, unflagged = share_right(name)
    assert share >= 0.9, f"{name}: {share:.1%} of the fields right"
    assert unflagged == [], name


def test_every_habit_has_its_printed_forms() -> None:
    assert sorted(p.name for p in FIXTURES.glob("seed-*.pdf")) == sorted(PRINTED)


@pytest.mark.parametrize("name", PRINTED)
def test_figures_dates_and_marks_of_a_printed_form_come_back_surely(name: str) -> None:
    got = read_form(FIXTURES / name)
    report = got.report
    assert [y.carryover for y in report.budget.years] == [-13745, -357936, -1582692, None]
    assert report.budget.year(2021).supplementary == 1879706
    assert report.cabinet_policies[0].date is not None
    assert report.cabinet_policies[0].date.isoformat() == "2021-06-18"
    assert [i.mark for i in report.indicators()] == ["－", "イ"]
    sources = {p.path: p.source for p in got.provenance}
    assert sources["budget[2019].carryover"].startswith("page 1 table 1 row ")
    sure = {p.path for p in got.provenance if p.sure}
    assert {"budget[2019].carryover", "cabinet_policies[0].date"} <= sure


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


def _space(x0: float, top: float, box: float, size: float = 10.0) -> dict[str, object]:
    return {
        "text": "\u3000",
        "x0": x0,
        "x1": x0 + box,
        "top": top,
        "bottom": top + size,
        "size": size,
        "upright": True,
    }


def test_a_printed_space_is_told_by_how_far_it_moves_the_pen() -> None:
    # LibreOffice's Word export draws 全角 and ASCII spaces alike, a narrow box in a Latin font:
    # a space the next character stands a full character after is a 全角スペース
    chars = [*_chars("10", 2, 0), _space(12, 0, 3), *_chars("自治体", 22, 0)]
    assert cell_text(chars, 0, 200)[0] == "10\u3000自治体"
    # two spaces of a Latin width each between Japanese text are two ASCII spaces
    chars = [*_chars("第１部", 2, 0), _space(32, 0, 3), _space(35, 0, 3), *_chars("世界", 38, 0)]
    assert cell_text(chars, 0, 200)[0] == "第１部  世界"


def test_an_empty_line_after_a_full_line_is_a_paragraph_break() -> None:
    chars = _chars("地方公共団体の情報化", 2, 0) + _chars("測定指標１：", 2, 28)
    text, _ = cell_text(chars, 0, 104)
    assert text == "地方公共団体の情報化\n\n測定指標１："


def test_an_items_number_after_a_full_line_starts_a_line_as_a_guess() -> None:
    chars = _chars("（デジタル化推進）", 2, 0) + _chars("（１）次世代型", 2, 14)
    text, guessed = cell_text(chars, 0, 94)
    assert text == "（デジタル化推進）\n（１）次世代型"
    assert guessed


def test_a_space_opening_a_line_is_an_indent_from_word_and_the_break_from_a_spreadsheet() -> None:
    # 「…推進室長」 fills the line but for 7 points; the next starts with the space broken at
    chars = [*_chars("推進室長", 2, 0), _space(2, 14, 10), *_chars("奥田", 12, 14)]
    chars += [_space(32, 14, 10), *_chars("隆則", 42, 14)]
    text, guessed = cell_text(chars, 0, 49)
    assert text == "推進室長\u3000奥田\u3000隆則"
    assert guessed
    text, guessed = cell_text(chars, 0, 49, writer=True)
    assert text == "推進室長\n\u3000奥田\u3000隆則"
    assert guessed


def test_a_line_ending_in_a_printed_space_was_broken_there_when_the_next_word_did_not_fit() -> None:
    chars = [*_chars("企画室長", 2, 0), _space(42, 0, 3), *_chars("小牧", 2, 14)]
    chars += [_space(22, 14, 10), *_chars("兼太郎", 32, 14)]
    text, guessed = cell_text(chars, 0, 60)
    assert text == "企画室長\u3000小牧\u3000兼太郎"
    assert guessed


def test_a_row_word_split_over_a_page_break_is_one_again_as_a_guess() -> None:
    # 目標達成度合いの測定結果 runs over pages 2 and 3, each part ruled: 「…目標達」|「成とした。」
    seed = read_snapshot(SEED)
    got = read_form(FIXTURES / "seed-western-years-word.pdf")
    assert got.report.verdict.rationale == seed.verdict.rationale
    record = next(p for p in got.provenance if p.path == "verdict.rationale")
    assert not record.sure and "page 2" in record.source


def test_a_cabinet_policy_row_split_over_a_page_break_is_one_policy_as_a_guess() -> None:
    # 「経済財政運営と改革の基本方」 on page 1, 「針2020」 with no date on page 2
    seed = read_snapshot(SEED)
    got = read_form(FIXTURES / "seed-guideline-text-word.pdf")
    assert [p.name for p in got.report.cabinet_policies] == [p.name for p in seed.cabinet_policies]
    record = next(p for p in got.provenance if p.path == "cabinet_policies[4].name")
    assert not record.sure


def test_a_title_run_into_the_name_at_a_line_break_is_told_apart_as_a_guess() -> None:
    from models.foreign.closing import _lost_space
    from models.foreign.grid import GridCell

    seed = read_snapshot(SEED)
    got = read_form(FIXTURES / "seed-western-years-word.pdf")  # 「…室長」|「小牧　兼太郎」
    assert got.report.responsible == seed.responsible
    record = next(p for p in got.provenance if p.path == "report.responsible[1]")
    assert not record.sure
    joined = [GridCell(0, 0, 0, 0, "", "page 1", joined=True)]
    assert _lost_space(["地域情報化企画室長小牧", "兼太郎"], joined) is not None
    # a title ending in its post (長官, 課長補佐) or a cell read whole is left as typed
    assert _lost_space(["観光庁長官", "山田　太郎"], joined) is None
    assert _lost_space(["総務課長補佐", "山田太郎"], joined) is None
    whole = [GridCell(0, 0, 0, 0, "", "別紙２!A1")]
    assert _lost_space(["地域情報化企画室長小牧", "兼太郎"], whole) is None
