"""（注） under the budget table: add, edit and remove note lines, each with an undo.

The layer of :class:`tui.screens.budget.BudgetScreen` that edits its notes.
"""

from __future__ import annotations

from collections.abc import Callable

from models.i18n import tr
from models.report.labels import label
from tui.screens.base import ReportScreen
from tui.widgets.budget_grid import NotesGrid
from tui.widgets.cell_editor import CellEditor, CellTarget
from tui.widgets.edit_grid import EditGrid


def note_text(text: str) -> str:
    note = text.strip()
    if not note:
        raise ValueError(tr("注記が空です（削除は x）", "the note is empty (x removes a note)"))
    return note


class BudgetNotes(ReportScreen):
    """The notes under the budget table; the grid being edited is ``grid_in_edit``."""

    grid_in_edit: type[EditGrid]

    def _open_note(self, title: str, text: str, commit: Callable[[str], None]) -> None:
        self.grid_in_edit = NotesGrid
        self.query_one(CellEditor).open(CellTarget(title, text, note_text, commit))

    def edit_note(self) -> None:
        assert self.report is not None
        i = self.query_one(NotesGrid).cursor_row
        shown = self.report.budget.notes[i]

        def commit(note: str) -> None:
            if note != shown:
                self.save_value(f"budget.notes[{i}]", note, expected=shown)

        self._open_note(f"{label('budget_notes')} {i + 1}", shown, commit)

    def add_note(self) -> None:
        assert self.report is not None
        pos = self.query_one(NotesGrid).cursor_row + 1 if self.report.budget.notes else 0

        def commit(note: str) -> None:
            self.insert_item("budget.notes", note, pos)
            self.query_one(NotesGrid).want_row = pos

        self._open_note(tr("新しい注記", "New note"), "", commit)

    def remove_note(self) -> None:
        assert self.report is not None
        i = self.query_one(NotesGrid).cursor_row
        old = self.report.budget.notes[i]

        question = tr("注記 {n} を削除しますか？", "Remove note {n}?", n=i + 1)
        self.confirm_remove(question, "budget.notes", i, old)
