"""The Word document, read back with python-docx: the 別紙２ frame as one Word table with merged
cells (labels and rows as the seed prints them), the title above it and the notes under it."""

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
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from models.printed import Document, printed_document
from models.publish import docx as publish_docx
from models.publish.frame import build_frame, note_paragraphs
from models.snapshot.sample import load_sample
from tests.publish_reports import HOSTILE, hostile_report

# One worker builds the module's shared fixture once (pytest-xdist, --dist loadgroup).
pytestmark = pytest.mark.xdist_group("publish_docx")


def _open(data: bytes) -> WordDocument:
    return docx.Document(io.BytesIO(data))


def _body(document: WordDocument) -> list[Paragraph | DocxTable]:
    """Paragraphs and tables in the order the body holds them."""
    return list(document.iter_inner_content())


def _cells(table: DocxTable) -> list[tuple[int, int, _Cell]]:
    """Each cell of the table once (a merged cell at its top-left), in reading order."""
    seen: list[object] = []  # the elements themselves: an lxml proxy's id() is reused
    out = []
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            if not any(cell._tc is tc for tc in seen):
                seen.append(cell._tc)
                out.append((r, c, cell))
    return out


def _texts(document: WordDocument) -> list[str]:
    """Paragraph texts, and each table's cells once each (a merged cell once) in reading order."""
    out: list[str] = []
    for item in _body(document):
        if isinstance(item, Paragraph):
            out.append(item.text)
        else:
            out += [cell.text for _, _, cell in _cells(item)]
    return out


def _expected(doc: Document) -> list[str]:
    """The title lines, the frame's cells row by row, the notes' paragraphs."""
    frame = build_frame(doc)
    out = [frame.title] if frame.title else []
    out += list(frame.title_lines)
    out += [slot.text for slot in frame.slots]
    out += [line for note in frame.notes for line in note_paragraphs(note)]
    return out


def _at(table: DocxTable, text: str) -> tuple[int, int, _Cell]:
    return next(found for found in _cells(table) if found[2].text == text)


def _span(table: DocxTable, row: int, col: int) -> tuple[int, int]:
    """Rows and columns the cell at (row, col) covers."""
    tc = table.cell(row, col)._tc
    rows = sum(1 for r in range(row, len(table.rows)) if table.cell(r, col)._tc is tc)
    cols = sum(1 for c in range(col, len(table.columns)) if table.cell(row, c)._tc is tc)
    return rows, cols


@pytest.fixture(scope="module")
def sample() -> tuple[Document, WordDocument]:
    doc = printed_document(load_sample())
    return doc, _open(publish_docx.render(doc))


def test_the_form_is_one_word_table_between_the_title_and_the_notes(sample) -> None:
    doc, document = sample
    body = _body(document)
    tables = [item for item in body if isinstance(item, DocxTable)]
    assert len(tables) == 1  # the 別紙２ frame, not headings and paragraphs
    assert [p.text for p in body[:2]] == [doc.title, "（総務省R4－⑧）"]
    assert isinstance(body[2], DocxTable)
    notes = [p.text for p in body[3:]]
    assert [n[:2] for n in notes] == ["※１", "※２", "※３", "※４"]
    frame = build_frame(doc)
    assert len(tables[0].rows) == frame.rows and len(tables[0].columns) == len(frame.widths)


def test_every_cell_of_the_form_in_order(sample) -> None:
    doc, document = sample
    assert _texts(document) == _expected(doc)


