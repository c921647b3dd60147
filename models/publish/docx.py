"""The report as a Word document (python-docx): headings, paragraphs and real tables.

The title and the document number are centred (style ``Title``); a group of the form (評価結果)
is a ``Heading 1`` with its sections as ``Heading 2``, any other section a ``Heading 1``; a
``bare`` section (the 測定指標 table, the ※ notes) prints no heading, as on the form. Lines are
paragraphs (the analysis keeps its paragraphs), the form's headings inside a section
(（判断根拠）) are ``Heading 3``, a field is its label in bold then its text, a note hangs under
its mark. Tables are Word tables (``Table Grid``) with the model's merged cells merged, the
header rows repeated on each page, columns as wide as the model says, figures right-aligned as
printed (``△ 13,745``). Every style names a Japanese font for East Asian text (``w:rFonts
w:eastAsia``, no theme font) and Japanese as its East Asian language. A4 landscape, as
ministries print the form's wide tables.

A character XML cannot hold at all (U+FFFE, U+FFFF: the snapshot format lets them through)
prints as U+FFFD, where python-docx would refuse the whole document.

python-docx stamps the current time into the core properties and the zip entries; both are fixed
here, so the same report gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from docx import Document as new_document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as WordTable

from models.printed import Document, Field, Heading, Note, Section, Table
from models.publish.cells import placed, relative_widths, table_size, xml_safe

EXTENSION = "docx"
EAST_ASIAN_FONT = "ＭＳ 明朝"
LATIN_FONT = "Century"
FIXED_TIME = datetime(2000, 1, 1)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
PAGE_MM = (297, 210)  # A4 landscape
MARGIN_MM = 20
MIN_COLUMN_MM = 16.0  # four full-width characters and the cell margins
STYLES = {"Normal": 10.5, "Title": 14, "Heading 1": 12, "Heading 2": 11, "Heading 3": 10.5}


def _fonts(style_element: object) -> None:
    """Name the fonts outright (no theme fonts) and Japanese as the East Asian language."""
    rpr = style_element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "ja-JP")


def _setup(word: WordDocument, title: str) -> None:
    for name, size in STYLES.items():
        style = word.styles[name]
        _fonts(style.element)
        style.font.size = Pt(size)
        style.font.color.rgb = None
        if name != "Normal":
            style.font.bold = True
            style.font.italic = False
            style.paragraph_format.space_before = Pt(8 if name != "Heading 3" else 4)
            style.paragraph_format.space_after = Pt(4)
    word.styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fonts(word.styles["Table Grid"].element)
    section = word.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    props = word.core_properties
    props.title = xml_safe(title)
    props.language = "ja-JP"
    props.author = props.last_modified_by = props.comments = props.keywords = ""
    props.created = props.modified = FIXED_TIME
    props.revision = 1


def column_mm(weights: list[float]) -> list[float]:
    """The text width shared by weight, no column narrower than :data:`MIN_COLUMN_MM` (a header
    such as 達成（※３） would otherwise stack a character a line)."""
    text_mm = PAGE_MM[0] - 2 * MARGIN_MM
    floor = min(MIN_COLUMN_MM, text_mm / len(weights))
    narrow: set[int] = set()
    while True:
        free = [i for i in range(len(weights)) if i not in narrow]
        room = text_mm - floor * len(narrow)
        total = sum(weights[i] for i in free) or 1.0
        mm = {i: room * weights[i] / total for i in free}
        below = {i for i, w in mm.items() if w < floor}
        if not below:
            return [floor if i in narrow else mm[i] for i in range(len(weights))]
        narrow |= below


def _table(word: WordDocument, table: Table) -> WordTable:
    rows, cols = table_size(table)
    out = word.add_table(rows=rows, cols=cols)
    out.style = word.styles["Table Grid"]
    out.alignment = WD_TABLE_ALIGNMENT.CENTER
    out.autofit = False
    for c, mm in enumerate(column_mm(relative_widths(table, cols))):
        width = Mm(mm)
        out.columns[c].width = width  # the grid, which LibreOffice follows
        for row in out.rows:
            row.cells[c].width = width  # each cell's, which Word follows
    for p in placed(table):
        cell = out.cell(p.row, p.col)
        if (p.last_row, p.last_col) != (p.row, p.col):
            cell = cell.merge(out.cell(p.last_row, p.last_col))
        paragraph = cell.paragraphs[0]
        run = paragraph.add_run(xml_safe(p.cell.text))
        if p.cell.header:
            run.bold = True
            if p.row < table.header_rows:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif p.cell.value is not None:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in range(min(table.header_rows, rows)):
        out.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # on every page
    return out


def _blocks(word: WordDocument, section: Section) -> None:
    for block in section.blocks:
        if isinstance(block, Table):
            _table(word, block)
            word.add_paragraph()  # Word would join two tables that touch into one
        elif isinstance(block, Heading):
            word.add_heading(xml_safe(block.text), level=3)
        elif isinstance(block, Field):
            paragraph = word.add_paragraph()
            paragraph.add_run(xml_safe(block.label)).bold = True
            paragraph.add_run("　" + xml_safe(block.text))
        elif isinstance(block, Note):
            text = f"{block.mark}　{block.text}" if block.mark else block.text
            paragraph = word.add_paragraph(xml_safe(text))
            hang = Pt(10.5 * (len(block.mark) + 1)) if block.mark else Pt(0)
            paragraph.paragraph_format.left_indent = hang
            paragraph.paragraph_format.first_line_indent = -hang
        else:
            word.add_paragraph(xml_safe(block))


def _section(word: WordDocument, section: Section) -> None:
    if section.layout == "title":
        word.add_paragraph(xml_safe(section.title), style="Title")
        for line in section.blocks:
            word.add_paragraph(xml_safe(str(line))).alignment = WD_ALIGN_PARAGRAPH.CENTER
        return
    if section.layout != "bare":
        word.add_heading(xml_safe(section.title), level=2 if section.group else 1)
    _blocks(word, section)


def fixed_zip(data: bytes) -> bytes:
    """The same archive with every entry dated :data:`ZIP_TIME` (no clock in the bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def render(doc: Document) -> bytes:
    """The document's bytes: the same document always gives the same bytes."""
    word = new_document()
    _setup(word, doc.title)
    group = ""
    for section in doc.sections:
        if section.group and section.group != group:
            word.add_heading(xml_safe(section.group), level=1)
        group = section.group
        _section(word, section)
    out = io.BytesIO()
    word.save(out)
    return fixed_zip(out.getvalue())
