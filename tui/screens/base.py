"""What every screen of one report shares: loading it, saving edits, undo, moving between them.

A subclass implements ``show_report(report)`` to (re)display the report, and saves with
``save_value(path, value, expected=shown)`` or ``save_change(...)``; form fields
(``tui.widgets.field``) are saved here when accepted, and whatever is half-typed is saved
before the evaluator leaves the screen. Saving runs in a worker; a conflict (someone else
changed the field since it was shown) opens a dialog with both values instead of
overwriting.

Screens are reached with F2–F6, or ``ctrl+g`` then a digit or letter where a terminal
keeps the F-keys for itself (``alt+digit`` is not used: Textual reads ESC+digit as a
symbol, so it never reaches the app).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.types import NoActiveAppError
from textual.widget import Widget

from models.i18n import tr
from models.report.paths import item_path
from models.report.places import place_label
from tui.app_of import app_of
from tui.background import deliver
from tui.editing.undo import Edit, field_edit, take_undo
from tui.messages import DatabaseChanged, StoreReady
from tui.notices import tell
from tui.screens.navigation import NAVIGATION, navigation_bindings
from tui.widgets.field import Field

if TYPE_CHECKING:
    from models.report.model import Report
    from models.report.provenance import Provenance
    from models.report.review import Review
    from models.store.store import Store
    from tui.app.app import HyokaApp

WAIT_NOTICE_SECONDS = 0.7
Loaded = tuple["Report", int, list["Provenance"]]  # the report, its revision, its open doubts
_EARLY = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hyoka-early-load")


def _set(key: str, path: str, value: Any, expected: Any, session: object, store: Store) -> Report:
    return store.set_value(key, path, value, expected=expected, session=session)


class ReportScreen(Screen[None]):
    """Base of the screens showing one report (``self.key``)."""

    SCREEN_NAME: ClassVar[str] = ""
    # Read the report while the screen is built and show it before the first layout: one
    # frame painted instead of an empty one then the full one. Only for screens whose widgets
    # need not know their size when filled: a table or chart fitted to a width of 0 keeps a
    # stale sideways scroll bar (Textual's scroll bars settle once), so the report and
    # indicator screens wait for their first layout.
    SHOW_BEFORE_LAYOUT: ClassVar[bool] = False
    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation_bindings(),
        Binding("escape", "back", tr("一覧", "List"), id="report.back", show=False),
        Binding("ctrl+z", "undo", tr("元に戻す", "Undo"), id="report.undo", show=False),
        Binding(
            "ctrl+o,f10",
            "comments",
            tr("コメント", "Comments"),
            id="report.comments",
            show=False,
            priority=True,
        ),
    ]

    def __init__(self, key: str):
        super().__init__()
        if fits := self._breakpoint_class():
            self.add_class(fits, update=False)  # as if given to the constructor: no restyle
        self.key = key
        self.report: Report | None = None
        self.revision = -1  # of the report shown; another process's save changes it
        self.imported: list[Provenance] = []  # open doubts of an import from a form (M001/2)
        self.review: Review | None = None  # its review status and comments (review_marks.py)
        self._hold_keys()
        self._early = self._load_early()

    def _running_app(self) -> App[Any] | None:
        """The app this screen is being built in; ``None`` outside a running app (a test)."""
        try:
            return self.app
        except NoActiveAppError:
            return None

    def action_comments(self) -> None:
        """The report's comments beside the form (tui/dialogs/comments.py)."""
        from tui.dialogs.comments import CommentsPanel

        if self.store is not None:
            self.app.push_screen(CommentsPanel(self.store, self.key), self._comments_closed)

    def _comments_closed(self, _result: None) -> None:
        self._read_review()

    def _hold_keys(self) -> None:
        """Keys typed from now until the report is shown wait for it (``tui.app.type_ahead``)."""
        hold = getattr(self._running_app(), "hold_keys", None)
        if hold is not None:
            hold()

    def _release_keys(self) -> None:
        if self.is_attached:
            self.call_after_refresh(self.hyoka.release_keys)  # once the report is painted

    def _load_early(self) -> Future[Loaded] | None:
        """Start reading the report while the screen is still being built: read by the time
        it is mounted (a few ms against tens for composing), it is shown in the first frame,
        which saves painting and styling an empty screen first (and again when it arrives)."""
        if not self.SHOW_BEFORE_LAYOUT:
            return None
        store: Store | None = getattr(self._running_app(), "store", None)
        return None if store is None else _EARLY.submit(self._read, store)

    def _read(self, store: Store) -> Loaded:
        revision = store.revision(self.key)
        report = store.load_report(self.key)
        return report, revision, store.provenance([self.key], open_only=True)[self.key]

    def _breakpoint_class(self) -> str | None:
        """The class of ``HORIZONTAL_BREAKPOINTS`` that the app's width selects, given before
        any widget is styled: Textual sets it at the first resize, which restyles every
        widget of the screen once more (~50 ms for a form of 80 widgets)."""
        app = self._running_app()
        if not self.HORIZONTAL_BREAKPOINTS or app is None:  # no app: the resize sets it
            return None
        width = app.size.width
        fits = [(at, name) for at, name in self.HORIZONTAL_BREAKPOINTS if width >= at]
        return max(fits)[1] if fits else None

    @property
    def hyoka(self) -> HyokaApp:
        return app_of(self)

    @property
    def store(self) -> Store | None:
        return self.hyoka.store

    # ------------------------------------------------------------ focus
    def focus_next(self, selector: Any = "*") -> Widget | None:
        return self._said_if_wrapped(1, partial(super().focus_next, selector))

    def focus_previous(self, selector: Any = "*") -> Widget | None:
        return self._said_if_wrapped(-1, partial(super().focus_previous, selector))

    def _said_if_wrapped(self, direction: int, move: Callable[[], Widget | None]) -> Widget | None:
        """Tab and shift+tab as Textual moves them, and a word when they wrap round: past the
        last field back to the first (or back from the first to the last)."""
        chain = self.focus_chain
        before = self.focused
        focused = move()
        if before in chain and focused in chain:
            went = chain.index(focused) - chain.index(before)  # type: ignore[arg-type]
            if direction > 0 and went < 0:
                tell(self, tr("↺ 最初の項目に戻りました", "↺ Back to the first field"), timeout=2)
            elif direction < 0 and went > 0:
                tell(self, tr("↻ 最後の項目に移りました", "↻ On to the last field"), timeout=2)
        return focused

    # ------------------------------------------------------------ loading
    def on_mount(self) -> None:
        self.sub_title = self.key
        early = self._early
        if early is not None and early.done() and early.exception() is None:
            self._early = None
            self._loaded(early.result())
        elif self.store is not None:
            self.load()  # not read yet (the worker waits for it), or refused (read again)

    def on_store_ready(self, _message: StoreReady) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        store = self.store
        assert store is not None

        def job() -> Loaded:
            early, self._early = self._early, None
            if early is not None:
                try:
                    return early.result()
                except Exception:  # read again: a refusal then says why
                    pass
            return self._read(store)

        deliver(self, job, self._loaded, refused=self._keys_go_on)

    def _keys_go_on(self, _refusal: Exception) -> None:
        self._release_keys()  # the report could not be read: the keys held for it go on

    def _loaded(self, loaded: Loaded) -> None:
        if self not in self.app.screen_stack:
            return  # left (escape) while loading: its widgets may be half removed
        report, revision, self.imported = loaded
        first = self.report is None
        self.report = report
        self.revision = revision
        self.show_report(report)
        if first:
            self._release_keys()
        self._read_review()

    @work(thread=True, exclusive=True, group="review")
    def _read_review(self) -> None:
        """Read the review and show it (title, marks, a notice of someone else's comment)."""
        from models.store.errors import StoreError

        store = self.store
        if store is None:
            return
        try:
            review = store.review(self.key)
        except StoreError:
            return
        if review != self.review:
            self.app.call_from_thread(self._show_review, review)

    def _show_review(self, review: Review) -> None:
        from tui.screens.review_marks import show_review

        before, self.review = self.review, review
        if self.is_attached:
            show_review(self, review, before)
            self.show_comments()

    def show_comments(self) -> None:
        """Mark what the form shows beyond its fields (a screen with a grid overrides this)."""

    def on_database_changed(self, _message: DatabaseChanged) -> None:
        if self.store is not None:
            self._reload_if_changed()

    @work(thread=True, exclusive=True, group="watch")
    def _reload_if_changed(self) -> None:
        """Show another evaluator's saved change without a restart."""
        from models.store.errors import StoreError

        assert self.store is not None
        try:
            changed = self.store.revision(self.key) != self.revision
        except StoreError:
            return
        if changed:
            self.app.call_from_thread(self.load)
        else:  # a comment or a status move changes no revision
            self.app.call_from_thread(self._read_review)

    def show_report(self, report: Report) -> None:
        """Display ``report``; called after loading and after every saved edit."""
        raise NotImplementedError

    # ------------------------------------------------------------ saving
    def on_field_accepted(self, event: Field.Accepted) -> None:
        event.stop()
        if self.report is not None:
            self.save_value(
                event.field.path, event.value, expected=event.expected, session=event.session
            )

    def _leave(self, go: Callable[[], object]) -> None:
        """Save whatever is half-typed in the form, then ``go``; stay if it is refused."""
        try:
            changes = [
                change
                for field in self.query(Field)
                if not field.detached and (change := field.take())  # detached: being replaced
            ]
        except ValueError:
            return  # the message is under the field
        if not changes:
            go()
            return
        self._save_all_then(
            [
                (
                    partial(_set, self.key, c.field.path, c.value, c.expected, c.session),
                    field_edit(self.key, c.field.path, c.expected, c.value),
                    (c.field.path, c.value),
                )
                for c in changes
            ],
            go,
        )

    @work(thread=True, group="save")
    def _save_all_then(
        self, saves: list[tuple[Callable[[Store], Report], Edit, Any]], go: Callable[[], None]
    ) -> None:
        if all(self._apply(apply, undo, conflict) for apply, undo, conflict in saves):
            self.app.call_from_thread(go)

    def save_value(
        self, path: str, value: Any, *, expected: Any, session: object | None = None
    ) -> None:
        """Save one field, refusing to overwrite a change made elsewhere since ``expected``;
        ``session``: the field's typing session (its autosaves make one history entry)."""
        self._save(
            lambda store: store.set_value(
                self.key, path, value, expected=expected, session=session
            ),
            field_edit(self.key, path, expected, value),
            conflict=(path, value),
        )

    def insert_item(self, list_path: str, item: Any, pos: int, describe: str = "") -> None:
        """Add ``item`` at ``pos`` of the list at ``list_path``; undo removes it again.
        ``describe``: the path the undo notice names in words (default: the item's)."""
        self.save_change(
            lambda s: s.insert_item(self.key, list_path, item, pos),
            Edit(
                self.key,
                place_label(describe or item_path(list_path, item, pos)),
                lambda s: s.remove_item(self.key, list_path, pos),
            ),
        )

    def remove_item(self, list_path: str, pos: int, old: Any, describe: str = "") -> None:
        """Remove the item at ``pos`` (which is ``old``); undo puts it back."""
        self.save_change(
            lambda s: s.remove_item(self.key, list_path, pos),
            Edit(
                self.key,
                place_label(describe or item_path(list_path, old, pos)),
                lambda s: s.insert_item(self.key, list_path, old, pos),
            ),
        )

    def confirm_remove(
        self, question: str, list_path: str, pos: int, old: Any, describe: str = ""
    ) -> None:
        """Ask ``question`` (yes/no), then remove as :meth:`remove_item` does."""
        from tui.dialogs.yes_no import YesNoScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.remove_item(list_path, pos, old, describe)

        self.app.push_screen(YesNoScreen(question), answered)

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
        self._apply(apply, undo, conflict)

    def _apply(
        self,
        apply: Callable[[Store], Report],
        undo: Edit | None,
        conflict: tuple[str, Any] | None = None,
    ) -> bool:
        """Run one save (in a worker thread); True when it was saved. A refusal is told as
        every worker's is (``tui.background``), and the saved report shown again; a conflict
        with the value ``conflict`` saves opens a dialog instead, and an edit of a 確認済 or
        公表済 report asks first (tui/screens/reopen.py)."""
        saving = partial(self._saved, apply, undo)
        retry = partial(self._apply, apply, undo, conflict)
        return deliver(self, saving, self._loaded, refused=partial(self._refused, conflict, retry))

    def _saved(self, apply: Callable[[Store], Report], undo: Edit | None) -> Loaded:
        from models.store.errors import StoreError

        store = self.hyoka.ready_store()
        # Another process's long write makes this one wait (busy timeout): say so.
        waiting = self.app.call_from_thread(self.set_timer, WAIT_NOTICE_SECONDS, self._waiting)
        try:
            report = apply(store)
        finally:
            self.app.call_from_thread(waiting.stop)
        if undo is not None:
            self.hyoka.undo.push(undo)
        try:
            revision = store.revision(self.key)
        except StoreError:
            revision = -1
        return report, revision, self.imported

    def _refused(
        self, conflict: tuple[str, Any] | None, retry: Callable[[], object], refusal: Exception
    ) -> bool:
        """A save refused (on the UI thread): True when a dialog says it all (a conflict, or
        the question whether to move a 確認済 report back to 作成中 and save)."""
        from models.store.bureau_errors import Settled
        from models.store.errors import Conflict

        if isinstance(refusal, Settled):
            from tui.screens.reopen import ask_reopen

            ask_reopen(self, refusal, retry)
            return True
        if isinstance(refusal, Conflict):
            if conflict is None:
                return False
            self._conflict(refusal, conflict[1])
            return True
        self.load()  # what is saved, in place of what was refused
        return False

    def _conflict(self, exc: Any, mine: Any) -> None:
        from tui.dialogs.conflict import ConflictScreen

        def chosen(keep_mine: bool | None) -> None:
            if keep_mine:
                self._save(
                    lambda store: store.set_value(self.key, exc.path, mine, expected=exc.current),
                    field_edit(self.key, exc.path, exc.current, mine),
                )
            else:
                self.load()
                message = tr(
                    "あなたの値は保存していません。保存されている値を表示します",
                    "Your value was not saved; the saved value is shown",
                )
                tell(self, message, severity="warning")

        self.app.push_screen(ConflictScreen(exc.path, exc.current, mine), chosen)

    def _waiting(self) -> None:
        message = tr("他の人の保存が終わるのを待っています…", "Waiting for another save to finish…")
        tell(self, message, timeout=4)

    # ------------------------------------------------------------ actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The key of the screen already shown is left out of the footer (room at 80 columns)."""
        return not (action == "goto" and parameters == (self.SCREEN_NAME,))

    def action_goto(self, name: str) -> None:
        from tui.screens import report_screen

        if name != self.SCREEN_NAME:
            self._leave(lambda: self.app.switch_screen(report_screen(name, self.key)))

    def action_choose_screen(self) -> None:
        from tui.dialogs.goto import GotoScreen

        def chosen(name: str | None) -> None:
            if name == "history":
                self.action_history()
            elif name:
                self.action_goto(name)

        self.app.push_screen(GotoScreen(NAVIGATION, self.SCREEN_NAME), chosen)

    def action_history(self) -> None:
        from tui.screens.history import HistoryScreen

        history = HistoryScreen(self.key)

        def closed(restored: bool | None) -> None:
            if restored:
                self.load()
            if history.then:  # F2–F6, F8 pressed on the history: on to that screen
                self.action_goto(history.then)

        self._leave(lambda: self.app.push_screen(history, closed))

    def action_back(self) -> None:
        self._leave(self.app.pop_screen)

    def action_undo(self) -> None:
        """Undo the last saved edit, if it is one of this report's: an edit of another
        report is refused (undoing it here would change a report that is not on screen)."""
        edit = take_undo(self, self.hyoka.undo, self.key)
        if edit is not None:
            self._save(edit.revert, None)