def test_labels_and_rows_as_the_seed_prints_them(sample) -> None:
    _doc, document = sample
    (table,) = document.tables
    row, col, _ = _at(table, "政策（※１）名")
    assert _at(table, "分野")[0] == row and _at(table, "電子自治体")[0] == row
    row, col, _ = _at(table, "政策の予算額・執行額等（百万円）")
    assert col == 0 and _span(table, row, col)[0] == 7  # the table's six rows and the note
    status = _at(table, "予算の状況\n（注）")
    assert status[0] == row + 1 and _span(table, status[0], status[1])[0] == 4
    assert _at(table, "執行額")[0] == row + 5
    head = _at(table, "区\u3000\u3000分")
    assert _span(table, head[0], head[1])[1] >= 2
    bureau = _at(table, "担当部局課室名")[0]
    assert _at(table, "作成責任者名")[0] == bureau
    for label in (
        "令和５年度予算概算要求への主な反映内容",
        "税制、法令、組織、定員等への主な反映内容",
    ):
        r, c, cell = _at(table, label)
        right = table.cell(r, c + _span(table, r, c)[1])
        assert right.text, label
        assert cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == publish_docx.SHADE
    group = _at(table, "評\n価\n結\n果")
    verdict = _at(table, "目標達成度合いの測定結果")[0]
    assert group[0] == verdict and _span(table, group[0], group[1])[0] >= 3


def test_figures_as_printed_right_aligned(sample) -> None:
    _doc, document = sample
    cells = {cell.text: cell for _, _, cell in _cells(document.tables[0])}
    for text in ("△ 13,745", "431,001", "△ 1,582,692"):
        assert cells[text].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert cells["合計（a＋b＋c）"].paragraphs[0].alignment is None


def test_a_cells_lines_are_its_paragraphs(sample) -> None:
    _doc, document = sample
    report = load_sample()
    cells = [cell for _, _, cell in _cells(document.tables[0])]
    verdict = next(c for c in cells if c.text.startswith("（各行政機関共通区分）"))
    lines = [p.text for p in verdict.paragraphs]
    assert lines[:2] == ["（各行政機関共通区分）　　　目標達成", "（判断根拠）"]
    assert lines[2:] == report.verdict.rationale.split("\n")
    analysis = next(c for c in cells if c.text.startswith("＜施策目標＞"))
    assert [p.text for p in analysis.paragraphs] == report.verdict.analysis.split("\n")


def test_east_asian_font_language_and_a4_landscape(sample) -> None:
    _doc, document = sample
    for name in ("Normal", "Title", "Table Grid"):
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "ＭＳ 明朝"
        assert fonts.get(qn("w:ascii")) == "Century"
        assert fonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would win over it
        lang = document.styles[name].element.rPr.find(qn("w:lang"))
        assert lang.get(qn("w:eastAsia")) == "ja-JP"
    section = document.sections[0]
    size = (round(section.page_width.mm), round(section.page_height.mm))  # stored in twips
    assert size == (297, 210) and section.orientation == WD_ORIENT.LANDSCAPE


def test_a_gothic_profile_sets_the_document_in_ms_gothic() -> None:
    doc = replace(printed_document(load_sample()), typeface="ゴシック")
    document = _open(publish_docx.render(doc))
    fonts = document.styles["Table Grid"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "ＭＳ ゴシック"


def test_the_columns_are_the_frames(sample) -> None:
    doc, document = sample
    widths = [c.width.pt for c in document.tables[0].columns]  # stored in EMU, rounded
    assert widths == pytest.approx(build_frame(doc).widths, abs=0.1)
    assert sum(widths) == pytest.approx((297 - 2 * publish_docx.MARGIN_MM) / 25.4 * 72, abs=1)


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
    joined = "\n".join(texts)
    for text in HOSTILE:
        assert text in joined


def test_registered_under_its_format_name() -> None:
    from models.publish import renderer

    assert renderer("docx") is publish_docx and publish_docx.EXTENSION == "docx"


def test_characters_xml_cannot_hold_print_as_replacement_marks() -> None:
    report = replace(load_sample(), overview="a\ufffeb\uffffc", title="題\uffff")
    doc = printed_document(report)
    document = _open(publish_docx.render(doc))  # python-docx refused these before
    assert "a\ufffdb\ufffdc" in _texts(document)
    assert document.core_properties.title == "題\ufffd"


def test_the_title_has_no_rule_under_it(sample) -> None:
    _doc, document = sample
    title = document.styles["Title"].element
    assert title.pPr is None or title.pPr.find(qn("w:pBdr")) is None
