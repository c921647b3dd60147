"""政策の予算額・執行額等: the unit, a column per fiscal year, the rows 当初予算（a）…執行額 and
the （注） lines, found by their labels wherever the form puts them."""

from __future__ import annotations

from models.foreign.grid import GridCell
from models.foreign.reading import Content, Reading
from models.foreign.values import figure, fiscal_year
from models.report.budget import FIGURES
from models.report.model import BudgetYear
from models.report.paths import budget_place


def _region(rd: Reading, content: Content, label: GridCell) -> tuple[int, int]:
    """The rows of the budget part: those of its label when it spans several, else up to the
    next part's label."""
    if label.last_row > label.row:
        return label.row, label.last_row
    for cell in rd.grid.starting_in(label.last_row + 1, rd.grid.last_row):
        if content.opens(cell) not in ("", "budget", "category_column"):
            return label.row, cell.row - 1
    return label.row, rd.grid.last_row


def read_budget(rd: Reading, content: Content) -> None:
    starts = content.starts("budget")
    rows = [c for name in FIGURES for c in rd.find(name)]
    if not starts and not rows:
        return
    label = starts[0] if starts else rows[0]
    first, last = _region(rd, content, label)
    unit, unit_cells = "", []
    for cell in [label, *rd.grid.band(first, last)]:
        m = rd.label(cell)
        if m is not None and m.unit and not unit:
            unit, unit_cells = m.unit, [cell]
    rd.take([label])
    if unit:
        rd.report.budget.unit = unit
        rd.put("budget.unit", unit, unit_cells, parsed=True)
    row_labels = {
        m.name: c
        for c in rd.grid.band(first, last)
        if (m := rd.label(c)) is not None and m.name in FIGURES
    }
    heads = _year_heads(rd, first, last, row_labels)
    years: list[BudgetYear] = []
    for fy, head in heads:
        year = BudgetYear(fy)
        rd.put(budget_place(fy), fy, [head])
        for name, row_label in row_labels.items():
            found = _at(rd, row_label, head)
            got = figure(found)
            setattr(year, name, got.value)
            if found is not None and not found.blank:
                rd.put(budget_place(fy, name), got.value, [found], sure=got.sure, reason=got.reason)
        years.append(year)
    rd.take(row_labels.values())
    rd.report.budget.years = years
    _notes(rd, first, last)


def _year_heads(
    rd: Reading, first: int, last: int, row_labels: dict[str, GridCell]
) -> list[tuple[int, GridCell]]:
    """The fiscal-year headings over the figures: the row above the first row label that
    names fiscal years, in column order."""
    top = min((c.row for c in row_labels.values()), default=last + 1)
    best: list[tuple[int, GridCell]] = []
    for row in range(first, top):
        found = []
        for cell in rd.grid.starting_in(row, row):
            fy = fiscal_year(cell.text) if cell.number is None else None
            if fy is not None and fy.value is not None:
                found.append((fy.value, cell))
        if found:
            best = found
    return sorted(best, key=lambda pair: pair[1].col)


def _at(rd: Reading, row_label: GridCell, head: GridCell) -> GridCell | None:
    """The cell on ``row_label``'s rows under ``head``'s columns."""
    for cell in rd.grid.band(row_label.row, row_label.last_row):
        if cell.row < row_label.row or cell.index in rd.labels:
            continue
        if cell.col <= head.last_col and cell.last_col >= head.col and cell.col > row_label.col:
            return cell
    return None


def _notes(rd: Reading, first: int, last: int) -> None:
    """（注） lines: a cell that starts with （注）, or the text beside a （注） label."""
    for cell in rd.grid.band(first, last + 1):
        m = rd.label(cell)
        text = ""
        cells = [cell]
        if m is not None and m.name == "budget_notes":
            beside = [c for c in rd.grid.right_of(cell) if not c.blank]
            if beside:
                text, cells = beside[0].text, [cell, beside[0]]
        elif m is None and cell.text.lstrip().startswith(("（注）", "(注)")):
            text = cell.text.lstrip()[3:]
        if not text.strip():
            continue
        notes = [line.strip() for line in text.split("\n") if line.strip()]
        rd.report.budget.notes = notes
        for i, note in enumerate(notes):
            rd.put(f"budget.notes[{i}]", note, cells)
        return
