"""施策手段: a table under its headings (施策手段, 行政事業レビュー事業番号, 関連する測定指標,
施策手段の概要), or a label with the means' names beside it, one a line. The means go to the
施策目標 above them (to the last one read, when the form does not say)."""

from __future__ import annotations

import re
import unicodedata

from models.foreign.grid import GridCell
from models.foreign.reading import Content, Reading
from models.foreign.values import is_blank_mark
from models.i18n import tr
from models.report.model import Means, Objective

_HEADS = ("review_number", "means_indicators", "means_summary")
_NUMBERS = re.compile(r"[①-⑳㉑-㉟㊱-㊿]|[0-9０-９]+")


def _under(cell: GridCell, head: GridCell) -> bool:
    return cell.col <= head.last_col and cell.last_col >= head.col


def read_means(rd: Reading, content: Content) -> None:
    for label in content.starts("means"):
        beside = [
            c
            for c in rd.grid.band(label.row, label.last_row)
            if c.row >= label.row and c.col > label.last_col
        ]
        heads = {m.name: c for c in beside if (m := rd.label(c)) is not None and m.name in _HEADS}
        if heads:
            _table(rd, content, label, heads)
        else:
            _listed(rd, content, label)


def _objective_for(rd: Reading, row: int) -> tuple[int, Objective]:
    """The 施策目標 a means listed at ``row`` serves: the last one read above it."""
    if not rd.report.objectives:
        rd.report.objectives.append(Objective())
    above = [index for index, first, _ in rd.objective_rows if first <= row]
    index = above[-1] if above else len(rd.report.objectives) - 1
    return index, rd.report.objectives[index]


def _listed(rd: Reading, content: Content, label: GridCell) -> None:
    lines, cells = content.lines(label)
    names = [line.strip() for line in lines if line.strip() and not is_blank_mark(line)]
    if not names:
        rd.take(cells)
        return
    index, objective = _objective_for(rd, label.row)
    sure = len(rd.report.objectives) == 1 or bool(rd.objective_rows)
    reason = (
        ""
        if sure
        else tr(
            "どの施策目標の施策手段か書かれていないため、直前の施策目標としました",
            "the form does not say which objective the means serve: the one above was taken",
        )
    )
    for name in names:
        n = len(objective.means)
        objective.means.append(Means(name=name))
        rd.put(f"objectives[{index}].means[{n}].name", name, cells, sure=sure, reason=reason)


def _table(rd: Reading, content: Content, label: GridCell, heads: dict[str, GridCell]) -> None:
    rd.take([label, *heads.values()])
    index, objective = _objective_for(rd, label.row)
    for cell in rd.grid.starting_in(label.last_row + 1, rd.grid.last_row):
        if content.opens(cell):
            break
        if not _under(cell, label) or cell.blank or cell.index in rd.labels:
            continue
        row = [c for c in rd.grid.band(cell.row, cell.last_row) if c.row >= cell.row]
        n = len(objective.means)
        means = Means(name=cell.text.strip())
        place = f"objectives[{index}].means[{n}]"
        rd.put(place + ".name", means.name, [cell])
        for name, head in heads.items():
            got = next((c for c in row if _under(c, head) and not c.blank), None)
            if got is None:
                continue
            if name == "review_number":
                means.review_number = got.text.strip()
                rd.put(place + ".review_number", means.review_number, [got])
            elif name == "means_summary":
                means.summary = got.text.strip()
                rd.put(place + ".summary", means.summary, [got])
            else:
                means.indicator_numbers = _numbers(got.text)
                rd.put(place + ".indicator_numbers", means.indicator_numbers, [got])
        rd.take(row)
        objective.means.append(means)


def _numbers(text: str) -> list[int]:
    """The indicator numbers of 「２（イ）、①（－）」: [2, 1] (the marks in brackets left out)."""
    bare = re.sub(r"[（(][^（()）]*[)）]", "", text)
    return [int(unicodedata.normalize("NFKC", t)) for t in _NUMBERS.findall(bare)]
