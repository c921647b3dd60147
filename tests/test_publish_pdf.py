"""The PDF read back with pypdf: the form's sections in order, figures as printed, Japanese
line breaking, a Japanese font embedded, no tofu, hostile and markup-like text shown literally."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.printed import Note, Table, block_text, printed_document, printed_sections
from models.publish import PublishError, publish, render
from models.publish import fonts as fonts_module
from models.publish.figures import split_figures
from models.publish.typst_source import lit
from models.report.model import Report
from models.snapshot.codec import read_snapshot
from models.snapshot.sample import load_sample
from tests.pdf_reading import read_pdf, reading_order

# One worker builds the module's shared fixture once (pytest-xdist, --dist loadgroup).
pytestmark = pytest.mark.xdist_group("publish_pdf")

HOSTILE = Path(__file__).resolve().parent / "hostile" / "accepted"
FORBIDDEN_START = "、。，．）」』】〕・：；？！"
MARKUP = "#set page(width: 1cm) $x^2$ *太字* _斜体_ \\ <script>alert(1)</script> @ref [a] `c` // x"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    publish(load_sample(), "pdf", path)
    return PdfReader(path)


@pytest.fixture(scope="module")
def text(sample_pdf: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in sample_pdf.pages)


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The sample's PDF read cell by cell in the form's reading order (pdftotext's boxes)."""
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    publish(load_sample(), "pdf", path)
    return reading_order(read_pdf(path))


def test_every_section_and_label_in_the_forms_order(read: str) -> None:
    """Labels and rows as the seed prints them, read back from the PDF in reading order."""
    flat = _squash(read)
    labels = [
        "主要な政策に係る評価書（令和３年度実施政策）",
        "（総務省R4－⑧）",
        "政策（※１）名",
        "政策８：電子自治体の推進",
        "分野",  # its own label cell, on the 政策（※１）名 row
        "電子自治体",
        "政策の概要",
        "基本目標【達成すべき目標】",
        "政策の予算額・執行額等（百万円）",  # the report's unit in the left label
        "区　　分",
        "予算の状況（注）",
        "当初予算（a）",
        "補正予算（b）",
        "繰越し等（c）",
        "合計（a＋b＋c）",
        "執行額",
        "（注）",
        "政策に関係する内閣の重要政策（施政方針演説等のうち主なもの）",
        "施政方針演説等の名称",
        "施策目標",
        "測定指標（数字に○を付した測定指標は、主要な測定指標）",
        "基準（値）【年度】",
        "目標（値）【年度】",
        "達成（※３）",
        "年度ごとの目標（値）",
        "年度ごとの実績（値）又は施策の進捗状況（実績）（※２）",
        "目標達成度合いの測定結果",
        "（各行政機関共通区分）",
        "（判断根拠）",
        "政策の分析（達成・未達成に関する要因分析）",
        "次期目標等への反映の方向性",
        "（令和５年度予算概算要求に向けた考え方）",
        "令和５年度予算概算要求への主な反映内容",
        "政策評価に係る施策目標は予算の増減に関わってこないが",
        "税制、法令、組織、定員等への主な反映内容",
        "学識経験を有する者の知見等の活用",
        "政策評価を行う過程において使用した資料、データその他の情報",
        "担当部局課室名",
        "作成責任者名",
        "政策評価実施時期",
        "※１",
        "※２",
        "※３",
        "※４",
    ]
    at = -1
    for label in labels:
        found = flat.find(_squash(label), at + 1)
        assert found > at, f"{label} missing or out of order"
        at = found
    assert "予算の状況（単位：百万円）" not in flat and "執行額（百万円）" not in flat


def test_every_string_of_the_model_is_in_the_pdf(text: str) -> None:
    """Whatever the model prints is in the PDF's text: no tofu, nothing lost or re-derived."""
    flat = _squash(text)
    assert "□" not in text and "\ufffd" not in text
    for section in printed_sections(load_sample()):
        strings = section.strings()
        if section.layout == "bare":  # a bare section's title names it, it is not printed
            strings = strings[1:]
        for string in strings:
            for part in string.split("\n"):
                assert _squash(part) in flat, part


def test_figures_verdict_and_rationale_as_printed(text: str) -> None:
    lines = text.splitlines()
    assert any("△ 13,745" in line or "△13,745" in line for line in lines)
    assert any("431,001" in line for line in lines)
    assert "目標達成" in text
    flat = _squash(text)
    report = load_sample()
    assert _squash(report.verdict.rationale) in flat
    for paragraph in report.verdict.analysis.split("\n"):
        assert _squash(paragraph) in flat


def _source_lines() -> list[str]:
    return [
        _squash(part).strip("　")
        for section in printed_sections(load_sample())
        for string in section.strings()
        for part in string.split("\n")
    ]


def test_no_line_starts_with_a_forbidden_character(text: str) -> None:
    """A wrapped line never starts with 、。）… (a line of the source may: ・ bullets)."""
    starts = _source_lines()
    for line in text.splitlines():
        stripped = _squash(line).strip("　")
        if stripped and stripped[0] in FORBIDDEN_START:
            assert any(s.startswith(stripped[:10]) for s in starts), line


