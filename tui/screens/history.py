"""The change history of one report: who changed what, when, from what to what.

Newest first, filtered by typing after ``/`` (a place or a user). ``r`` on a ``set`` row
puts that change's old value back: the value recorded as JSON is converted to the field's
type (a date from its ISO text, a row from its object), saved with ``expected`` = the
value now stored, and so recorded as a new change that can itself be undone.

Putting a value back is :mod:`models.services.history_restore`.

The screen dismisses with True when it restored something, so the report screen that
pushed it knows to reload.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Static

from models.i18n import tr
from models.services.history_text import (
    action_label,
    expand,
    old_and_new,
    one_sentence,
    place,
    show_value,
    when,
)
from models.services.history_words import is_text
from tui.app_of import app_of
from tui.background import deliver, refusals
from tui.messages import StoreReady
from tui.notices import tell, tell_error
from tui.screens.navigation import NAVIGATION
from tui.widgets.fitted_footer import FittedFooter

if TYPE_CHECKING:
    from models.report.history import Change
    from models.store.store import Store
    from tui.editing.undo import Edit


# ---------------------------------------------------------------- the detail of one change
def describe(change: Change, limit: int) -> Text:
    """Place, old and new of ``change`` (values of at most ``limit`` characters each): two
    texts with what changed underlined; figures, years, dates and rows in the form's words."""
    shown = Text(place(change), style="bold")
    sides = (tr("変更前", "Old"), tr("変更後", "New"))
    old, new = change.old, change.new
    texts = isinstance(old, str) and isinstance(new, str) and old and new
    if change.action == "set" and texts and is_text(change.path):
        from models.text.diff import changes, clip

        marks = ("bold underline red", "bold underline green")
        for name, pieces, mark in zip(sides, changes(old, new, context=12), marks, strict=True):
            shown.append(f"\n{name}: ")
            for piece in clip(pieces, limit):
                text = show_value("set", piece.text, None) if piece.text else ""
                shown.append(text, style=mark if piece.changed else "")
        return shown
    before, after = old_and_new(change, limit)
    if one_sentence(change):  # a row added or removed, the plan fixed
        shown.append(f"\n{after}")
        return shown
    for name, value in zip(sides, (before, after), strict=True):
        shown.append(f"\n{name}: {value or show_value('', None)}")
    return shown


