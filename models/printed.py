"""The report laid out as the printed form prints it: sections of plain strings, in form order.

Pure text, no rendering library: the TUI's preview draws these blocks, and a command line could
print them. Wording comes from :func:`models.labels.form_label` (the form's own, whatever the
interface language); years, dates and numbers are rendered by :mod:`models.eras` and
:mod:`models.numbers`. Blank values stay blank.
"""

from __future__ import annotations

from models.eras import date_long, fiscal_year_label, form_digits, month_label
from models.labels import form_label as L
from models.numbers import render_number
from models.printed_blocks import Block, Section, Table
from models.printed_indicators import indicator_blocks
from models.report import Report

__all__ = ["Block", "Section", "Table", "printed_sections"]


def _lines(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n")) if text else ()


def _heading(report: Report) -> Section:
    title = report.title
    if not title and report.evaluated_fiscal_year is not None:
        year = fiscal_year_label(report.evaluated_fiscal_year)
        title = f"{L('title')}（{year}{L('implemented_policy')}）"
    lines = [title or L("title")]
    if report.document_id:
        lines.append(f"（{report.document_id}）")
    return Section("title", lines[0], tuple(lines[1:]))


def _policy(report: Report) -> Section:
    number = "" if report.policy_number is None else form_digits(report.policy_number) + "："
    name = f"{L('policy_prefix')}{number}{report.policy_name}" if number else report.policy_name
    blocks: list[Block] = [
        f"{L('field')}　{report.field}",
        L("overview"),
        *_lines(report.overview),
        L("basic_goal"),
        f"{L('final_outcome')}：{report.final_outcome}",
    ]
    for i, outcome in enumerate(report.intermediate_outcomes):
        head = L("intermediate_outcomes") + "：" if i == 0 else "　　"
        blocks.append(f"{head}・{outcome}")
    return Section("policy", f"{L('policy_name')}　{name}", tuple(blocks))


_BUDGET_ROWS = ("initial", "supplementary", "carryover", "total", "executed")


def _budget(report: Report) -> Section:
    budget = report.budget
    header = (L("category_column"), *(fiscal_year_label(y.fiscal_year) for y in budget.years))
    rows = tuple(
        (L(row), *(render_number(getattr(y, row)) for y in budget.years)) for row in _BUDGET_ROWS
    )
    blocks: list[Block] = [Table(header, rows)]
    for i, note in enumerate(budget.notes):
        blocks.append(f"{L('budget_notes') if i == 0 else '　　　'}{note}")
    unit = f"（{budget.unit}）" if budget.unit else ""
    return Section("budget", L("budget") + unit, tuple(blocks))


def _cabinet(report: Report) -> Section:
    header = (L("cabinet_name"), L("cabinet_date"), L("cabinet_excerpt"))
    rows = tuple(
        (p.name, "" if p.date is None else date_long(p.date), p.excerpt)
        for p in report.cabinet_policies
    )
    return Section("cabinet", L("cabinet_policies"), (Table(header, rows),))


def _verdict(report: Report) -> Section:
    v = report.verdict
    blocks = (f"{L('verdict_note')}　{v.category}", L("rationale"), *_lines(v.rationale))
    return Section("verdict", L("verdict"), blocks)


def _next_steps(report: Report) -> Section:
    n = report.next_steps
    year = ""
    if n.budget_request_fiscal_year is not None:
        year = fiscal_year_label(n.budget_request_fiscal_year)
    blocks = (
        L("measures"),
        *_lines(n.measures),
        L("budget_request"),
        f"（{year}{L('budget_request_view')}）",
        f"　　{n.budget_request}",
        year + L("budget_reflection"),
        *_lines(n.budget_reflection),
        L("institutional_reflection"),
        *_lines(n.institutional_reflection),
    )
    return Section("next_steps", L("next_steps"), blocks)


def _closing(report: Report) -> list[Section]:
    people = tuple(f"{p.title}　{p.name}".strip("　") for p in report.responsible)
    month = month_label(report.evaluation_month) if report.evaluation_month else ""
    parts = [
        ("expert_knowledge", _lines(report.expert_knowledge)),
        ("materials", _lines(report.materials)),
        ("bureau", _lines(report.bureau)),
        ("responsible", people),
        ("evaluation_month", (month,) if month else ()),
    ]
    return [Section(name, L(name), blocks) for name, blocks in parts]


def printed_sections(report: Report) -> list[Section]:
    """Every section of the form, in printed order (empty sections included, as on paper)."""
    indicators = Section("indicators", L("indicator"), indicator_blocks(report))
    return [
        _heading(report),
        _policy(report),
        _budget(report),
        _cabinet(report),
        indicators,
        _verdict(report),
        Section("analysis", L("analysis"), _lines(report.verdict.analysis)),
        _next_steps(report),
        *_closing(report),
    ]
