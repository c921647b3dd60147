"""Whether the 評価書の要旨 fits the one page it is published on (``hyoka check``'s G001).

The 要旨 is laid out exactly as its PDF is (the frame, every line broken at the font's own
advances, the pages made by :mod:`models.publish.pages`), without Typst: a few milliseconds a
report. A 要旨 that takes more than one page is a warning naming how many, until the evaluator
writes shorter texts (``[gist]``) or shortens the report's own.
"""

from __future__ import annotations

from models.i18n import tr
from models.printed import gist_document
from models.publish.errors import PublishError
from models.publish.fonts import find_font
from models.publish.typst_source import laid_out
from models.report.model import Report
from models.rules.findings import Finding

PLACE = "gist"


def gist_pages(report: Report) -> int:
    """How many pages the 要旨 of ``report`` takes in its PDF."""
    doc = gist_document(report)
    return len(laid_out(doc, find_font(typeface=doc.typeface))[-1])


def gist_findings(report: Report) -> list[Finding]:
    """G001 when the 要旨 would take more than one page; nothing when no font can measure it
    (publishing the PDF says so itself)."""
    try:
        pages = gist_pages(report)
    except PublishError:
        return []
    if pages <= 1:
        return []
    message = tr(
        "評価書の要旨が A4 用紙 1 枚に収まりません（{n} ページ）。[gist] に短い文を書くか、"
        "本文を短くしてください",
        "the summary (要旨) does not fit one A4 page ({n} pages): write shorter texts in "
        "[gist], or shorten the report's own",
        n=pages,
    )
    return [Finding("G001", "warning", message, PLACE, data={"pages": pages})]
