"""The report as a Word document (python-docx): the 別紙２ frame as one Word table.

A colleague editing in Word gets the form the PDF prints: the title and the document number
above, then the form's frame (:mod:`models.publish.frame`) as one table with merged cells —
the label column down the left, 評価結果 down the side of its rows (one character a line), the
budget, cabinet, indicator and 施策手段 tables inside it on the same grid — and the ※ notes
under it, hanging under their marks. Columns are as wide as the PDF's (A4 landscape, 12 mm
margins); label cells and table headings are shaded, headings centred, figures right-aligned
as printed (``△ 13,745``); a cell's lines are its paragraphs. Every style names the face of the
profile's class (``Document.typeface``: ＭＳ 明朝 with Century, or ＭＳ ゴシック with Arial) for
East Asian text (``w:rFonts w:eastAsia``, no theme font) and Japanese as its East Asian
language.

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
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell

from models.printed import Document
from models.publish.cells import xml_safe
from models.publish.frame import GROUP_KIND, HEAD, LABEL_KIND, NUMBER, Frame, build_frame
from models.publish.frame import note_paragraphs as note_lines

EXTENSION = "docx"
FONTS = {
    "明朝": ("ＭＳ 明朝", "Century"),
    "ゴシック": ("ＭＳ ゴシック", "Arial"),
}  # East Asian, Latin
FIXED_TIME = datetime(2000, 1, 1)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
PAGE_MM = (297, 210)  # A4 landscape
MARGIN_MM = 12  # as the PDF's
TABLE_SIZE = 9  # pt, the frame's text (the PDF's size)
STYLES = {"Normal": 10.5, "Title": 14}
SHADE = "F2F2F2"
_ALIGN = {HEAD: WD_ALIGN_PARAGRAPH.CENTER, GROUP_KIND: WD_ALIGN_PARAGRAPH.CENTER}
_ALIGN[NUMBER] = WD_ALIGN_PARAGRAPH.RIGHT
_MIDDLE = (LABEL_KIND, HEAD, GROUP_KIND, NUMBER)


def _fonts(style_element: object, typeface: str) -> None:
    """Name the fonts outright (no theme fonts) and Japanese as the East Asian language."""
    east, latin = FONTS[typeface]
    rpr = style_element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "ja-JP")


def _setup(word: WordDocument, title: str, typeface: str) -> None:
    for name, size in STYLES.items():
        style = word.styles[name]
        _fonts(style.element, typeface)
        style.font.size = Pt(size)
        style.font.color.rgb = None
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.space_before = Pt(0)
    title_style = word.styles["Title"]
    border = title_style.element.get_or_add_pPr().find(qn("w:pBdr"))
    if border is not None:  # the default Title's rule under it: the form has none
        border.getparent().remove(border)
    title_style.font.bold = True
    title_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title_style.paragraph_format.space_after = Pt(4)
    grid = word.styles["Table Grid"]
    _fonts(grid.element, typeface)
    grid.font.size = Pt(TABLE_SIZE)
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


def _shade(cell: _Cell) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), SHADE)
    cell._tc.get_or_add_tcPr().append(shading)


def _write(cell: _Cell, text: str, kind: str) -> None:
    lines = xml_safe(text).split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
    for paragraph in cell.paragraphs:
        if kind in _ALIGN:
            paragraph.alignment = _ALIGN[kind]
    if kind in (LABEL_KIND, HEAD, GROUP_KIND):
        _shade(cell)
    if kind in _MIDDLE:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _frame(word: WordDocument, frame: Frame) -> None:
    columns = len(frame.widths)
    table = word.add_table(rows=frame.rows, cols=columns)
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = [Pt(w) for w in frame.widths]
    for c, width in enumerate(widths):
        table.columns[c].width = width  # the grid, which LibreOffice follows
    for row in table.rows:
        for c, cell in enumerate(row.cells):
            cell.width = widths[c]  # each cell's, which Word follows
    for slot in frame.slots:
        cell = table.cell(slot.row, slot.col)
        if slot.rows > 1 or slot.cols > 1:
            cell = cell.merge(table.cell(slot.last, slot.col + slot.cols - 1))
        _write(cell, slot.text, slot.kind)


def _notes(word: WordDocument, frame: Frame) -> None:
    for note in frame.notes:
        for i, line in enumerate(note_lines(note)):
            paragraph = word.add_paragraph(xml_safe(line))
            paragraph.paragraph_format.space_before = Pt(4 if i == 0 else 0)


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
    frame = build_frame(doc)
    word = new_document()
    _setup(word, doc.title, doc.typeface)
    if frame.title:
        word.add_paragraph(xml_safe(frame.title), style="Title")
    for line in frame.title_lines:
        word.add_paragraph(xml_safe(line)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _frame(word, frame)
    _notes(word, frame)
    out = io.BytesIO()
    word.save(out)
    return fixed_zip(out.getvalue())
