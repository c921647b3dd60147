"""Any report publishes to Excel and Word, its 評価書 and its 事前分析表, the text read back whole.

Every generated report is printable: years before 平成 print as 昭和 or Western years
(models/printed/years.py). The plan's 達成手段 get money per fiscal year and a start year, and
the plan a fixed date, so their columns and rows are exercised too.
"""

from __future__ import annotations

import io

import docx
import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from models.printed import Document, plan_document, printed_document
from models.publish import docx as publish_docx
from models.publish import xlsx
from models.report.model import FixedPlan, MeansYear, Report
from tests.strategies import dates, money, reports, years
from tests.test_publish_docx import _expected as docx_expected
from tests.test_publish_docx import _texts
from tests.test_publish_xlsx import _expected as xlsx_expected
from tests.test_publish_xlsx import _read

means_years = st.lists(
    st.builds(MeansYear, fiscal_year=years, budget=money, executed=money),
    max_size=3,
    unique_by=lambda y: y.fiscal_year,
)


@st.composite
def planned_reports(draw: st.DrawFn) -> Report:
    """A generated report whose means carry money by year, with a plan fixed (or not)."""
    report: Report = draw(reports)
    for obj in report.objectives:
        for m in obj.means:
            m.years = draw(means_years)
            m.start_fiscal_year = draw(st.none() | years)
    fixed_on = draw(dates)
    report.plan = None if fixed_on is None else FixedPlan(fixed_on)
    report.planned_evaluation = draw(st.sampled_from(("", "2022-08", "1985-04", "令和４年度中")))
    return report


documents = st.one_of(planned_reports().map(printed_document), planned_reports().map(plan_document))


@settings(max_examples=15, deadline=None)
@given(documents)
def test_any_report_round_trips_through_xlsx(doc: Document) -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.render(doc))).active
    assert _read(sheet) == xlsx_expected(doc)


@settings(max_examples=15, deadline=None)
@given(documents)
def test_any_report_round_trips_through_docx(doc: Document) -> None:
    assert _texts(docx.Document(io.BytesIO(publish_docx.render(doc)))) == docx_expected(doc)
