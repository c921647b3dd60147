"""Any report the printed model lays out publishes to Excel and Word, its text read back whole.

Reports the model cannot lay out (a fiscal year before 平成, which models.report.eras refuses to
name)
are left out here: that is the printed model's limit, not the renderers'.
"""

from __future__ import annotations

import io

import docx
import openpyxl
from hypothesis import given, settings

from models.printed import Document, printed_document
from models.publish import docx as publish_docx
from models.publish import xlsx
from models.report.model import Report
from tests.strategies import reports
from tests.test_publish_docx import _expected as docx_expected
from tests.test_publish_docx import _texts
from tests.test_publish_xlsx import _expected as xlsx_expected
from tests.test_publish_xlsx import _read


def _printable(report: Report) -> bool:
    try:
        printed_document(report)
    except ValueError:
        return False
    return True


documents = reports.filter(_printable).map(printed_document)


@settings(max_examples=10, deadline=None)
@given(documents)
def test_any_report_round_trips_through_xlsx(doc: Document) -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.render(doc))).active
    assert _read(sheet) == xlsx_expected(doc)


@settings(max_examples=10, deadline=None)
@given(documents)
def test_any_report_round_trips_through_docx(doc: Document) -> None:
    assert _texts(docx.Document(io.BytesIO(publish_docx.render(doc)))) == docx_expected(doc)
