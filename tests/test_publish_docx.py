"""The Word document, read back with python-docx: headings, paragraphs and tables in form order."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import docx
import pytest
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from models.printed import Document, Table, block_text, printed_document
from models.publish import docx as publish_docx
from models.publish.cells import placed
from models.snapshot.sample import load_sample
from tests.publish_reports import HOSTILE, hostile_report


def _open(data: bytes) -> WordDocument:
    return docx.Document(io.BytesIO(data))


def _body(document: WordDocument) -> list[Paragraph | DocxTable]:
    """Paragraphs and tables in the order the body holds them."""
    return list(document.iter_inner_content())


def _texts(document: WordDocument) -> list[str]:
    """Paragraph texts, and each table's cells once each (a merged cell once) in reading order."""
    out: list[str] = []
    for item in _body(document):
        if isinstance(item, Paragraph):
            out.append(item.text)
            continue
        seen: list[object] = []  # the elements themselves: an lxml proxy's id() is reused
        for row in item.rows:
            for cell in row.cells:
                if not any(cell._tc is tc for tc in seen):
                    seen.append(cell._tc)
                    out.append(cell.text)
    return out


def _expected(doc: Document) -> list[str]:
    out: list[str] = []
    group = ""
    for section in doc.sections:
        if section.group and section.group != group:
            out.append(section.group)
        group = section.group
        if section.layout != "bare":
            out.append(section.title)
        for block in section.blocks:
            if isinstance(block, Table):
                out += [p.cell.text for p in placed(block)]
                out.append("")  # the paragraph that keeps two tables apart
            else:
                out.append(block_text(block))
    return out


@pytest.fixture(scope="module")
def sample() -> tuple[Document, WordDocument]:
    doc = printed_document(load_sample())
    return doc, _open(publish_docx.render(doc))


def test_every_heading_line_and_cell_in_the_forms_order(sample) -> None:
    doc, document = sample
    assert _texts(document) == _expected(doc)


def test_sections_groups_and_form_headings_are_word_headings(sample) -> None:
    doc, document = sample
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    row = [s for s in doc.sections if s.layout == "row"]
    heading_1 = [s.title for s in row if not s.group]
    first_grouped = next(i for i, s in enumerate(row) if s.group)
    heading_1.insert(first_grouped, "評価結果")  # the group, its sections under it
    assert [t for n, t in styled if n == "Heading 1"] == heading_1
    assert [t for n, t in styled if n == "Heading 2"] == [s.title for s in row if s.group]
    assert ("Heading 3", "（判断根拠）") in styled
    assert styled[0] == ("Title", doc.title)
    assert "測定指標" not in [t for n, t in styled if n.startswith("Heading")]  # bare section


def test_tables_are_word_tables_with_the_models_merges(sample) -> None:
    doc, document = sample
    tables = [b for s in doc.sections for b in s.blocks if isinstance(b, Table)]
    assert len(document.tables) == len(tables) >= 3  # budget, cabinet policies, indicators
    budget = document.tables[0]
    assert budget.style.name == "Table Grid"
    assert budget.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on each page
    head = budget.rows[0].cells
    assert head[0]._tc is head[1]._tc and head[0].text == "区\u3000\u3000分"  # colspan 2
    group = [budget.rows[r].cells[0] for r in range(1, 5)]
    assert (
        all(c._tc is group[0]._tc for c in group) and group[0].text == "予算の状況（単位：百万円）"
    )
    assert budget.rows[5].cells[0].text == "執行額（百万円）"
    cabinet = document.tables[1]
    assert cabinet.columns[2].width > 3 * cabinet.columns[1].width  # the model's 4.0 vs 0.8
    indicators = document.tables[2]
    assert indicators.rows[0].cells[1].text.startswith("測定指標（数字に○を付した測定指標")


def test_figures_as_printed_right_aligned(sample) -> None:
    _doc, document = sample
    cells = {c.text: c for row in document.tables[0].rows for c in row.cells}
    for text in ("△ 13,745", "431,001", "△ 1,582,692"):
        assert cells[text].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert cells["合計（a＋b＋c）"].paragraphs[0].alignment is None


def test_the_verdict_the_whole_rationale_and_the_analysis_paragraphs(sample) -> None:
    _doc, document = sample
    paragraphs = [p.text for p in document.paragraphs]
    report = load_sample()
    start = paragraphs.index("（判断根拠）")
    lines = report.verdict.rationale.split("\n")
    assert paragraphs[start + 1 : start + 1 + len(lines)] == lines
    assert "（各行政機関共通区分）　目標達成" in paragraphs
    analysis = report.verdict.analysis.split("\n")
    at = paragraphs.index("政策の分析（達成・未達成に関する要因分析）")
    assert paragraphs[at + 1 : at + 1 + len(analysis)] == analysis  # one paragraph each
    note = next(p for p in document.paragraphs if p.text.startswith("※３"))
    assert note.paragraph_format.first_line_indent < 0  # hangs under its mark


def test_east_asian_font_language_and_a4_landscape(sample) -> None:
    _doc, document = sample
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "Table Grid"):
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == publish_docx.EAST_ASIAN_FONT == "ＭＳ 明朝"
        assert fonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would win over it
        lang = document.styles[name].element.rPr.find(qn("w:lang"))
        assert lang.get(qn("w:eastAsia")) == "ja-JP"
    section = document.sections[0]
    size = (round(section.page_width.mm), round(section.page_height.mm))  # stored in twips
    assert size == (297, 210) and section.orientation == WD_ORIENT.LANDSCAPE


def test_same_data_same_bytes_other_data_other_bytes() -> None:
    first = publish_docx.render(printed_document(load_sample()))
    assert publish_docx.render(printed_document(load_sample())) == first
    assert publish_docx.render(printed_document(hostile_report())) != first
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert {i.date_time for i in z.infolist()} == {publish_docx.ZIP_TIME}
    props = _open(first).core_properties
    assert props.created == props.modified
    assert props.created is not None and props.created.year == 2000
    assert props.revision == 1 and props.title == "主要な政策に係る評価書（令和３年度実施政策）"


def test_hostile_text_is_printed_literally() -> None:
    doc = printed_document(hostile_report())
    texts = _texts(_open(publish_docx.render(doc)))
    assert texts == _expected(doc)
    for text in HOSTILE:
        assert text in texts


def test_registered_under_its_format_name() -> None:
    from models.publish import renderer

    assert renderer("docx") is publish_docx and publish_docx.EXTENSION == "docx"


def test_no_column_narrower_than_four_characters() -> None:
    widths = publish_docx.column_mm([1.6, 0.35, 1.6, 1.7, 1.7, 1.3, 1.3, 1.3, 1.3, 0.5])
    assert min(widths) == publish_docx.MIN_COLUMN_MM
    assert abs(sum(widths) - (297 - 2 * publish_docx.MARGIN_MM)) < 1e-6
    assert widths[0] > widths[5] > widths[1]  # the model's proportions elsewhere
    assert publish_docx.column_mm([1.0, 1.0]) == [128.5, 128.5]


def test_characters_xml_cannot_hold_print_as_replacement_marks() -> None:
    report = replace(load_sample(), overview="a\ufffeb\uffffc", title="題\uffff")
    doc = printed_document(report)
    document = _open(publish_docx.render(doc))  # python-docx refused these before
    assert "a\ufffdb\ufffdc" in [p.text for p in document.paragraphs]
    assert document.core_properties.title == "題\ufffd"
