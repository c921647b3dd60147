"""One form being read: the grid, its labels, the report taking shape and each value's origin.

The parts of the reader (heading, budget, cabinet, indicators, closing) share a
:class:`Reading`: they find labels in it, take cells (so that what nobody took can be reported
as unplaced) and :meth:`Reading.put` each value with the cells it came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from models.foreign.grid import Grid, GridCell
from models.foreign.vocabulary import Match, Vocabulary, fold
from models.i18n import tr
from models.printed.profiles import load_profile, profile_names
from models.report.model import Report
from models.report.provenance import Provenance


class Reading:
    def __init__(self, grid: Grid, vocab: Vocabulary) -> None:
        self.grid = grid
        self.vocab = vocab
        self.report = Report(key="imported")
        self.records: dict[str, Provenance] = {}
        self.used: set[int] = set()
        self.labels: dict[int, Match] = {}
        self.footnotes = footnotes()
        self.objective_rows: list[tuple[int, int, int]] = []  # 施策目標: index, first, last row
        for cell in grid:
            found = vocab.exact(cell.text) if not cell.blank and cell.number is None else None
            if found is not None:
                self.labels[cell.index] = found

    def is_furniture(self, cell: GridCell) -> bool:
        """A footnote of the form (※１…※４ of any profile): printed on every form, no value."""
        return fold(cell.text) in self.footnotes

    # ---- labels
    def label(self, cell: GridCell) -> Match | None:
        return self.labels.get(cell.index)

    def find(self, name: str) -> list[GridCell]:
        """Cells that are the label ``name`` (whole), in reading order."""
        return [c for c in self.grid if (m := self.labels.get(c.index)) and m.name == name]

    def first(self, name: str) -> GridCell | None:
        found = self.find(name)
        return found[0] if found else None

    def label_cells(self) -> list[GridCell]:
        return [c for c in self.grid if c.index in self.labels]

    # ---- taking cells
    def take(self, cells: Iterable[GridCell]) -> None:
        self.used.update(c.index for c in cells)

    def put(
        self,
        path: str,
        value: Any,
        cells: Sequence[GridCell],
        *,
        sure: bool = True,
        reason: str = "",
        parsed: bool = False,
    ) -> None:
        """Record where ``path``'s value came from (the value itself is set by the caller).
        A text from a cell whose line breaks were guessed (a PDF's) is a guess too, unless it
        was ``parsed`` into a value of its own (a date, a unit, a mark), which a join does not
        change."""
        self.take(cells)
        sources = list(dict.fromkeys(c.source for c in cells))
        if isinstance(value, str) and not parsed and any(c.joined for c in cells):
            joined = tr(
                "PDF の改行を推測でつなぎました", "line breaks of the PDF were joined by guess"
            )
            sure, reason = False, "；".join(r for r in (reason, joined) if r)
        self.records[path] = Provenance(path, "、".join(sources), sure, reason, value)


def footnotes() -> frozenset[str]:
    """Every profile's footnotes, folded (note marks fold away, so 「※１」 alone is "")."""
    out: set[str] = {""}
    for name in profile_names():
        for _mark, text in load_profile(name).notes:
            out.add(fold(text))
    return frozenset(out)


# Labels that open a part of the form: the text beside (or under) another label stops at them.
TOP = frozenset(
    {
        "policy_name",
        "field",
        "overview",
        "basic_goal",
        "budget",
        "cabinet_policies",
        "means",
        "verdict",
        "analysis",
        "next_steps",
        "expert_knowledge",
        "materials",
        "bureau",
        "responsible",
        "evaluation_month",
        "evaluation_group",
    }
)
# Labels that head a table: the text under a label stops at them too.
HEADS = frozenset({"category_column", "cabinet_name", "objective", "indicator_header"})


class Content:
    """The cells that hold a label's value: beside it on its rows, else under it."""

    def __init__(self, rd: Reading) -> None:
        self.rd = rd
        self.inline: dict[int, Match] = {}
        for cell in rd.grid:
            if cell.index in rd.labels or cell.blank or cell.number is not None:
                continue
            found = rd.vocab.leading(cell.text)
            if found is not None:
                self.inline[cell.index] = found

    def opens(self, cell: GridCell) -> str:
        """The name of the part ``cell`` opens (a whole label or a label with its value), or ""."""
        m = self.rd.labels.get(cell.index) or self.inline.get(cell.index)
        if m is None:
            return ""
        return m.name if m.name in TOP or (m.name in HEADS and cell.index in self.rd.labels) else ""

    def starts(self, name: str) -> list[GridCell]:
        """Cells that open the part ``name``: the label alone or with its value inline."""
        return [c for c in self.rd.grid if self.opens(c) == name]

    def of(self, label: GridCell) -> list[GridCell]:
        """The value cells of ``label`` (its inline rest is :meth:`rest`)."""
        stops = [c for c in self.rd.grid if self.opens(c)]
        beside = self.rd.grid.right_of(label, stop=stops)
        if any(not c.blank for c in beside) or self.rest(label):
            return beside + self._continued(label, stops)
        under: list[GridCell] = []
        for row in range(label.last_row + 1, self.rd.grid.last_row + 1):
            cells = list(self.rd.grid.starting_in(row, row))
            if any(self.opens(c) or (self.rd.is_furniture(c) and not c.blank) for c in cells):
                break
            under += cells
        return under

    def _continued(self, label: GridCell, stops: list[GridCell]) -> list[GridCell]:
        """Rows that go on with a label's part: each starts with an empty cell right under the
        label (a label a page break cut leaves its lower part empty)."""
        out: list[GridCell] = []
        below = label
        while True:
            under = [
                c
                for c in self.rd.grid.starting_in(below.last_row + 1, below.last_row + 1)
                if c.col == label.col and c.last_col == label.last_col
            ]
            if not under or not under[0].blank:
                return out
            below = under[0]
            more = self.rd.grid.right_of(below, stop=stops)
            if not any(not c.blank for c in more):
                return out
            out += [below, *more]

    def rest(self, label: GridCell) -> str:
        m = self.inline.get(label.index)
        return m.rest if m else ""

    def lines(self, label: GridCell) -> tuple[list[str], list[GridCell]]:
        """The value as lines (each cell's text, the inline rest first) and its cells;
        blank lines inside kept, those around dropped."""
        cells = self.of(label)
        lines = ([self.rest(label)] if self.rest(label) else []) + [c.text for c in cells]
        out = "\n".join(lines).split("\n")
        while out and not out[0].strip():
            out.pop(0)
        while out and not out[-1].strip():
            out.pop()
        return out, [label, *cells]
