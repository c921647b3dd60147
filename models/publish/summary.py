"""評価結果一覧: the table a ministry publishes beside its reports, one row per report.

Each row gives 評価書番号, 評価対象年度, 政策番号, 政策名, 測定結果 (the verdict), the 予算要求
category and 担当部局課室名, with the ministry first so that a list spanning ministries still
says whose policy a row is. Rows are sorted by ministry in the government's official order
(:data:`models.report.ministries.MINISTRY_ORDER`; a ministry not in it after them, by code
point), then by evaluated fiscal year, then 政策番号 (reports without a number last, by key),
and can be limited to one evaluated fiscal year (the 年度 whose results were evaluated: 2021
for 令和３年度実施政策) and one ministry. The title names the year (or the years, when they
mix) and the ministry. A monitoring year's report (``stage = "monitoring"``) is no evaluation
and has no row. As xlsx, CSV and PDF (the same table through the PDF of the form: its header
repeated, with （続き）, on every page it continues on).

**The 予算要求 category** is ``NextSteps.budget_request``: the snapshot keeps the category as the
form prints it (``Ⅲ　予算の継続・現状維持``, see spec/snapshot.md). The list shows its first
non-blank line with runs of spaces (half- or full-width) made one full-width space, as the form
spaces a numeral from its label. A report whose field is blank but whose 予算要求 prose names a
category (a Roman numeral Ⅰ–Ⅹ followed by 予算…, as 「Ⅲ　予算の継続・現状維持」) gets that one;
otherwise the cell is blank. No category list is assumed: ministries word their own.

**CSV** is UTF-8 with a byte order mark and CRLF line ends: Excel on a Japanese Windows reads a
CSV without a BOM as Shift_JIS (CP932) and garbles every kanji; with the BOM it reads UTF-8, and
other tools skip it. Values are written as they are (RFC 4180 quoting only); a spreadsheet that
evaluates a cell starting with ``=`` in a CSV is the CSV reader's doing, so the xlsx list, whose
cells are typed text, is the one to hand to people who will only open it.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import xlsxwriter

from models.printed import Cell, Document, Section, Table
from models.publish.cells import text_width
from models.publish.xlsx import FIXED_TIME, FONT, FONT_SIZE, HEAD, LINE_HEIGHT
from models.report.eras import fiscal_year_label
from models.report.ministries import ministry_rank
from models.report.model import Report

TITLE = "評価結果一覧"
HEADER = (
    "府省名",
    "評価書番号",
    "評価対象年度",
    "政策番号",
    "政策名",
    "測定結果",
    "予算要求",
    "担当部局課室名",
)
WIDTHS = (14, 16, 14, 9, 40, 18, 30, 40)
PDF_WIDTHS = (1.2, 1.6, 1.1, 0.6, 3.0, 1.6, 2.3, 2.6)
_SPACES = re.compile(r"[ \t\u3000]+")
_CATEGORY = re.compile(r"([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[ \t\u3000]*(予算[^\s\u3000。、，．）」]*)")


@dataclass(frozen=True)
class SummaryRow:
    """One report in the list, its values as the list prints them."""

    ministry: str
    document_id: str
    fiscal_year: int | None  # the evaluated fiscal year, printed 令和３年度
    policy_number: int | None
    policy_name: str
    verdict: str
    budget_request: str
    bureau: str

    def cells(self) -> tuple[str | int, ...]:
        number: str | int = "" if self.policy_number is None else self.policy_number
        year = "" if self.fiscal_year is None else fiscal_year_label(self.fiscal_year)
        return (
            self.ministry,
            self.document_id,
            year,
            number,
            self.policy_name,
            self.verdict,
            self.budget_request,
            self.bureau,
        )


def budget_category(report: Report) -> str:
    """The 予算要求 category (see the module's docstring for the rule)."""
    steps = report.next_steps
    for line in steps.budget_request.splitlines():
        if line.strip():
            return _SPACES.sub("\u3000", line.strip(" \t\u3000"))
    found = _CATEGORY.search(steps.budget_reflection) or _CATEGORY.search(steps.measures)
    return f"{found[1]}\u3000{found[2]}" if found else ""


def _bureau(report: Report) -> str:
    return " ".join(line.strip() for line in report.bureau.splitlines() if line.strip())


def _lines(text: str, width: float) -> int:
    usable = max(width - 1.5, 1)
    return sum(max(1, math.ceil(text_width(line) / usable)) for line in text.split("\n"))


def summary_rows(
    reports: Iterable[Report], *, year: int | None = None, ministry: str | None = None
) -> list[SummaryRow]:
    """Every report (of ``year`` and ``ministry`` when given) as a row, in the list's order; a
    monitoring year's report has no evaluation result and is not listed."""
    chosen = [
        r
        for r in reports
        if r.stage != "monitoring"
        and (year is None or r.evaluated_fiscal_year == year)
        and (ministry is None or r.ministry.strip() == ministry.strip())
    ]
    chosen.sort(key=_order)
    return [
        SummaryRow(
            ministry=r.ministry,
            document_id=r.document_id,
            fiscal_year=r.evaluated_fiscal_year,
            policy_number=r.policy_number,
            policy_name=r.policy_name,
            verdict=r.verdict.category,
            budget_request=budget_category(r),
            bureau=_bureau(r),
        )
        for r in chosen
    ]


def _order(r: Report) -> tuple[int, str, int, bool, int, str]:
    ministry = r.ministry.strip()
    year = r.evaluated_fiscal_year if r.evaluated_fiscal_year is not None else 10_000
    return (*ministry_rank(ministry), year, r.policy_number is None, r.policy_number or 0, r.key)


def summary_title(
    year: int | None = None, ministry: str | None = None, years: Iterable[int] = ()
) -> str:
    """評価結果一覧（総務省・令和３年度実施政策）, as far as the filters say; without ``year``,
    the years of the rows listed (``years``): one, or the first and the last
    (令和２年度～令和３年度実施政策)."""
    parts = [ministry] if ministry else []
    found = sorted(set(years)) if year is None else [year]
    if found:
        span = fiscal_year_label(found[0])
        if found[-1] != found[0]:
            span += "～" + fiscal_year_label(found[-1])
        parts.append(span + "実施政策")
    return TITLE + (f"（{'・'.join(parts)}）" if parts else "")


def summary_csv(rows: Sequence[SummaryRow]) -> bytes:
    """The header and the rows as CSV: UTF-8 with a BOM, CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(row.cells() for row in rows)
    return out.getvalue().encode("utf-8-sig")


def summary_xlsx(rows: Sequence[SummaryRow], title: str = TITLE) -> bytes:
    """The list as a workbook: a title, the header (filterable, frozen) and a row per report."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False})
    book.set_properties({"title": title, "created": FIXED_TIME, "author": "", "comments": ""})
    sheet = book.add_worksheet(TITLE)
    base = {"font_name": FONT, "font_size": FONT_SIZE, "text_wrap": True, "valign": "top"}
    heading = book.add_format(base | {"bold": True, "font_size": 14, "text_wrap": False})
    head = book.add_format(base | {"bold": True, "border": 1, "bg_color": HEAD, "align": "center"})
    text = book.add_format(base | {"border": 1})
    number = book.add_format(base | {"border": 1, "num_format": "0", "align": "right"})
    sheet.write_string(0, 0, title, heading)  # unwrapped, it runs on over the empty cells
    sheet.set_row(0, 24)
    for col, (label, width) in enumerate(zip(HEADER, WIDTHS, strict=True)):
        sheet.set_column(col, col, width)
        sheet.write_string(1, col, label, head)
    for r, row in enumerate(rows, start=2):
        lines = max(_lines(str(v), w) for v, w in zip(row.cells(), WIDTHS, strict=True))
        sheet.set_row(r, lines * LINE_HEIGHT + 4)  # Excel does not fit a written row's height
        for col, value in enumerate(row.cells()):
            if isinstance(value, int):
                sheet.write_number(r, col, value, number)
            else:
                sheet.write_string(r, col, value, text)
    last = len(rows) + 1
    sheet.autofilter(1, 0, last, len(HEADER) - 1)
    sheet.freeze_panes(2, 0)
    sheet.repeat_rows(1)
    sheet.set_paper(9)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.print_area(0, 0, last, len(HEADER) - 1)
    book.close()
    return out.getvalue()


def summary_document(rows: Sequence[SummaryRow], title: str = TITLE) -> Document:
    """The list as a printed document: its title, then one table (the PDF draws it)."""
    head = [Cell(label, header=True) for label in HEADER]
    grid = [head] + [
        [Cell(str(value), value if isinstance(value, int) else None) for value in row.cells()]
        for row in rows
    ]
    table = Table.from_grid(grid, widths=PDF_WIDTHS)
    sections = (
        Section("title", title, (), layout="title"),
        Section("summary", TITLE, (table,), layout="bare"),
    )
    return Document(key="summary", title=title, sections=sections, kind="summary")


SUMMARY_FORMATS = ("xlsx", "csv", "pdf")


def render_summary(
    reports: Iterable[Report],
    fmt: str,
    *,
    year: int | None = None,
    ministry: str | None = None,
) -> bytes:
    """The whole 評価結果一覧 as ``fmt`` (one of :data:`SUMMARY_FORMATS`), for a caller to write."""
    rows = summary_rows(reports, year=year, ministry=ministry)
    title = summary_title(year, ministry, _years(rows))
    if fmt == "csv":
        return summary_csv(rows)
    if fmt == "xlsx":
        return summary_xlsx(rows, title)
    if fmt == "pdf":
        from models.publish.pdf import render

        return render(summary_document(rows, title))
    raise ValueError(f"unknown summary format {fmt!r} (known: {', '.join(SUMMARY_FORMATS)})")


def _years(rows: Sequence[SummaryRow]) -> list[int]:
    return [row.fiscal_year for row in rows if row.fiscal_year is not None]
