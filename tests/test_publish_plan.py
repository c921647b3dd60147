"""The 事前分析表 published in every format and read back with a reader made for each: every
label in the plan's order, figures as printed (△), the reasons; same data → same bytes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from pypdf import PdfReader

from models.printed import Document, plan_document
from models.publish import publish, render
from tests.plan_reports import CHANGE_2, MARKUP_REASON, PLAN_LABELS, REASON_1, REASON_2, plan_report
from tests.test_publish_docx import _expected as docx_expected
from tests.test_publish_docx import _open as docx_open
from tests.test_publish_docx import _texts as docx_texts
from tests.test_publish_html import _read as html_read
from tests.test_publish_xlsx import TRIANGLE, _find, _merge_at, _sheet
from tests.test_publish_xlsx import _expected as xlsx_expected
from tests.test_publish_xlsx import _read as xlsx_read

# One worker builds the module's shared fixture once (pytest-xdist, --dist loadgroup).
pytestmark = pytest.mark.xdist_group("publish_plan")

TITLE = "令和３年度実施政策に係る事前分析表"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _in_order(flat: str, labels: tuple[str, ...] = PLAN_LABELS) -> None:
    at = -1
    for label in labels:
        found = flat.find(_squash(label), at + 1)
        assert found > at, f"{label} missing or out of order"
        at = found


@pytest.fixture(scope="module")
def doc() -> Document:
    return plan_document(plan_report())


def test_xlsx_every_cell_in_order_figures_as_numbers(doc: Document) -> None:
    sheet = _sheet(render(doc, "xlsx"))
    assert sheet.title == "事前分析表"
    values = xlsx_read(sheet)
    assert values == xlsx_expected(doc)
    _in_order("".join(_squash(str(v)) for v in values if isinstance(v, str)))
    row, col = _find(sheet, -13745)
    assert sheet.cell(row, col).number_format == TRIANGLE  # printed △ 13,745
    assert _find(sheet, 431001)
    years = _find(sheet, "年度ごとの目標（値）")
    first, last = _merge_at(sheet, *years).split(":")
    assert first != last  # merged over the four year columns
    assert {REASON_1, f"{REASON_2}\n（変更の理由）\n{CHANGE_2}"} <= set(values)


def test_docx_every_paragraph_and_cell_in_order(doc: Document) -> None:
    document = docx_open(render(doc, "docx"))
    texts = docx_texts(document)
    assert texts == docx_expected(doc)
    assert document.paragraphs[0].style.name == "Title" and document.paragraphs[0].text == TITLE
    _in_order("".join(_squash(t) for t in texts))
    (frame,) = document.tables  # the plan's frame, its tables inside it
    cells = {c.text: c for row in frame.rows for c in row.cells}
    assert cells["△ 13,745"].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert cells["431,001"].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert REASON_1 in texts


def test_html_labels_in_order_semantic_header_rows(doc: Document) -> None:
    data = render(doc, "html")
    reader = html_read(data)
    text = "".join(reader.text)
    assert f"<title>{TITLE}</title>" in data.decode()
    _in_order(_squash(text))
    assert "△ 13,745" in text and "431,001" in text
    assert _squash(f"{REASON_2}（変更の理由）{CHANGE_2}") in _squash(text)
    heads = data.decode().count("<thead><tr>")
    assert heads == 2 and data.decode().count("</tr><tr><th") >= 2  # two header rows each
    numeric = [a for t, a in reader.tags if t == "td" and a.get("class") == "num"]
    assert len(numeric) == 7  # every 予算額 and 執行額 figure


def test_markup_in_a_reason_is_shown_literally() -> None:
    markup = plan_document(plan_report(markup=True))
    html = html_read(render(markup, "html"))
    assert "script" not in [t for t, _ in html.tags]
    assert MARKUP_REASON in "".join(html.text)
    assert MARKUP_REASON in xlsx_read(_sheet(render(markup, "xlsx")))
    assert MARKUP_REASON in docx_texts(docx_open(render(markup, "docx")))


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "html"])
def test_same_data_same_bytes(fmt: str) -> None:
    a = render(plan_document(plan_report()), fmt)
    b = render(plan_document(plan_report()), fmt)
    assert a == b


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    path = tmp_path_factory.mktemp("plan") / "plan.pdf"
    publish(plan_report(), "pdf", path, kind="plan")
    return PdfReader(path)


def test_pdf_labels_figures_and_reasons(pdf: PdfReader) -> None:
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "□" not in text and "\ufffd" not in text
    flat = _squash(text)
    labels = tuple(label for label in PLAN_LABELS if not label.startswith("令和元"))
    _in_order(flat, labels[:10])  # the heading rows, in order
    for label in labels[10:]:  # the tables' cells (extraction may order a row's cells freely)
        assert _squash(label) in flat, label
    assert any("△ 13,745" in line or "△13,745" in line for line in text.splitlines())
    assert "431,001" in flat
    for reason in (REASON_1, REASON_2, CHANGE_2):
        assert _squash(reason) in flat
    assert pdf.metadata is not None and pdf.metadata.title == TITLE


def test_publishing_the_plan_refuses_to_overwrite(tmp_path: Path) -> None:
    from models.publish import PublishError

    target = tmp_path / "p.html"
    publish(plan_report(), "html", target, kind="plan")
    with pytest.raises(PublishError):
        publish(plan_report(), "html", target, kind="plan")
    assert "事前分析表" in target.read_text(encoding="utf-8")
