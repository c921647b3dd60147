"""The PDF's lines and pages, read back from the file (pdftotext's boxes, the table's rules):
the line checker the preview uses finds nothing, no page but the last is more than half empty,
no page starts with a row whose label was left behind, nothing runs into the bottom margin —
over the sample, its 事前分析表 and 要旨, 50 generated reports and 10 of their 要旨; and the cases
the issue named."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.generate import make_report
from models.printed import Document
from models.publish import document, render
from models.publish.font_metrics import advances
from models.publish.fonts import find_font
from models.publish.frame import build_frame
from models.publish.pages import paginate, title_height, title_lines
from models.report.model import CabinetPolicy
from models.services.rollover import roll_over
from models.snapshot.sample import load_sample
from tests.pdf_reading import (
    MARGIN,
    PdfPage,
    half_empty_pages,
    line_violations,
    orphaned_pages,
    paragraph_starts,
    read_pdf,
    text_below_margin,
)

# One worker builds the module's shared fixture once (pytest-xdist, --dist loadgroup).
pytestmark = pytest.mark.xdist_group("publish_pdf_layout")

GENERATED = 50
GISTS = 10  # generated reports' 要旨


def _write(doc: Document, path: Path) -> list[PdfPage]:
    path.write_bytes(render(doc, "pdf"))
    return read_pdf(path)


def _starts(doc: Document) -> set[str]:
    return paragraph_starts([text for s in doc.sections for text in s.strings()])


def _planned_pages(doc: Document) -> int:
    """The pages hyoka laid out (models/publish/pages.py), before Typst sets them."""
    font = find_font(typeface=doc.typeface)
    frame = build_frame(doc)
    title, under = title_lines(frame, advances(font.path, font.family, 14.0))
    return len(paginate(frame, title_height(title, under), advances(font.path, font.family, 9.0)))


def _documents() -> list[tuple[str, Document]]:
    sample = load_sample()
    out = [("sample", document(sample)), ("plan", document(sample, kind="plan"))]
    out.append(("gist", document(sample, kind="gist")))
    monitoring = roll_over(sample, 2022, stage="monitoring").report  # the モニタリング結果
    out.append(("monitoring", document(monitoring)))
    out += [(f"generated-{i}", document(make_report(1, i))) for i in range(GENERATED)]
    out += [(f"gist-{i}", document(make_report(1, i), kind="gist")) for i in range(GISTS)]
    return out


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, Document, list]]:
    folder = tmp_path_factory.mktemp("layout")
    return [(name, doc, _write(doc, folder / f"{name}.pdf")) for name, doc in _documents()]


def test_no_line_breaks_a_rule(published) -> None:
    found = [
        f"{name} {v}"
        for name, doc, pages in published
        for v in line_violations(pages, _starts(doc))
    ]
    assert found == []


def test_no_page_is_more_than_half_empty(published) -> None:
    found = [(name, n) for name, _, pages in published for n in half_empty_pages(pages)]
    assert found == []


def test_no_page_starts_with_a_row_whose_label_was_left_behind(published) -> None:
    found = [(name, n) for name, _, pages in published for n in orphaned_pages(pages)]
    assert found == []


def test_nothing_runs_into_the_bottom_margin(published) -> None:
    found = [(name, t) for name, _, pages in published for t in text_below_margin(pages)]
    assert found == []


def test_typst_breaks_no_page_hyoka_did_not(published) -> None:
    """Every page is one hyoka laid out: Typst, given rows that fit, adds none."""
    for name, doc, pages in published[:12]:
        assert len(pages) == _planned_pages(doc), name


def test_the_checks_find_what_the_issue_found() -> None:
    """The checkers are not blind: lines as the PDF before this work printed them."""
    from tests.pdf_reading import Cell, Line, Word

    def page(*cells: list[str]) -> PdfPage:
        found = [
            Cell(0, 0, [Line([Word(text, 40, 40 + 14 * i, 100, 49 + 14 * i)])])
            for lines in cells
            for i, text in enumerate(lines)
        ]
        merged = [Cell(0, 0, [line for c in found for line in c.lines])]
        return PdfPage(842, 595, merged, [])

    starts: set[str] = set()
    assert line_violations([page(["＜アウトプット指標", "＞"])], starts)
    assert line_violations([page(["基本目標【達成すべ", "き目標】"])], starts)
    assert line_violations([page(["達成（※", "３）"])], starts)
    assert line_violations([page(["クラウド導入市区町村数：平成", "30年度1,067団体"])], starts)
    assert line_violations([page(["目標値：60.0件／億台キ", "ロ"])], starts)
    assert line_violations([page(["目標値：55.0以", "下"])], starts)


# ---------------------------------------------------------------- the cases the issue named
@pytest.fixture(scope="module")
def sample_pages(tmp_path_factory: pytest.TempPathFactory) -> list[PdfPage]:
    return _write(document(load_sample()), tmp_path_factory.mktemp("s") / "s.pdf")


@pytest.fixture(scope="module")
def plan_pages(tmp_path_factory: pytest.TempPathFactory) -> list[PdfPage]:
    return _write(document(load_sample(), kind="plan"), tmp_path_factory.mktemp("p") / "p.pdf")


def _cell_lines(pages: list[PdfPage], first: str) -> list[str]:
    """The lines of the cell whose first line starts with ``first``."""
    for page in pages:
        for cell in page.cells:
            if cell.lines and cell.lines[0].text.startswith(first):
                return [line.text for line in cell.lines]
    raise AssertionError(first)


def test_labels_break_between_their_words(sample_pages, plan_pages) -> None:
    assert _cell_lines(sample_pages, "基本目標") == ["基本目標", "【達成すべき目標】"]
    assert _cell_lines(sample_pages, "政策の予算額")[0] == "政策の予算額・"
    planned = _cell_lines(plan_pages, "政策評価")
    assert "".join(planned) == "政策評価実施予定時期" and min(len(x) for x in planned) > 1


def test_units_stay_whole(sample_pages, plan_pages) -> None:
    lines = [line.text for pages in (sample_pages, plan_pages) for line in PdfPageLines(pages)]
    assert "＜アウトプット指標＞" in "\n".join(lines).replace(" ", "")
    assert any(line.endswith("達成（※３）") or line == "（※３）" for line in lines)
    for era in ("平成30年度", "令和５年度"):
        assert all(not line.endswith(era[:2]) for line in lines), era


def PdfPageLines(pages: list[PdfPage]):
    for page in pages:
        yield from page.lines()


def test_full_width_forms_keep_their_width(sample_pages) -> None:
    """「１．」 before 「「」 and 「（ⅰ）」 at a line's start are set full width, as the form
    prints them: Typst narrows such a mark by half an em (4.5 pt); the font's kerning of
    katakana takes a point or two at most from a line."""
    line = next(x for x in PdfPageLines(sample_pages) if x.text.startswith("１．「新たな日常」"))
    width = max(w.x1 for w in line.words) - line.x0
    assert width > 9.0 * len(line.text.replace(" ", "")) - 3.0
    starts = [x for x in PdfPageLines(sample_pages) if x.text.startswith("（ⅰ）")]
    aligned = [x for x in PdfPageLines(sample_pages) if x.text.startswith("（ⅰ）") is False]
    assert starts and aligned
    left = {round(x.x0, 1) for x in PdfPageLines(sample_pages) if x.text.startswith("⑤")}
    assert {round(x.x0, 1) for x in starts} <= left  # not pulled half an em to the left


def test_a_long_cell_continues_with_its_label_name_and_header(tmp_path: Path) -> None:
    """An excerpt taller than a page: broken between its lines; the next page repeats the
    section's label, the policy's name and the table's header, each saying （続き）."""
    report = load_sample()
    long = "\n".join(f"（{i}）施策の方針を述べる段落。" * 3 for i in range(1, 90))
    report.cabinet_policies = [CabinetPolicy("長い基本方針", None, long)]
    pages = _write(document(report), tmp_path / "long.pdf")
    texts = ["\n".join(line.text for line in page.lines()) for page in pages]
    continued = [i for i, t in enumerate(texts) if "長い基本方針（続き）" in t]
    assert continued and all(
        "施政方針演説等の名称" in texts[i]
        and "（施政方針演説等のうち主なもの）（続き）" in texts[i].replace("\n", "")
        for i in continued
    )
    assert half_empty_pages(pages) == [] and orphaned_pages(pages) == []