def value_limit(width: int, fixed: Sequence[tuple[str, ...]]) -> int:
    """How many characters 変更前 and 変更後 each show on a screen ``width`` wide, the other
    columns (``fixed``: their cells on each row) taking what they need: half of the room left
    to each, counted in full-width characters, never below 24 (the table then scrolls)."""
    needs = [max((cell_len(row[i]) for row in fixed), default=4) for i in range(4)]
    padding = 2 * 6 + 2  # a cell's padding on both sides, the table's scroll bar
    room = width - sum(needs) - padding
    return max(24, room // 2 // 2)


def _context(change: Change, limit: int) -> int:
    """Characters of the text around a change that fill values of ``limit`` characters."""
    from models.text.diff import fitting_context

    old, new = change.old, change.new
    if isinstance(old, str) and isinstance(new, str):
        return fitting_context(old, new, limit)
    return 8


# ---------------------------------------------------------------- the screen
class HistoryScreen(Screen[bool]):
    # Below 20 rows the filter is one line and the detail at most three, so that the table
    # keeps rows to show (at 40×12 it had none, under 「2 / 2 件」).
    DEFAULT_CSS = """
    HistoryScreen #history { height: 1fr; min-height: 3; }
    HistoryScreen #detail { height: auto; max-height: 6; padding: 0 1; border-top: solid $primary; }
    HistoryScreen.-short #detail { max-height: 4; }
    HistoryScreen.-short #filter { height: 1; border: none; padding: 0 1; }
    """
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]
    BINDINGS = [
        Binding("escape", "back", tr("戻る", "Back"), id="history.back"),
        Binding("r", "restore", tr("変更前に戻す", "Restore old"), id="history.restore"),
        Binding("slash", "focus_filter", tr("絞り込み", "Filter"), id="history.filter"),
        # as on every screen of a report: F2–F6 and F8 leave the history for that screen
        *(
            Binding(fkey, f"goto('{name}')", tr(*words), id=f"history.{name}", show=False)
            for name, fkey, _, words in NAVIGATION
        ),
        Binding("ctrl+z", "undo", tr("元に戻す", "Undo"), id="history.undo", show=False),
    ]

    def __init__(self, key: str):
        super().__init__()
        self.key = key
        self.changes: list[tuple[Change, list[Change]]] = []  # each with the rows it shows
        self.rows: dict[str, Change] = {}  # a table row's key → the change it shows
        self.restored = False
        self.then: str | None = None  # the report's screen to go on to when closed (F2…)

    @property
    def store(self) -> Store | None:
        return self.app.store  # type: ignore[attr-defined,no-any-return]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder=tr("絞り込み（場所・利用者）", "Filter (place, user)"), id="filter")
        yield DataTable(id="history", cursor_type="row", zebra_stripes=True)
        yield Static(id="detail")
        yield Static(tr("読み込み中…", "Loading…"), id="status")
        yield FittedFooter()

    def on_mount(self) -> None:
        self.title = tr("変更履歴", "History")
        self.sub_title = self.key
        table = self.query_one(DataTable)
        table.add_columns(
            tr("日時", "When"),
            tr("利用者", "User"),
            tr("操作", "Action"),
            tr("場所", "Place"),
            tr("変更前", "Old"),
            tr("変更後", "New"),
        )
        table.focus()
        if self.store is not None:
            self.load()

    def on_store_ready(self, _message: StoreReady) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="history")
    def load(self) -> None:
        store = self.store
        assert store is not None

        def job() -> list[tuple[Change, list[Change]]]:
            # newest first; a replacement read into its fields here, off the UI thread
            return [(c, expand(c)) for c in reversed(store.history(self.key))]

        deliver(self, job, self._show)

    def _show(self, changes: list[tuple[Change, list[Change]]]) -> None:
        self.changes = changes
        self._fill(self.query_one("#filter", Input).value)

    def _fill(self, needle: str) -> None:
        table = self.query_one(DataTable)
        table.clear()
        needle = needle.strip().lower()
        self.rows = {}
        chosen = [
            (f"{change.id}.{i}", change, one, place(one))
            for change, shown in self.changes
            for i, one in enumerate(shown)  # a replacement: the fields it changed
            if not needle or needle in f"{place(one)} {one.path} {one.user}".lower()
        ]
        fixed = [
            (when(one)[:16], show_value("", one.user, 12), action_label(change.action), where)
            for _, change, one, where in chosen
        ]
        limit = value_limit(self.app.size.width, fixed)
        for (key, _change, one, _where), cells in zip(chosen, fixed, strict=True):
            old = new = ""
            if one.action == "move":
                old, new = str(one.old), str(one.new)
            elif one.action not in ("import", "create", "restore"):
                old, new = old_and_new(one, limit, context=_context(one, limit))
            self.rows[key] = one
            table.add_row(*(Text(cell) for cell in cells), Text(old), Text(new), key=key)
        self.query_one("#status", Static).update(
            tr(
                "{shown} / {total} 件　r: 変更前の値に戻す",
                "{shown} of {total}   r: restore the old value",
                shown=table.row_count,
                total=sum(len(shown) for _, shown in self.changes),
            )
        )
        self._describe()

    def selected(self) -> Change | None:
        """The change on the cursor row, if any."""
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(str(row_key))

    def _describe(self) -> None:
        """The selected change under the table: its place, then old and new, each at most two
        lines, long texts around what changed with the changes underlined."""
        change = self.selected()
        detail = self.query_one("#detail", Static)
        if change is None or change.action in ("import", "create", "restore", "move"):
            detail.update("")
            return
        from tui.widgets.broken_text import break_lines

        width = max(16, self.app.size.width - 2)  # the detail's padding: 0 1
        limit = max(16, width - 10)  # each value: two lines of full-width characters
        detail.update(break_lines(describe(change, limit), width))

    def on_data_table_row_highlighted(self, _event: DataTable.RowHighlighted) -> None:
        self._describe()

    def on_resize(self) -> None:
        if self.changes:  # the values take the width the terminal has now
            self._fill(self.query_one("#filter", Input).value)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self.query_one(DataTable).focus()

    # ------------------------------------------------------------ actions
    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_back(self) -> None:
        if self.query_one("#filter", Input).has_focus:
            self.query_one(DataTable).focus()
        else:
            self.dismiss(self.restored)

    def action_goto(self, name: str) -> None:
        """Close the history and show the report's screen ``name`` (the screen below goes on
        to it when told it is closed: ``ReportScreen.action_history``)."""
        self.then = name
        self.dismiss(self.restored)

    def action_undo(self) -> None:
        """ctrl+z here as on the report's screens: the last edit of this report is undone and
        the history shows it."""
        from tui.editing.undo import take_undo

        edit = take_undo(self, app_of(self).undo, self.key)
        if edit is not None:
            self.revert(edit)

    @work(thread=True, group="history-restore")
    def revert(self, edit: Edit) -> None:
        store = self.store
        assert store is not None
        try:
            edit.revert(store)
        except refusals() as exc:
            tell_error(self, exc)
            return
        self.app.call_from_thread(self._reverted)

    def _reverted(self) -> None:
        self.restored = True  # the report screen reloads when the history closes
        self.load()

    def action_restore(self) -> None:
        change = self.selected()
        if change is None:
            return
        if change.action != "set":
            tell(
                self,
                tr("戻せるのは「変更」の行だけです", "Only a set change can be restored"),
                severity="warning",
            )
            return
        self.restore(change)

    @work(thread=True, exclusive=True, group="history-restore")
    def restore(self, change: Change) -> None:
        from models.services.history_restore import put_back
        from tui.editing.undo import field_edit

        store = self.store
        assert store is not None
        # besides the usual refusals, a TypeError: a recorded value that no longer fits
        refused: tuple[type[Exception], ...] = (TypeError, *refusals())
        try:
            done = put_back(store, self.key, change)
        except refused as exc:
            tell_error(self, exc)
            return
        if done is None:
            same = tr(
                "{path} は既にその値です", "{path} already has that value", path=place(change)
            )
            tell(self, same)
            return
        current, value = done
        app_of(self).undo.push(field_edit(self.key, change.path, current, value))
        self.app.call_from_thread(self._restored, change)

    def _restored(self, change: Change) -> None:
        self.restored = True
        tell(
            self,
            tr(
                "{path} を変更前の値に戻しました",
                "Restored the old value of {path}",
                path=place(change),
            ),
        )
        self.load()
