"""Adding, editing, removing and moving rows of a report's lists, each undoable with ctrl+z.

Mixed into a report screen that holds :class:`RowList` widgets; the lists ask, this saves.
"""

from __future__ import annotations

from typing import Any

from models.i18n import tr
from models.report.places import form_number, place_label
from tui.editing.undo import Edit
from tui.notices import tell
from tui.screens.base import ReportScreen
from tui.widgets.row_list import RowList


class RowEditing(ReportScreen):
    def on_row_list_requested(self, event: RowList.Requested) -> None:
        event.stop()
        rows, row = event.rows, event.row
        if event.what == "add":
            self._edit_row(rows, None)
        elif not rows.items:
            return
        elif event.what == "edit":
            self._edit_row(rows, row)
        elif event.what == "remove":
            self._remove(rows, row)
        else:
            self._move(rows, row, row - 1 if event.what == "up" else row + 1)

    def _edit_row(self, rows: RowList, row: int | None) -> None:
        from tui.dialogs.row_edit import RowEditScreen

        spec = rows.spec
        old = None if row is None else rows.items[row]
        title = tr(
            "{list}: {n}行目",
            "{list}: row {n}",
            list=spec.label,
            n=form_number((len(rows.items) if row is None else row) + 1),
        )

        def done(values: dict[str, Any] | None) -> None:
            if values is None:
                return
            item = spec.make(values)
            if row is not None:
                if item != old:
                    self.save_value(f"{spec.path}[{row}]", item, expected=old)
                return
            at = rows.cursor_row() + 1 if rows.items else 0
            rows.pending_cursor = at
            self.insert_item(spec.path, item, at)

        values = {} if old is None else spec.split(old)
        self.app.push_screen(RowEditScreen(spec, values, title), done)

    def _remove(self, rows: RowList, row: int) -> None:
        spec, old = rows.spec, rows.items[row]
        self.remove_item(spec.path, row, old)
        tell(
            self,
            tr(
                "{list} の{n}行目を削除しました（ctrl+z で元に戻す）",
                "Removed row {n} of {list} (ctrl+z undoes)",
                list=spec.label,
                n=form_number(row + 1),
            ),
        )

    def _move(self, rows: RowList, row: int, to: int) -> None:
        spec = rows.spec
        if not 0 <= to < len(rows.items):
            return
        rows.pending_cursor = to
        self.save_change(
            lambda store: store.move_item(self.key, spec.path, row, to),
            Edit(
                self.key,
                place_label(f"{spec.path}[{row}]"),
                lambda store: store.move_item(self.key, spec.path, to, row),
            ),
        )
