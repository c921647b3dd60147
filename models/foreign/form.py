"""The 別紙２ read from a grid: the parts of the form in turn, then what nobody placed.

:func:`read_grid` gives a :class:`FormImport`: the report, one :class:`Provenance` per value
(and one per piece of text hyoka could not place, at ``unplaced[N]``), and the report's key
when its 評価書番号 has the usual shape. A grid in which fewer than :data:`ENOUGH` of the form's
labels are found is not a 別紙２: :class:`NotAForm` says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from models.foreign.budget import read_budget
from models.foreign.cabinet import read_cabinet
from models.foreign.closing import read_closing
from models.foreign.grid import Grid, GridCell
from models.foreign.heading import read_heading
from models.foreign.indicators import read_indicators
from models.foreign.keys import key_from_document_id
from models.foreign.means import read_means
from models.foreign.reading import TOP, Content, Reading
from models.foreign.vocabulary import Vocabulary
from models.i18n import tr
from models.report import paths
from models.report.history import encode
from models.report.model import Report
from models.report.provenance import Provenance, unplaced_place

ENOUGH = 3  # distinct labels of the form's parts (政策名, 政策の概要, 担当部局課室名 …)


class NotAForm(ValueError):
    """The file holds no 別紙２ (too few of its labels)."""


@dataclass
class FormImport:
    """A report read from a foreign form, with where each value came from."""

    report: Report
    provenance: list[Provenance] = field(default_factory=list)
    key: str | None = None  # from the 評価書番号, when it has the usual shape
    labels: int = 0  # distinct labels recognised

    @property
    def doubtful(self) -> list[Provenance]:
        return [p for p in self.provenance if p.open]


def read_grid(grid: Grid, vocab: Vocabulary) -> FormImport:
    rd = Reading(grid, vocab)
    content = Content(rd)
    names = {m.name for m in rd.labels.values() if m.name in TOP}
    names |= {m.name for m in content.inline.values() if m.name in TOP}
    if len(names) < ENOUGH:
        if not names:
            raise NotAForm(
                tr(
                    "別紙２の様式ではありません（様式の見出し（政策名、政策の概要、"
                    "担当部局課室名など）が一つもありません）",
                    "not a 別紙２ form: none of its labels (政策名, 政策の概要, 担当部局課室名 …) "
                    "was found",
                )
            )
        raise NotAForm(
            tr(
                "別紙２の様式として読めません（様式の見出しが {n} 個しか見つかりません: {found}）",
                "not a 別紙２ form: only {n} of its labels were found ({found})",
                n=len(names),
                found="、".join(sorted(names)),
            )
        )
    read_heading(rd, content)
    read_budget(rd, content)
    read_cabinet(rd, content)
    read_indicators(rd, content)
    read_means(rd, content)
    read_closing(rd, content)
    provenance = [_as_stored(rd.report, p) for p in rd.records.values()]
    for n, cell in enumerate(_unplaced(rd)):
        provenance.append(
            Provenance(
                unplaced_place(n),
                cell.source,
                False,
                tr("置き場所のない記載", "text with no place in hyoka"),
                cell.text,
            )
        )
    key = key_from_document_id(rd.report.document_id) if rd.report.document_id else None
    return FormImport(rd.report, provenance, key, len(names))


def _as_stored(report: Report, record: Provenance) -> Provenance:
    """The record with the value its path holds in the report, as the store keeps it (JSON
    plain): what ``hyoka check`` compares the field with to know whether it was edited."""
    try:
        value = paths.get(report, record.path)
    except (paths.PathError, ValueError):
        return record
    text = encode(value)
    return replace(record, value=None if text is None else json.loads(text))


def _unplaced(rd: Reading) -> list[GridCell]:
    return [
        cell
        for cell in rd.grid
        if not (cell.blank or cell.index in rd.used or cell.index in rd.labels)
        and not rd.is_furniture(cell)
    ]
