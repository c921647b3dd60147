"""What every screen of one report shares: loading it, saving edits, undo, F2–F6.

A subclass implements ``show_report(report)`` to (re)display the report, and saves with
``save_value(path, value, expected=shown)`` or ``save_change(...)``. Saving runs in a
worker; a conflict (someone else changed the field since it was shown) opens a dialog
with both values instead of overwriting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import work
from textual.binding import Binding, BindingType
from textual.screen import Screen

from models.i18n import tr
from tui.app import DatabaseChanged, StoreReady
from tui.editing import Edit, field_edit

if TYPE_CHECKING:
    from models.report import Report
    from models.store import Store
    from tui.app import HyokaApp

# (screen name, F-key, alternative, label)
NAVIGATION = (
    ("report", "f2", "alt+2", ("報告書", "Report")),
    ("budget", "f3", "alt+3", ("予算", "Budget")),
    ("indicators", "f4", "alt+4", ("指標", "Indicators")),
    ("verdict", "f5", "alt+5", ("測定結果", "Verdict")),
    ("preview", "f6", "alt+6", ("プレビュー", "Preview")),
)


def navigation_bindings() -> list[BindingType]:
    return [
        Binding(
            f"{fkey},{alt}",
            f"goto('{name}')",
            tr(*label),
            id=f"screen.{name}",
            priority=True,
            show=name != "report",
        )
        for name, fkey, alt, label in NAVIGATION
    ]


class ReportScreen(Screen[None]):
    """Base of the screens showing one report (``self.key``)."""

    SCREEN_NAME: ClassVar[str] = ""
    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation_bindings(),
        Binding("escape", "back", tr("一覧", "List"), id="report.back"),
        Binding("ctrl+z", "undo", tr("元に戻す", "Undo"), id="report.undo", show=False),
    ]

    def __init__(self, key: str):
        super().__init__()
        self.key = key
        self.report: Report | None = None
        self.revision = -1  # of the report shown; another process's save changes it

    @property
    def hyoka(self) -> HyokaApp:
        return self.app  # type: ignore[return-value]

    @property
    def store(self) -> Store | None:
        return self.hyoka.store

    # ------------------------------------------------------------ loading
    def on_mount(self) -> None:
        self.sub_title = self.key
        if self.store is not None:
            self.load()

    def on_store_ready(self, _message: StoreReady) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        from models.store import StoreError

        assert self.store is not None
        try:
            revision = self.store.revision(self.key)
            report = self.store.load_report(self.key)
        except StoreError as exc:
            self.app.call_from_thread(self.notify_error, str(exc))
            return
        self.app.call_from_thread(self._loaded, report, revision)

    def _loaded(self, report: Report, revision: int) -> None:
        self.report = report
        self.revision = revision
        self.show_report(report)

    def on_database_changed(self, _message: DatabaseChanged) -> None:
        if self.store is not None:
            self._reload_if_changed()

    @work(thread=True, exclusive=True, group="watch")
    def _reload_if_changed(self) -> None:
        """Show another evaluator's saved change without a restart."""
        from models.store import StoreError

        assert self.store is not None
        try:
            changed = self.store.revision(self.key) != self.revision
        except StoreError:
            return
        if changed:
            self.app.call_from_thread(self.load)

    def show_report(self, report: Report) -> None:
        """Display ``report``; called after loading and after every saved edit."""
        raise NotImplementedError

    # ------------------------------------------------------------ saving
    def save_value(self, path: str, value: Any, *, expected: Any) -> None:
        """Save one field, refusing to overwrite a change made elsewhere since ``expected``."""
        self._save(
            lambda store: store.set_value(self.key, path, value, expected=expected),
            field_edit(self.key, path, expected, value),
            conflict=(path, value),
        )

    def save_change(self, apply: Callable[[Store], Report], undo: Edit | None) -> None:
        """Save a structural change (a row added, removed or moved) with its undo."""
        self._save(apply, undo)

    @work(thread=True, group="save")
    def _save(
        self,
        apply: Callable[[Store], Report],
        undo: Edit | None,
        conflict: tuple[str, Any] | None = None,
    ) -> None:
        from models.store import Conflict, StoreError

        assert self.store is not None
        try:
            report = apply(self.store)
        except Conflict as exc:
            if conflict is not None:
                self.app.call_from_thread(self._conflict, exc, conflict[1])
            else:
                self.app.call_from_thread(self.notify_error, str(exc))
            return
        except (StoreError, ValueError, LookupError) as exc:
            self.app.call_from_thread(self.notify_error, str(exc))
            self.app.call_from_thread(self.load)
            return
        if undo is not None:
            self.hyoka.undo.push(undo)
        try:
            revision = self.store.revision(self.key)
        except StoreError:
            revision = -1
        self.app.call_from_thread(self._loaded, report, revision)

    def _conflict(self, exc: Any, mine: Any) -> None:
        from tui.screens.conflict import ConflictScreen

        def chosen(keep_mine: bool | None) -> None:
            if keep_mine:
                self._save(
                    lambda store: store.set_value(self.key, exc.path, mine, expected=exc.current),
                    field_edit(self.key, exc.path, exc.current, mine),
                )
            else:
                self.load()

        self.app.push_screen(ConflictScreen(exc.path, exc.current, mine), chosen)

    def notify_error(self, message: str) -> None:
        self.notify(message, severity="error", timeout=8, markup=False)

    # ------------------------------------------------------------ actions
    def action_goto(self, name: str) -> None:
        from tui.screens import report_screen

        if name != self.SCREEN_NAME:
            self.app.switch_screen(report_screen(name, self.key))

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_undo(self) -> None:
        edit = self.hyoka.undo.pop()
        if edit is None:
            self.notify(tr("元に戻す操作はありません", "Nothing to undo"))
            return
        self.notify(Text(tr("元に戻しました: {what}", "Undone: {what}", what=edit.describe)))
        self._save(edit.revert, None)
