"""The hyoka App: opens the store in the background and shows the report list.

The report list paints first: for a SQLite file its rows are read with the standard library
(``models.store.quick_list``; ``hyoka`` starts that read before it imports Textual). The store,
whose import of SQLAlchemy takes longer than all of that, is opened in a worker after the
first paint; screens reach it through ``app.store`` once ``StoreReady`` has arrived. Edits
are saved by ``tui.editing.undo`` and can be undone with ctrl+z.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, cast

from textual import events, work
from textual.actions import SkipAction
from textual.app import App
from textual.binding import Binding

from models.i18n import tr
from models.rules.settings import RuleSettings
from tui.app.palette import HyokaCommands
from tui.app.type_ahead import HOLD_SECONDS, TypeAhead
from tui.editing.undo import UndoStack
from tui.messages import DatabaseChanged, StoreReady
from tui.notices import tell
from tui.textual_compat import ClosingApp

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import RenderableType
    from textual.app import SystemCommand
    from textual.screen import Screen
    from textual.timer import Timer

    from models.store.quick_list import Prefetch
    from models.store.store import Store
    from models.store.watch import Watcher
    from tui.widgets.listing import ListRow

# how often another process's commit is looked for (one PRAGMA or a LISTEN check): a comment
# someone else adds shows within a second (tui/screens/review_marks.py)
POLL_SECONDS = 0.5


class HyokaApp(ClosingApp[int]):
    CSS_PATH = "../hyoka.tcss"  # tui/hyoka.tcss: one stylesheet for every screen
    TITLE = "hyoka 評価"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {HyokaCommands}
    BINDINGS = [
        Binding("ctrl+q", "quit", tr("終了", "Quit"), id="app.quit", priority=True, show=False),
        Binding("f1,question_mark", "help", tr("ヘルプ", "Help"), id="app.help"),
        # Textual's own palette key, with its footer word in hyoka's language
        Binding(
            App.COMMAND_PALETTE_BINDING,
            "command_palette",
            tr("パレット", "palette"),
            show=False,
            key_display=App.COMMAND_PALETTE_DISPLAY,
            priority=True,
            tooltip=tr("コマンドパレットを開く", "Open the command palette"),
        ),
        # A TextArea has no keys of its own for the start and end of its whole text. Priority:
        # a modal dialog's bindings stop at the dialog; outside a text field the key is skipped
        # (a table keeps its own ctrl+home).
        Binding(
            "ctrl+home",
            "text_edge(False)",
            tr("先頭へ", "Start"),
            id="app.start",
            show=False,
            priority=True,
        ),
        Binding(
            "ctrl+end",
            "text_edge(True)",
            tr("末尾へ", "End"),
            id="app.end",
            show=False,
            priority=True,
        ),
    ]

    def __init__(
        self,
        target: str,
        *,
        user: str | None = None,
        keymap: dict[str, str] | None = None,
        cursor_blink: bool = True,
        title_note: str = "",
        rules: RuleSettings | None = None,
        prefetch: Prefetch | None = None,
        merge_seconds: float = 0.0,
        person: str | None = None,
        idle_minutes: float = 0.0,
    ):
        super().__init__()
        from tui.editing.text_wrap import text_area_breaks
        from tui.textual_compat import install_paste_safe_parser, route_text_area_wrap

        route_text_area_wrap(text_area_breaks)  # TextAreas wrap by the Japanese line breaker
        install_paste_safe_parser()  # escape sequences stay inside a paste (paste_stream.py)
        self.target = target
        self.user = user
        self.person = person  # a session on a shared server (tui/cli/session.py)
        from tui.app.idle import IdleWatch

        # a session's idle TUI ends (tui/app/idle.py); the local TUI has no timer
        self.idle = IdleWatch(self, idle_minutes if person is not None else 0.0)
        self.merge_seconds = merge_seconds  # history entries per autosave (config.py)
        self._store: Store | None = None
        self._store_settled = threading.Event()  # opened, or failed to
        self.store_error: str | None = None
        self.undo = UndoStack()
        self.rules = rules or RuleSettings()
        self._watcher: Watcher | None = None
        self._user_keymap = keymap or {}
        self.cursor_blink = cursor_blink
        if title_note:
            self.sub_title = title_note
        self._prefetch = prefetch
        self._ui_thread = threading.get_ident()  # hyoka runs the app where it builds it
        # True once the app is on its way out (ctrl+q, a hang-up, a crash): closing blurs the
        # field being edited, and a blur accepts, but what is half-typed then was never
        # accepted by the evaluator: every editor abandons it instead (see ``exit``).
        self.closing = False
        self._type_ahead = TypeAhead()  # keys typed while a report is read (type_ahead.py)
        self._hold_generation = 0
        self._hold_timer: Timer | None = None

    def exit(
        self,
        result: int | None = None,
        return_code: int = 0,
        message: RenderableType | None = None,
    ) -> None:
        """Every way out (ctrl+q, SIGHUP and SIGTERM, ``app.exit``) passes here first."""
        self.closing = True
        super().exit(result, return_code, message)

    @property
    def store(self) -> Store | None:
        """The open store; on the UI thread None until it is open.

        In a worker thread (every save, import, export, new report) this waits for the
        opening to finish and then gives the store, or raises ``StoreError`` saying why the
        database could not be opened: a worker started before the store was ready, or after
        it failed, gets a message to show rather than ``None`` to crash on.
        """
        if self._store is not None or threading.get_ident() == self._ui_thread:
            return self._store
        self._store_settled.wait()
        if self._store is None:
            from models.store.errors import StoreError

            raise StoreError(
                self.store_error
                or tr("データベースを開けませんでした", "the database could not be opened")
            )
        return self._store

    @store.setter
    def store(self, store: Store | None) -> None:
        self._store = store
        if store is not None:
            self._store_settled.set()

    def quick_rows(self) -> list[ListRow] | None:
        """The report list read without the store (SQLite files only) while it is not open."""
        from models.store.quick_list import read_summaries
        from tui.widgets.listing import ListRow

        prefetch, self._prefetch = self._prefetch, None
        if self.store is not None:
            return None
        summaries = prefetch.result() if prefetch is not None else read_summaries(self.target)
        return None if summaries is None else [ListRow.of(s) for s in summaries]

    def ready_store(self) -> Store:
        """The store for a worker: it waits for the opening, and raises ``StoreError`` with
        the reason when there is none (never ``None``)."""
        store = self.store
        if store is None:
            from models.store.errors import StoreError

            raise StoreError(tr("データベースがまだ開いていません", "the database is not open yet"))
        return store

    def on_mount(self) -> None:
        from tui.screens.reports import ReportsScreen

        if self._user_keymap:
            self.set_keymap(self._user_keymap)
        self.push_screen(ReportsScreen())
        self.call_after_refresh(self._painted)
        self.idle.start()

    def _painted(self) -> None:
        """After the first paint: collect garbage again (``run_tui`` paused it) and open the
        store, whose import would otherwise compete with the first paint for the GIL."""
        import gc

        if not gc.isenabled():
            gc.freeze()  # what start-up built lives as long as the app: never scan it again
            gc.enable()
        self.open_store()

    @work(thread=True, exclusive=True, group="store")
    def open_store(self) -> None:
        from models.store.errors import StoreError
        from models.store.store import open_store

        try:
            try:
                store = open_store(
                    self.target,
                    user=self.user,
                    merge_seconds=self.merge_seconds,
                    person=self.person,
                )
            except StoreError as exc:
                self.store_error = str(exc)
                self._store_settled.set()  # workers waiting for the store get the message
                self.call_from_thread(self._store_failed, str(exc))
                return
            self.call_from_thread(self._store_ready, store)
        finally:
            self._store_settled.set()

    def _store_ready(self, store: Store) -> None:
        from models.store.watch import Watcher

        self.store = store
        if store.read_only:  # said once: in the title for as long as it is open, and a notice
            from models.store.errors import opened_read_only

            mark = tr("読み取り専用", "read-only")
            self.sub_title = f"{self.sub_title}　{mark}" if self.sub_title else mark
            notice = opened_read_only(store.name, store.read_only)
            tell(self, notice, severity="warning", timeout=10)
        for screen in self.screen_stack:  # a screen opened before the database was ready
            screen.post_message(StoreReady())
        self._watcher = Watcher(store)
        self.set_interval(POLL_SECONDS, self._poll_changes)

    def _poll_changes(self) -> None:
        """Tell the screen when another process saved (one cheap query, no report data)."""
        if not self.screen_stack:  # the app is closing
            return
        if self._watcher is not None and self._watcher.changed():
            self.screen.post_message(DatabaseChanged())

    # ------------------------------------------------------------ keys typed ahead
    def hold_keys(self) -> None:
        """Hold keys and pastes until :meth:`release_keys` (a report screen reads its report)."""
        self._type_ahead.start()
        self._hold_generation += 1
        if self._hold_timer is not None:
            self._hold_timer.stop()
        self._hold_timer = self.set_timer(HOLD_SECONDS, self.release_keys)

    def release_keys(self) -> None:
        """Hand the held keys on, after every key already waiting in the App's queue: a
        key that arrives meanwhile is held too, so all keep the order they were typed in."""
        if self._type_ahead.holding:
            self.call_later(self._replay, self._hold_generation)

    async def _replay(self, generation: int) -> None:
        if generation != self._hold_generation or not self._type_ahead.holding:
            return  # another report screen began holding since: its release comes later
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        for event in self._type_ahead.take():
            await self.on_event(event)

    def _held(self, event: events.Event) -> bool:
        """True when ``event`` is a key or paste to keep until the report is shown."""
        if not isinstance(event, events.Key | events.Paste) or event.is_forwarded:
            return False
        if not self._type_ahead.holding:
            # a key that opens a report (enter on the list): the keys after it wait from now,
            # not only once the screen exists (they would reach the list, or nothing)
            opens = getattr(self.screen, "opens_report", None) if self.screen_stack else None
            if isinstance(event, events.Key) and opens is not None and opens(event.key):
                self.hold_keys()
            return False
        if isinstance(event, events.Key) and self.screen_stack:
            bound = self.screen.active_bindings.get(event.key)
            if bound is not None and bound.binding.priority:
                return False  # ctrl+q, the palette: never wait
        self._type_ahead.hold(event)
        return True

    async def on_event(self, event: events.Event) -> None:
        """A 全角スペース (or another character an IME commits that Textual refuses as not
        printable) typed into any text field of the app is inserted there (``tui.editing.ime``);
        a paste into one is cleaned of control characters first. While a report screen reads
        its report, keys and pastes wait for it (``tui.app.type_ahead``)."""
        if isinstance(event, events.Key | events.MouseDown | events.Paste):
            self.idle.touched()
        if self._held(event):
            return
        if isinstance(event, events.Key) and not event.is_forwarded:
            from tui.editing.ime import type_into

            if type_into(self.focused, event):
                return
        elif isinstance(event, events.Paste) and not event.is_forwarded:
            self._clean_paste(event)
        await super().on_event(event)

    def _clean_paste(self, event: events.Paste) -> None:
        """Control characters out of a paste, with a notice (``tui.editing.paste``)."""
        from textual.widgets import Input, TextArea

        from tui.editing.paste import clean_paste

        if isinstance(self.focused, Input | TextArea):
            event.text, notice = clean_paste(event.text, one_line=isinstance(self.focused, Input))
            if notice:
                tell(self, notice, severity="warning")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """``cursor_blink = false`` in the config: a steady cursor in every text field (a
        blinking one repaints twice a second, which an SSH link carries while you read)."""
        # Input and TextArea (hasattr: importing TextArea here would slow down start-up)
        if not self.cursor_blink and hasattr(event.widget, "cursor_blink"):
            event.widget.cursor_blink = False

    def _store_failed(self, message: str) -> None:
        self.release_keys()  # no report will be read: held keys go on (to the empty form)
        tell(self, message, title=tr("データベース", "Database"), severity="error", timeout=30)

    def action_text_edge(self, end: bool) -> None:
        """ctrl+home / ctrl+end in a text field: the cursor to its start or end."""
        from textual.widgets import Input, TextArea

        field = self.focused
        if isinstance(field, TextArea):
            field.move_cursor(field.document.end if end else (0, 0), center=True)
        elif isinstance(field, Input):
            field.cursor_position = len(field.value) if end else 0
        else:
            raise SkipAction()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from tui.textual_words import system_commands

        return system_commands(self, screen)

    def action_command_palette(self) -> None:
        """Textual's palette, its words in hyoka's language (tui/textual_words.py)."""
        from textual.command import CommandPalette

        from tui.textual_words import Palette

        if self.use_command_palette and not CommandPalette.is_open(cast("App[object]", self)):
            self.push_screen(Palette())

    def action_help_quit(self) -> None:
        """ctrl+c: how to quit, in hyoka's language (Textual's hint is English)."""
        from tui.textual_words import quit_hint

        quit_hint(self)

    def action_help(self) -> None:
        from tui.dialogs.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def on_unmount(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
        if self._store is not None:
            self._store.close()
