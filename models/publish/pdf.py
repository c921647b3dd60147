"""PDF through Typst (the ``typst`` package: its compiler is in the wheel).

The document is A4 landscape (as ministries print the form's wide tables), in a Japanese font
found by :mod:`models.publish.fonts` and embedded (subset) by Typst; title and language are set
in the PDF's metadata; no creation date, so the same report gives the same bytes.
"""

from __future__ import annotations

from functools import cache

from models.i18n import tr
from models.printed import Document
from models.publish.errors import PublishError
from models.publish.fonts import find_font
from models.publish.typst_source import typst_source

TYPE_CHECKING = False
if TYPE_CHECKING:
    import typst

EXTENSION = "pdf"


@cache
def _fonts(folder: str) -> typst.Fonts:
    """The font folder read once per process (publishing many reports reuses it)."""
    import typst

    return typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=[folder])


def render(doc: Document) -> bytes:
    """The PDF: the one kept for the same Typst source and fonts (models/publish/pdf_cache.py),
    else compiled now (and kept)."""
    from models.publish import pdf_cache
    from models.services import parallel

    font = find_font(typeface=doc.typeface)
    source = typst_source(doc, font).encode("utf-8")
    name = pdf_cache.key(source, font.folder)
    kept = pdf_cache.get(name)
    if kept is not None:
        return kept
    import typst

    try:
        pdf = typst.compile(source, format="pdf", font_paths=_fonts(font.folder))
    except typst.TypstError as exc:  # a bug of hyoka's, not of the report: say so plainly
        raise PublishError(
            tr("PDF を作れません: {err}", "cannot make the PDF: {err}", err=exc.message)
        ) from None
    finally:
        parallel.mark_fork_unsafe()  # Typst's threads now exist: pools must not fork
    assert isinstance(pdf, bytes)
    pdf_cache.put(name, pdf)
    return pdf
