"""F2: the report's header sections as a form, from 政策名 to 使用した資料.

Short fields save on enter or on leaving them, long texts after a pause in typing, lists
(中間アウトカム, 内閣の重要政策, 作成責任者名) through a row editor. Every save is undoable.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Container, VerticalScroll
from textual.widgets import Header, Static

from models.report import paths as fieldpath
from models.report.labels import label
from models.report.model import CabinetPolicy, Report, Responsible
from tui.editing.parsers import (
    parse_day,
    parse_fy,
    parse_month,
    parse_number,
    parse_required,
    parse_text,
    show_day,
    show_fy,
    show_month,
    show_text,
)
from tui.screens.row_editing import RowEditing
from tui.widgets.field import Field, FieldInput, FieldText
from tui.widgets.fitted_footer import FittedFooter
from tui.widgets.row_list import Column, ListSpec, RowList

WIDE = 110  # from this many columns the short fields sit two to a row

OUTCOMES = ListSpec(
    "report.intermediate_outcomes",
    label("intermediate_outcomes"),
    [Column("text", label("intermediate_outcomes"), parse_text, show_text, multiline=True)],
    make=lambda v: v["text"],
    split=lambda s: {"text": s},
    required="text",
)
CABINET = ListSpec(
    "cabinet_policies",
    label("cabinet_policies"),
    [
        Column("name", label("cabinet_name"), parse_text, show_text),
        Column("date", label("cabinet_date"), parse_day, show_day),
        Column("excerpt", label("cabinet_excerpt"), parse_text, show_text, multiline=True),
    ],
    make=lambda v: CabinetPolicy(**v),
    split=lambda c: {"name": c.name, "date": c.date, "excerpt": c.excerpt},
    required="name",
)
RESPONSIBLE = ListSpec(
    "report.responsible",
    label("responsible"),
    [
        Column("title", label("responsible_title"), parse_text, show_text),
        Column("name", label("responsible_name"), parse_text, show_text),
    ],
    make=lambda v: Responsible(**v),
    split=lambda r: {"title": r.title, "name": r.name},
    required="name",
)


def _short(name: str, **kw: object) -> FieldInput:
    return FieldInput(f"report.{name}", label(name), id=f"f-{name}", **kw)  # type: ignore[arg-type]


def _long(name: str) -> FieldText:
    return FieldText(f"report.{name}", label(name), id=f"f-{name}")


class HeaderScreen(RowEditing):
    SCREEN_NAME = "report"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    # straight into the first field: a focused (then blurred) form container would restyle
    # all of its fields twice
    AUTO_FOCUS = "#f-policy_name Input"

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="header-form"):
            with Container(id="short-fields"):
                yield _short("policy_name", parse=parse_required)
                yield _short("policy_number", parse=parse_number)
                yield _short("field")
                yield _short("ministry")
                yield _short("document_id")
                yield FieldInput("report.title", label("document_title"), id="f-title")
                yield _short("evaluated_fiscal_year", parse=parse_fy, show=show_fy)
                yield _short("evaluation_month", parse=parse_month, show=show_month)
            yield _long("overview")
            yield Static(Text(label("basic_goal")), classes="section-title")
            yield _long("final_outcome")
            yield RowList(OUTCOMES, id="l-outcomes")
            yield RowList(CABINET, id="l-cabinet")
            yield _short("bureau")
            yield RowList(RESPONSIBLE, id="l-responsible")
            yield _long("expert_knowledge")
            yield _long("materials")
        yield FittedFooter()

    def show_report(self, report: Report) -> None:
        from tui.screens.doubts import field_doubt, open_doubts

        doubts = {f.place: field_doubt(f) for f in open_doubts(report, self.imported)}
        for field in self.query(Field):
            field.set_value(fieldpath.get(report, field.path))
            field.show_doubt(doubts.get(field.path, ""))
        for rows in self.query(RowList):
            rows.set_items(fieldpath.list_at(report, rows.spec.path))
