"""The report as a Word document (python-docx): headings, paragraphs and real tables.

The title and the document number are centred; each section of the form is a ``Heading 1``; its
lines are paragraphs (the analysis keeps its paragraphs, a blank line stays a blank paragraph);
its tables are Word tables (``Table Grid``) with a repeated header row and figures right-aligned
as printed (``△ 13,745``). Every style names a Japanese font for East Asian text
(``w:rFonts w:eastAsia``) and Japanese as its East Asian language; the page is A4.

python-docx stamps the current time into the core properties and the zip entries; both are fixed
here, so the same report gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import datetime

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx.table import Table as DocxTable

from models.printed_blocks import Section, Table
from models.publish.cells import Cell, table_rows, text_width

EAST_ASIAN_FONT = "ＭＳ 明朝"
LATIN_FONT = "Century"
FIXED_TIME = datetime(2000, 1, 1)
TEXT_WIDTH_MM = 170  # A4 less 20 mm margins
MM_PER_UNIT = 1.86  # a half-width character at 10.5 pt
PADDING_MM = 5.0  # Word's cell margins (1.9 mm a side) and a little air
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
STYLES = ("Normal", "Title", "Heading 1", "Table Grid")


def _fonts(style_element: object, size: float | None = None) -> None:
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


def _setup(doc: DocumentObject, title: str) -> None:
    for name in STYLES:
        style = doc.styles[name]
        _fonts(style.element)
        style.font.color.rgb = None
        if name == "Normal":
            style.font.size = Pt(10.5)
        elif name == "Title":
            style.font.size = Pt(14)
            style.font.bold = True
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif name == "Heading 1":
            style.font.size = Pt(12)
            style.font.bold = True
            style.paragraph_format.space_before = Pt(12)
            style.paragraph_format.space_after = Pt(4)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    props = doc.core_properties
    props.title = title
    props.language = "ja-JP"
    props.author = props.last_modified_by = props.comments = props.keywords = ""
    props.created = props.modified = FIXED_TIME
    props.revision = 1


def _widths(rows: list[list[Cell]]) -> list[Length]:
    """Narrow columns get their natural width; the wide ones share what is left equally."""
    natural = [
        max((text_width(line) for cell in column for line in cell.text.split("\n")), default=0)
        * MM_PER_UNIT
        + PADDING_MM
        for column in zip(*rows, strict=True)
    ]
    widths: dict[int, float] = {}
    left, open_ = float(TEXT_WIDTH_MM), set(range(len(natural)))
    while open_:
        fair = left / len(open_)
        narrow = {i for i in open_ if natural[i] <= fair}
        if not narrow:
            widths |= {i: fair for i in open_}
            break
        widths |= {i: natural[i] for i in narrow}
        left -= sum(natural[i] for i in narrow)
        open_ -= narrow
    spare = (TEXT_WIDTH_MM - sum(widths.values())) / len(natural)
    return [Mm(widths[i] + spare) for i in range(len(natural))]


def _table(doc: DocumentObject, table: Table) -> DocxTable:
    rows = table_rows(table)
    out = doc.add_table(rows=len(rows), cols=len(rows[0]))
    out.style = doc.styles["Table Grid"]
    out.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            paragraph = out.cell(r, c).paragraphs[0]
            run = paragraph.add_run(cell.text)
            if r == 0:
                run.bold = True
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif cell.value is not None:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    out.autofit = False
    for c, width in enumerate(_widths(rows)):
        out.columns[c].width = width  # the grid, which LibreOffice follows
        for row in out.rows:
            row.cells[c].width = width
    header = out.rows[0]._tr.get_or_add_trPr()
    header.append(OxmlElement("w:tblHeader"))  # repeated on every page the table spans
    return out


def _section(doc: DocumentObject, section: Section) -> None:
    if section.name == "title":
        doc.add_paragraph(section.title, style="Title")
        for line in section.blocks:
            doc.add_paragraph(str(line)).alignment = WD_ALIGN_PARAGRAPH.CENTER
        return
    doc.add_heading(section.title, level=1)
    for block in section.blocks:
        if isinstance(block, Table):
            _table(doc, block)
        else:
            doc.add_paragraph(block)


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


def render(doc: Sequence[Section]) -> bytes:
    """The document's bytes: the same sections always give the same bytes."""
    document = Document()
    _setup(document, doc[0].title if doc else "")
    for section in doc:
        _section(document, section)
    out = io.BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue())
