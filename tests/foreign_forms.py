"""別紙２ forms as ministries make them by hand, built from a report for the import tests.

Each :class:`Habit` is one ministry's way of filling the form: where the labels stand, which
wording they use (総務省's or the guideline's), the order of the indicator table's columns,
figures as numbers with a △ format or as text, fiscal years as 令和元年度, R1年度 or 2019年度,
dates as 令和３年６月18日 or R3.6.18. :func:`layout` lays a report out in a habit (rows of
cells with their spans); :func:`to_xlsx` and :func:`to_docx` write it as an Excel sheet (merged
cells, wrapped text, row heights, fitted to a page's width, outer borders only) and as one Word
table with merged cells. This code is the test's own: it shares nothing with the reader.

:func:`printed_leaves` and :func:`compare` hold an imported report against the one the form
was made from, field by field, on the fields the form prints.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from models.report.model import Indicator, IndicatorYear, Report
from models.snapshot.codec import report_to_document

_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _digits(n: int) -> str:
    return str(n).translate(_FULL) if 0 <= n <= 9 else str(n)


def _era(year: int) -> tuple[str, str, int]:
    return ("令和", "R", year - 2018) if year >= 2019 else ("平成", "H", year - 1988)


@dataclass(frozen=True)
class Habit:
    name: str
    labels: dict[str, str]
    label_col: int = 0  # first column of the label block
    order: tuple[str, ...] = ("number", "name", "baseline", "target", "row", "years", "mark")
    figures: str = "number"  # "number" (numeric cells, △ format) or "text"
    minus: str = "△"
    years: str = "era"  # "era" 令和元年度, "short" R1年度, "western" 2019年度
    dates: str = "long"  # "long" 令和３年６月18日, "short" R3.6.18
    number_in_name: bool = False  # 「①クラウド導入市区町村数」 in one cell

    def fiscal_year(self, year: int) -> str:
        era, letter, n = _era(year)
        if self.years == "western":
            return f"{year}年度"
        if self.years == "short":
            return f"{letter}{n}年度"
        return f"{era}{'元' if n == 1 else _digits(n)}年度"

    def date(self, d: date) -> str:
        era, letter, n = _era(d.year) if d >= date(2019, 5, 1) else ("平成", "H", d.year - 1988)
        if self.dates == "short":
            return f"{letter}{n}.{d.month}.{d.day}"
        return f"{era}{'元' if n == 1 else _digits(n)}年{_digits(d.month)}月{_digits(d.day)}日"

    def figure(self, value: int | None) -> str | int | None:
        if value is None:
            return None
        if self.figures == "number":
            return value
        text = f"{abs(value):,d}"
        return f"{self.minus}{text}" if value < 0 else text


SOUMU = {
    "policy": "政策（※１）名",
    "prefix": "政策",
    "field": "分野",
    "overview": "政策の概要",
    "goal": "基本目標【達成すべき目標】",
    "budget": "政策の予算額・執行額等",
    "cabinet": "政策に関係する内閣の重要政策（施政方針演説等のうち主なもの）",
    "objective": "施策目標",
    "indicator": "測定指標（数字に○を付した測定指標は、主要な測定指標）",
    "baseline": "基準（値）【年度】",
    "target": "目標（値）【年度】",
    "mark": "達成（※３）",
    "yearly_target": "年度ごとの目標（値）",
    "yearly_actual": "年度ごとの実績（値）又は施策の進捗状況（実績）（※２）",
    "means": "施策手段",
    "verdict": "目標達成度合いの測定結果",
    "analysis": "政策の分析（達成・未達成に関する要因分析）",
    "next": "次期目標等への反映の方向性",
    "expert": "学識経験を有する者の知見等の活用",
    "materials": "政策評価を行う過程において使用した資料、データその他の情報",
    "bureau": "担当部局課室名",
}
GUIDELINE = SOUMU | {
    "policy": "施策名",
    "prefix": "施策",
    "overview": "施策の概要",
    "goal": "達成すべき目標",
    "budget": "施策の予算額・執行額等",
    "cabinet": "施策に関係する内閣の重要政策（施政方針演説等のうち主なもの）",
    "indicator": "測定指標",
    "baseline": "基準値【年度】",
    "target": "目標値【年度】",
    "mark": "達成",
    "yearly_target": "年度ごとの目標値",
    "yearly_actual": "年度ごとの実績値",
    "analysis": "施策の分析（達成・未達成に関する要因分析）",
    "expert": "学識経験を有する者の知見の活用",
    "materials": "政策評価を行う過程において使用した資料その他の情報",
    "bureau": "担当部局名",
}

HABITS = (
    Habit("soumu", SOUMU),
    Habit(
        "guideline-text",
        GUIDELINE,
        label_col=1,
        order=("number", "name", "target", "baseline", "mark", "row", "years"),
        figures="text",
        minus="▲",
        years="short",
        dates="short",
    ),
    Habit(
        "western-years",
        SOUMU,
        label_col=2,
        order=("name", "baseline", "target", "mark", "row", "years"),
        figures="text",
        years="western",
        number_in_name=True,
    ),
)


@dataclass
class Cell:
    col: int
    value: Any
    colspan: int = 1
    rowspan: int = 1
    label: bool = False


@dataclass
class Form:
    rows: list[list[Cell]] = field(default_factory=list)
    columns: int = 0


W = 10  # content columns


def _quantity(value: Any, unit: str, num: Any = None, den: Any = None, approx: bool = False) -> str:
    if value is None:
        return ""
    body = f"{value:,}"
    text = ("約" if approx else "") + body + unit
    if num is not None and den is not None:
        text += f"（{num:,}／{den:,}）"
    return text


def _join(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _year_cell(habit: Habit, ind: Indicator, y: IndicatorYear | None, actual: bool) -> str:
    if y is None:
        return ""
    if not actual:
        return y.target_text or _quantity(y.target, ind.unit)
    text = y.actual_text or _quantity(y.actual, ind.unit, y.numerator, y.denominator)
    as_of = ""
    if y.as_of:
        reiwa = y.as_of >= date(2019, 5, 1)
        letter, n = ("R", y.as_of.year - 2018) if reiwa else ("H", y.as_of.year - 1988)
        as_of = f"（{letter}{n}.{y.as_of.month}.{y.as_of.day}現在）"
    return _join(text, as_of, y.note)


def _tag(habit: Habit, fy: int | None) -> str:
    return "" if fy is None else f"【{habit.fiscal_year(fy)}】"


def layout(report: Report, habit: Habit) -> Form:
    L = habit.label_col
    C = L + 2
    lab = habit.labels
    form = Form(columns=C + W)
    rows = form.rows

    def label(text: str, span: int = 1) -> Cell:
        return Cell(L, text, 2, span, label=True)

    rows.append([Cell(L, report.title, 2 + W)])
    rows.append([Cell(C + W - 3, f"（{report.document_id}）", 3)])
    rows.append(
        [
            label(lab["policy"]),
            Cell(
                C, f"{lab['prefix']}{_digits(report.policy_number or 0)}：{report.policy_name}", 6
            ),
            Cell(C + 6, lab["field"], 1, label=True),
            Cell(C + 7, report.field, 3),
        ]
    )
    rows.append([label(lab["overview"]), Cell(C, report.overview, W)])
    goal = [f"［最終アウトカム］：{report.final_outcome}"]
    for i, item in enumerate(report.intermediate_outcomes):
        goal.append(("［中間アウトカム］：" if i == 0 else "　") + "・" + item)
    rows.append([label(lab["goal"]), Cell(C, "\n".join(goal), W)])
    # budget
    b = report.budget
    span = 1 + 5 + (1 if b.notes else 0)
    rows.append(
        [
            label(f"{lab['budget']}（{b.unit}）", span),
            Cell(C, "区　　分", 2, label=True),
            *(Cell(C + 2 + i, habit.fiscal_year(y.fiscal_year)) for i, y in enumerate(b.years)),
        ]
    )
    names = [
        ("当初予算（a）", "initial"),
        ("補正予算（b）", "supplementary"),
        ("繰越し等（c）", "carryover"),
        ("合計（a＋b＋c）", "total"),
    ]
    for i, (text, attr) in enumerate(names):
        row = [Cell(C, "予算の状況", 1, 4, label=True)] if i == 0 else []
        row.append(Cell(C + 1, text, label=True))
        row += [Cell(C + 2 + j, habit.figure(getattr(y, attr))) for j, y in enumerate(b.years)]
        rows.append(row)
    rows.append(
        [Cell(C, "執行額", 2, label=True)]
        + [Cell(C + 2 + j, habit.figure(y.executed)) for j, y in enumerate(b.years)]
    )
    if b.notes:
        rows.append([Cell(C, "（注）" + "\n".join(b.notes), W)])
    # cabinet
    cps = report.cabinet_policies
    rows.append(
        [
            label(lab["cabinet"], 1 + len(cps)),
            Cell(C, "施政方針演説等の名称", 2, label=True),
            Cell(C + 2, "年月日", 1, label=True),
            Cell(C + 3, "関係部分（抜粋）", W - 3, label=True),
        ]
    )
    for cp in cps:
        rows.append(
            [
                Cell(C, cp.name, 2),
                Cell(C + 2, habit.date(cp.date) if cp.date else ""),
                Cell(C + 3, cp.excerpt, W - 3),
            ]
        )
    for obj in report.objectives:
        _objective(form, report, habit, obj)
        if obj.means:
            rows.append([label(lab["means"]), Cell(C, "\n".join(m.name for m in obj.means), W)])
    v = report.verdict
    rows.append(
        [
            label(lab["verdict"]),
            Cell(C, f"（各行政機関共通区分）　{v.category}\n（判断根拠）\n{v.rationale}", W),
        ]
    )
    rows.append([label(lab["analysis"]), Cell(C, v.analysis, W)])
    n = report.next_steps
    year = habit.fiscal_year(n.budget_request_fiscal_year) if n.budget_request_fiscal_year else ""
    rows.append(
        [
            label(lab["next"], 3),
            Cell(C, f"{n.measures}\n（{year}予算概算要求に向けた考え方）\n　{n.budget_request}", W),
        ]
    )
    rows.append(
        [
            Cell(C, f"{year}予算概算要求への主な反映内容", 3, label=True),
            Cell(C + 3, n.budget_reflection, W - 3),
        ]
    )
    rows.append(
        [
            Cell(C, "税制、法令、組織、定員等への主な反映内容", 3, label=True),
            Cell(C + 3, n.institutional_reflection, W - 3),
        ]
    )
    rows.append([label(lab["expert"]), Cell(C, report.expert_knowledge, W)])
    rows.append([label(lab["materials"]), Cell(C, report.materials, W)])
    people = "\n".join(f"{r.title}　{r.name}" for r in report.responsible)
    rows.append(
        [
            label(lab["bureau"]),
            Cell(C, report.bureau, 5),
            Cell(C + 5, "作成責任者名", 2, label=True),
            Cell(C + 7, people, 3),
        ]
    )
    year_, month = (int(x) for x in report.evaluation_month.split("-"))
    era, _, en = _era(year_)
    rows.append([label("政策評価実施時期"), Cell(C, f"{era}{_digits(en)}年{_digits(month)}月", W)])
    return form


def _objective(form: Form, report: Report, habit: Habit, obj: Any) -> None:
    L, C = habit.label_col, habit.label_col + 2
    lab = habit.labels
    years = sorted({y.fiscal_year for ind in obj.indicators for y in ind.years})
    widths = {
        "number": 1,
        "name": 1,
        "baseline": 1,
        "target": 1,
        "row": 1,
        "mark": 1,
        "years": len(years),
    }
    cols: dict[str, int] = {}
    at = C
    for part in habit.order:
        cols[part] = at
        at += widths[part]
    head = [Cell(L, lab["objective"], 2, label=True)]
    titles = {
        "baseline": lab["baseline"],
        "target": lab["target"],
        "mark": lab["mark"],
        "name": lab["indicator"],
        "row": "",
    }
    for part in habit.order:
        if part == "years":
            head += [Cell(cols["years"] + i, habit.fiscal_year(fy)) for i, fy in enumerate(years)]
        elif part == "number":
            continue
        elif part == "name" and "number" in cols:
            head.append(Cell(cols["number"], titles["name"], 2, label=True))
        else:
            head.append(Cell(cols[part], titles[part], label=bool(titles[part])))
    form.rows.append(head)
    for i, ind in enumerate(obj.indicators):
        number = _circled(ind.number) if ind.main else _digits(ind.number)
        kind = {
            "アウトカム": "＜アウトカム指標＞",
            "アウトプット": "＜アウトプット指標＞",
            "参考": "＜参考指標＞",
        }.get(ind.kind, "")
        name = _join(ind.name, kind, *(f"【{t}】" for t in ind.tags))
        if habit.number_in_name:
            name = number + name
        b, t = ind.baseline, ind.target
        base = _join(
            b.text or _quantity(b.value, ind.unit, b.numerator, b.denominator),
            _tag(habit, b.fiscal_year),
            b.note,
        )
        target = _join(
            t.text or _quantity(t.value, ind.unit, approx=bool(t.approximate)),
            _tag(habit, t.fiscal_year),
            t.note,
        )
        first: list[Cell] = []
        second: list[Cell] = []
        if i == 0:
            first.append(Cell(L, obj.text, 2, 2 * len(obj.indicators)))
        for part in habit.order:
            c = cols[part]
            if part == "number":
                first.append(Cell(c, number, 1, 2))
            elif part == "name":
                first.append(Cell(c, name, 1, 2))
            elif part == "baseline":
                first.append(Cell(c, base, 1, 2))
            elif part == "target":
                first.append(Cell(c, target, 1, 2))
            elif part == "mark":
                first.append(Cell(c, ind.mark, 1, 2))
            elif part == "row":
                first.append(Cell(c, lab["yearly_target"], label=True))
                second.append(Cell(c, lab["yearly_actual"], label=True))
            else:
                for j, fy in enumerate(years):
                    y = ind.year(fy)
                    first.append(Cell(c + j, _year_cell(habit, ind, y, False)))
                    second.append(Cell(c + j, _year_cell(habit, ind, y, True)))
        form.rows += [first, second]


def _circled(n: int) -> str:
    return chr(0x2460 + n - 1) if 1 <= n <= 20 else f"（{n}）"


# ---------------------------------------------------------------- writers
def _lines(text: str, width_chars: float) -> int:
    return sum(max(1, math.ceil(len(line) / max(width_chars, 1))) for line in str(text).split("\n"))


def to_xlsx(form: Form, habit: Habit, sheet: str = "別紙２") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side

    book = Workbook()
    ws = book.active
    ws.title = sheet
    thin = Side(style="thin")
    col_width = 11.0
    fmt = f'#,##0;"{habit.minus} "#,##0'
    heights: dict[int, int] = {}
    for r, row in enumerate(form.rows, 1):
        for cell in row:
            c = cell.col + 1
            target = ws.cell(r, c)
            if isinstance(cell.value, int):
                target.value = cell.value
                target.number_format = fmt
                target.alignment = Alignment(horizontal="right", vertical="top")
            else:
                target.value = cell.value if cell.value else None
                target.alignment = Alignment(wrap_text=True, vertical="top")
            last_r, last_c = r + cell.rowspan - 1, c + cell.colspan - 1
            if (last_r, last_c) != (r, c):
                ws.merge_cells(start_row=r, start_column=c, end_row=last_r, end_column=last_c)
            for rr in range(r, last_r + 1):
                for cc in range(c, last_c + 1):
                    corner = (rr, cc) == (r, c)  # a merged cell's border is its corner's too
                    ws.cell(rr, cc).border = Border(
                        left=thin if cc == c else None,
                        right=thin if cc == last_c or corner else None,
                        top=thin if rr == r else None,
                        bottom=thin if rr == last_r or corner else None,
                    )
            need = _lines(str(cell.value or ""), cell.colspan * col_width / 2.6)
            per_row = math.ceil(need / cell.rowspan)
            for rr in range(r, last_r + 1):
                heights[rr] = max(heights.get(rr, 1), per_row)
    for col in range(1, form.columns + 1):
        ws.column_dimensions[_letter(col)].width = col_width
    for r, lines in heights.items():
        ws.row_dimensions[r].height = lines * 15 + 6
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


def _runs(text: str) -> str:
    from xml.sax.saxutils import escape

    lines = text.split("\n")
    parts = []
    for i, line in enumerate(lines):
        if i:
            parts.append("<w:br/>")
        parts.append(f'<w:t xml:space="preserve">{escape(line)}</w:t>')
    return f"<w:p><w:r>{''.join(parts)}</w:r></w:p>"


def to_docx(form: Form) -> bytes:
    """One Word table over the form's grid: ``w:gridSpan`` across, ``w:vMerge`` down."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Mm, Pt

    word = Document()
    section = word.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(12))
    word.styles["Normal"].font.size = Pt(8)
    width = int(Mm(273) / 635 / form.columns)  # twentieths of a point per column
    starts: dict[tuple[int, int], Cell] = {}
    below: dict[tuple[int, int], Cell] = {}  # positions covered by a cell from a row above
    for r, row in enumerate(form.rows):
        for cell in row:
            starts[(r, cell.col)] = cell
            for rr in range(r + 1, r + cell.rowspan):
                below[(rr, cell.col)] = cell
    rows = []
    for r in range(len(form.rows)):
        tcs = []
        c = 0
        while c < form.columns:
            cell = starts.get((r, c)) or below.get((r, c))
            span = cell.colspan if cell else 1
            pr = f'<w:tcW w:w="{width * span}" w:type="dxa"/>'
            if span > 1:
                pr += f'<w:gridSpan w:val="{span}"/>'
            text = ""
            if cell is not None and (r, c) in starts:
                if cell.rowspan > 1:
                    pr += '<w:vMerge w:val="restart"/>'
                value = cell.value
                if isinstance(value, int):
                    value = f"{value:,d}" if value >= 0 else f"△{abs(value):,d}"
                text = "" if value is None else str(value)
            elif cell is not None:
                pr += "<w:vMerge/>"
            tcs.append(f"<w:tc><w:tcPr>{pr}</w:tcPr>{_runs(text)}</w:tc>")
            c += span
        rows.append(f"<w:tr>{''.join(tcs)}</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(form.columns))
    table = parse_xml(
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )
    body = word.element.body
    body.insert(len(body) - 1, table)  # before the section properties
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- comparing
# Fields the form does not print: they cannot come back from it.
NOT_PRINTED = (
    "direction",
    "bound",
    "cumulative",
    "qualitative",
    "criterion",
    "drop_next",
    "reason",
    "change_reason",
    "predecessor",
    "planned_evaluation",
    "review_number",
    "summary",
    "indicator_numbers",
    "start_fiscal_year",
    "key",
)


def _flatten(value: Any, path: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(v, f"{path}.{k}" if path else k, out)
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        for i, v in enumerate(value):
            _flatten(v, f"{path}[{i}]", out)
    else:
        out[path] = value


def printed_leaves(report: Report, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The report's fields as ``path → value`` (snapshot keys), less what the form does not
    print and ``skip``."""
    doc = report_to_document(report)
    doc.pop("plan", None)
    out: dict[str, Any] = {}
    _flatten(doc, "", out)
    dropped = set(NOT_PRINTED) | set(skip)
    return {k: v for k, v in out.items() if k != "schema" and _name(k) not in dropped}


def _name(path: str) -> str:
    return path.rsplit(".", 1)[-1].split("[")[0]


def compare(
    original: Report, imported: Report, skip: tuple[str, ...] = ()
) -> tuple[int, list[tuple[str, Any, Any]]]:
    """(fields right, [(path, expected, got)] wrong), over the original's printed fields and
    any field the import has that the original lacks."""
    want = printed_leaves(original, skip)
    got = printed_leaves(imported, skip)
    wrong = [
        (k, want.get(k), got.get(k))
        for k in sorted(set(want) | set(got))
        if want.get(k) != got.get(k)
    ]
    return len(set(want) | set(got)) - len(wrong), wrong


def shown(report: Report) -> Report:
    """The report as far as its form shows it: a figure the form's wording does not write
    (a value beside a text without figures, a ratio the text leaves out, the unit of an
    indicator whose every value is prose) cannot come back from the form, so it is cleared.
    A wording that says exactly what the figures say is dropped (hyoka prints it from them)."""
    import copy
    import re

    out = copy.deepcopy(report)
    for ind in out.indicators():
        unit_seen = False
        holders: list[tuple[Any, str, str, str, str]] = [
            (ind.baseline, "text", "value", "numerator", "denominator"),
            (ind.target, "text", "value", "", ""),
        ]
        holders += [(y, "target_text", "target", "", "") for y in ind.years]
        holders += [(y, "actual_text", "actual", "numerator", "denominator") for y in ind.years]
        for holder, text_name, value_name, num, den in holders:
            text = getattr(holder, text_name)
            value = getattr(holder, value_name)
            ratio = (getattr(holder, num), getattr(holder, den)) if num else (None, None)
            approx = getattr(holder, "approximate", None)
            rendered = _quantity(value, ind.unit, *ratio, approx=bool(approx))
            if text and text == rendered:
                setattr(holder, text_name, "")
                text = ""
            if not text:
                unit_seen = unit_seen or value is not None
                continue
            if ind.unit and ind.unit in text:
                unit_seen = True
            if num and "／" not in text:
                setattr(holder, num, None)
                setattr(holder, den, None)
            if value is not None and not re.search(r"\d", text):
                setattr(holder, value_name, None)
        if not unit_seen:
            ind.unit = ""
    return out


def provenance_place(path: str, imported: Report) -> str:
    """The provenance path of the item a snapshot key path lies in (``objectives[0].
    indicators[1].years[2].actual_text`` → ``indicator[2].years[2021]``), or "" when the
    import has no such item."""
    import re

    m = re.match(r"objectives\[(\d+)\]\.indicators\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?", path)
    if m:
        try:
            ind = imported.objectives[int(m.group(1))].indicators[int(m.group(2))]
        except IndexError:
            return ""
        place = f"indicator[{ind.number}]"
        part, index = m.group(3), m.group(4)
        if part == "years" and index is not None:
            years = ind.years
            return (
                f"{place}.years[{years[int(index)].fiscal_year}]"
                if int(index) < len(years)
                else place
            )
        if part in ("baseline", "target", "parts", "tags"):
            return f"{place}.{part}"
        return place
    m = re.match(r"objectives\[(\d+)\]\.means\[(\d+)\]", path)
    if m:
        return f"objectives[{m.group(1)}].means[{m.group(2)}]"
    m = re.match(r"budget\.years\[(\d+)\]", path)
    if m:
        years = imported.budget.years
        i = int(m.group(1))
        return f"budget[{years[i].fiscal_year}]" if i < len(years) else "budget"
    m = re.match(
        r"(cabinet_policies\[\d+\]|objectives\[\d+\]\.text|budget\.notes|budget\.unit)", path
    )
    if m:
        return m.group(1)
    if path.startswith("report."):
        head = path.split(".", 1)[1].split("[")[0]
        return f"report.{head}"
    return path


def uncovered(wrong: list[tuple[str, Any, Any]], imported: Report, records: list[Any]) -> list[str]:
    """The wrong fields no open provenance record (M001, M002) points at."""
    open_paths = [r.path for r in records if r.open]
    has_unplaced = any(r.unplaced for r in records if r.open)
    unplaced = ["".join(str(r.value).split()) for r in records if r.open and r.unplaced]
    out = []
    for path, want, _got in wrong:
        if isinstance(want, str) and any("".join(want.split())[:12] in t for t in unplaced):
            continue  # the text is shown by an M002 finding
        place = provenance_place(path, imported)
        if not place:
            if not has_unplaced:
                out.append(path)
            continue
        if not any(
            p == place
            or p.startswith(place + ".")
            or p.startswith(place + "[")
            or place.startswith(p + ".")
            for p in open_paths
        ):
            out.append(path)
    return out