def test_the_forbidden_start_check_can_fail() -> None:
    starts = _source_lines()
    wrapped = "。総務省において"  # what a line broken before 。 would look like
    assert not any(s.startswith(wrapped[:10]) for s in starts)


def test_no_figure_is_split_across_lines(text: str) -> None:
    lines = text.splitlines()
    figures = {
        run
        for section in printed_sections(load_sample())
        for string in section.strings()
        for part in string.split("\n")
        for run, figure in split_figures(part)
        if figure and any(ch.isdigit() for ch in run[1:])
    }
    assert "△ 1,582,692" in figures and "1,182団体" in figures
    for figure in figures:
        assert any(figure in line or _squash(figure) in _squash(line) for line in lines), figure


def test_a_japanese_font_is_embedded(sample_pdf: PdfReader) -> None:
    names = set()
    for page in sample_pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", []):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                names.add(str(font["/BaseFont"]))
    assert names and all(re.search(r"CJK|JP|Gothic|IPA", n) for n in names), names


def test_a4_landscape_with_title_and_language(sample_pdf: PdfReader) -> None:
    box = sample_pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    assert sample_pdf.metadata is not None
    assert sample_pdf.metadata.title == "主要な政策に係る評価書（令和３年度実施政策）"
    assert str(sample_pdf.trailer["/Root"]["/Lang"]).startswith("ja")


def test_same_report_same_pdf_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Typst compiles the same report twice to the same bytes (the PDF cache relies on it):
    each render with its own empty cache, so both are compiled, neither read back."""
    doc = printed_document(load_sample())
    compiled = []
    for name in ("first", "second"):
        cache = tmp_path / name
        monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
        compiled.append(render(doc, "pdf"))
        assert len(list((cache / "hyoka" / "pdf").glob("*.pdf"))) == 1  # compiled, then kept
    assert compiled[0].startswith(b"%PDF-") and compiled[0] == compiled[1]


def _markup_report() -> Report:
    report = load_sample()
    report.policy_name = MARKUP
    report.verdict.rationale = MARKUP + "\n" + "#let x = 1 #x"
    report.objectives[0].text = "<b>太字</b> $$ **"
    report.budget.notes = ["\\\\ 二つ \\ 一つ"]
    return report


def test_markup_like_text_is_shown_literally(tmp_path: Path) -> None:
    path = publish(_markup_report(), "pdf", tmp_path / "m.pdf")
    reader = PdfReader(path)
    flat = _squash("\n".join(p.extract_text() for p in reader.pages))
    assert _squash(MARKUP) in flat
    assert _squash("#let x = 1 #x") in flat
    assert _squash("<b>太字</b> $$ **") in flat
    assert _squash("\\\\ 二つ \\ 一つ") in flat
    assert round(float(reader.pages[0].mediabox.width)) == 842  # `#set page` did not run


@pytest.mark.parametrize("path", sorted(HOSTILE.glob("*.toml")), ids=lambda p: p.stem)
def test_hostile_reports_publish(tmp_path: Path, path: Path) -> None:
    report = read_snapshot(path)
    out = publish(report, "pdf", tmp_path / "h.pdf")
    flat = _squash("\n".join(p.extract_text() for p in PdfReader(out).pages))
    assert _squash(report.policy_name) in flat
    assert _squash(report.title) in flat


def test_string_literals_escape_everything() -> None:
    assert lit('a"b\\c\nd\te\x00') == '"a\\"b\\\\c\\nd\\te\\u{0}"'
    assert lit("#$*_<@[]`//") == '"#$*_<@[]`//"'


def test_without_a_japanese_font_no_pdf_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts_module, "_fc_list", lambda pattern: [])
    monkeypatch.setattr(fonts_module, "KNOWN", ())
    monkeypatch.setenv("HYOKA_CONFIG", str(tmp_path / "none.toml"))
    fonts_module.find_font.cache_clear()
    try:
        with pytest.raises(PublishError, match="fonts-noto-cjk"):
            publish(load_sample(), "pdf", tmp_path / "x.pdf")
    finally:
        fonts_module.find_font.cache_clear()
    assert not (tmp_path / "x.pdf").exists()


def test_a_configured_font_that_is_missing_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[publish]\nfont_path = "/nowhere/font.ttc"\n', encoding="utf-8")
    monkeypatch.setenv("HYOKA_CONFIG", str(config))
    fonts_module.find_font.cache_clear()
    try:
        with pytest.raises(PublishError, match=re.escape("/nowhere/font.ttc")):
            publish(load_sample(), "pdf", tmp_path / "x.pdf")
    finally:
        fonts_module.find_font.cache_clear()


def test_the_model_notes_and_tables_reach_the_pdf(text: str) -> None:
    sections = {s.name: s for s in printed_sections(load_sample())}
    notes = [b for b in sections["notes"].blocks if isinstance(b, Note)]
    for note in notes:
        assert _squash(block_text(note)) in _squash(text)
    budget = sections["budget"].blocks[0]
    assert isinstance(budget, Table)


def test_first_page_renders_to_png(tmp_path: Path) -> None:
    """pdftoppm (poppler, as README shows for docs/publish-page1.png) reads the PDF."""
    pdf = publish(load_sample(), "pdf", tmp_path / "s.pdf")
    done = subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    png = next(tmp_path.glob("p*.png")).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width > height  # landscape