def test_a_bare_table_continued_says_so_in_its_heading(tmp_path: Path) -> None:
    report = make_report(1, 3)
    pages = _write(document(report), tmp_path / "g.pdf")
    heads = [page for page in pages if any(x.text == "施策目標" for x in page.lines())]
    again = [page for page in pages if any("施策目標（続き）" in x.text for x in page.lines())]
    assert heads and again


def test_the_profiles_typeface_is_embedded(tmp_path: Path) -> None:
    doc = document(load_sample())
    assert doc.typeface == "明朝"
    fonts = _fonts(render(doc, "pdf"), tmp_path / "m.pdf")
    assert fonts and all(re.search(r"Serif|Mincho|明朝", f) for f in fonts), fonts
    gothic = _fonts(render(replace(doc, typeface="ゴシック"), "pdf"), tmp_path / "g.pdf")
    assert gothic and all(re.search(r"Sans|Gothic|ゴシック", f) for f in gothic), gothic


def _fonts(data: bytes, path: Path) -> set[str]:
    path.write_bytes(data)
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_the_title_sits_above_the_frame(sample_pages) -> None:
    first = sample_pages[0]
    title = next(x for x in first.lines() if x.text.startswith("主要な政策に係る評価書"))
    assert title.y0 < min(y for y, _, _ in first.rules) and title.y0 >= MARGIN - 1


