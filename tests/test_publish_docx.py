"""The Word document, read back with python-docx: headings, paragraphs and tables in form order."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

import docx
import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from models.printed import printed_sections
from models.printed_blocks import Section, Table
from models.publish import docx as publish_docx
from models.sample import load_sample
from tests.publish_reports import HOSTILE, hostile_report


def _open(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def _body(document: Document) -> list[Paragraph | DocxTable]:
    """Paragraphs and tables in the order the body holds them."""
    return list(document.iter_inner_content())


def _texts(document: Document) -> list[str]:
    out: list[str] = []
    for item in _body(document):
        if isinstance(item, Paragraph):
            out.append(item.text)
        else:
            out += [cell.text for row in item.rows for cell in row.cells]
    return out


def _expected(doc: Sequence[Section]) -> list[str]:
    return [text for section in doc for text in section.strings()]


@pytest.fixture(scope="module")
def sample() -> tuple[list[Section], Document]:
    doc = printed_sections(load_sample())
    return doc, _open(publish_docx.render(doc))


def test_every_heading_line_and_cell_in_the_forms_order(sample) -> None:
    doc, document = sample
    assert _texts(document) == _expected(doc)


def test_sections_are_headings_and_tables_are_word_tables(sample) -> None:
    doc, document = sample
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [s.title for s in doc[1:]]
    assert document.paragraphs[0].style.name == "Title"
    tables = [b for s in doc for b in s.blocks if isinstance(b, Table)]
    assert len(document.tables) == len(tables) >= 3  # budget, cabinet policies, indicators
    budget = document.tables[0]
    assert budget.style.name == "Table Grid"
    assert [c.text for c in budget.rows[0].cells] == list(tables[0].header)
    assert budget.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on each page
    cabinet = document.tables[1]
    assert cabinet.columns[2].width > cabinet.columns[1].width  # the excerpt gets the room


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


def test_east_asian_font_language_and_a4(sample) -> None:
    _doc, document = sample
    for name in ("Normal", "Heading 1", "Title"):
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == publish_docx.EAST_ASIAN_FONT == "ＭＳ 明朝"
        assert fonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would win over it
        lang = document.styles[name].element.rPr.find(qn("w:lang"))
        assert lang.get(qn("w:eastAsia")) == "ja-JP"
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # twips


def test_same_data_same_bytes_other_data_other_bytes() -> None:
    first = publish_docx.render(printed_sections(load_sample()))
    assert publish_docx.render(printed_sections(load_sample())) == first
    assert publish_docx.render(printed_sections(hostile_report())) != first
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert {i.date_time for i in z.infolist()} == {publish_docx.ZIP_TIME}
    props = _open(first).core_properties
    assert props.created == props.modified
    assert props.created is not None and props.created.year == 2000
    assert props.revision == 1 and props.title == "主要な政策に係る評価書（令和３年度実施政策）"


def test_hostile_text_is_printed_literally() -> None:
    doc = printed_sections(hostile_report())
    texts = _texts(_open(publish_docx.render(doc)))
    assert texts == _expected(doc)
    for text in HOSTILE:
        assert text in texts