def _filler_and_table(paragraphs: int, rows: int) -> Document:
    """Text filling part of the first page, then a table a page tall whose first column is
    one cell beside every row (as 施策目標 is beside its indicators)."""
    from models.printed import Cell, Section, Table

    grid: list[list[Cell]] = [[Cell("施策目標", header=True), Cell("測定指標", header=True)]]
    grid += [[Cell(f"指標{i}の名称と年度ごとの実績の説明")] for i in range(rows)]
    grid[1].insert(0, Cell("目標の文", rowspan=rows))
    filler = tuple(f"前書きの段落{i}。" * 4 for i in range(paragraphs))
    return Document(
        key="x",
        title="改ページ",
        sections=(
            Section("filler", "前書き", filler),
            Section("table", "表", (Table.from_grid(grid, widths=(1.0, 3.0)),), "bare"),
        ),
    )


def test_a_table_that_does_not_fit_what_is_left_breaks_between_its_rows(tmp_path: Path) -> None:
    """It breaks between its rows, to the foot of the first page: 目標の文 and the header are
    repeated on the next, with （続き）."""
    pages = _write(_filler_and_table(14, 30), tmp_path / "t.pdf")
    assert len(pages) == 2
    assert half_empty_pages(pages) == [] and orphaned_pages(pages) == []
    second = [line.text for line in pages[1].lines()]
    assert "施策目標（続き）" in second or "目標の文（続き）" in second


def _cell(pages: list[PdfPage], first: str) -> tuple[int, float, float]:
    """(page, top rule, left rule) of the cell whose first line starts with ``first``."""
    for number, page in enumerate(pages):
        for cell in page.cells:
            if cell.lines and cell.lines[0].text.replace(" ", "").startswith(first):
                return number, cell.top, cell.left
    raise AssertionError(first)


def test_rows_as_the_seed_prints_them(sample_pages) -> None:
    """分野 and 作成責任者名 are label cells on the rows of 政策（※１）名 and 担当部局課室名; the
    反映内容 are label cells with their text beside them, on their own rows."""
    pairs = [
        ("政策（※１）名", "分野"),
        ("政策（※１）名", "電子自治体"),
        ("担当部局課室名", "作成責任者名"),
        ("令和５年度予算概算", "政策評価に係る施策目標は"),
        ("税制、法令、組織", "―"),
    ]
    for left, right in pairs:
        a, b = _cell(sample_pages, left), _cell(sample_pages, right)
        assert (a[0], a[1]) == (b[0], b[1]) and a[2] < b[2], (left, right)
    steps = _cell(sample_pages, "測定指標１：本指標については")
    assert steps[1] < _cell(sample_pages, "令和５年度予算概算")[1]  # a row under the text
    budget = _cell(sample_pages, "政策の予算額・")
    assert budget[1] == _cell(sample_pages, "区分")[1]  # beside the table it labels
    assert _cell(sample_pages, "予算の状況")[1] == _cell(sample_pages, "当初予算（a）")[1]
