"""ctrl+p: every action hyoka offers, searchable by its Japanese or English name.

The report screens (F2–F6, F8) are offered while a report is open; new report, import,
export and help everywhere; and every key of the screen shown, by the word its footer gives
it, so that an action whose key the footer has no room for is still found by name. Names
are plain text (Content), never markup.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from models.i18n import tr
from tui.app_of import app_of


class HyokaCommands(Provider):
    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        from tui.screens.base import ReportScreen
        from tui.screens.history import HistoryScreen
        from tui.screens.navigation import NAVIGATION
        from tui.screens.reports import ReportsScreen
        from tui.screens.restore_deleted import offer_restore as restore

        screen = self.screen
        home = next((s for s in self.app.screen_stack if isinstance(s, ReportsScreen)), None)
        found: list[tuple[str, Callable[[], object], str]] = []
        if isinstance(screen, ReportScreen | HistoryScreen):  # the history: F2… close it
            for name, fkey, _alt, names in NAVIGATION:
                found.append(
                    (
                        tr("画面: {name}", "Screen: {name}", name=tr(*names)),
                        partial(screen.action_goto, name),
                        fkey.upper(),
                    )
                )
        if isinstance(screen, ReportScreen):
            history = tr("画面: {name}", "Screen: {name}", name=tr("履歴", "History"))
            found.append((history, screen.action_history, "F7"))
        if isinstance(screen, ReportScreen) and screen.report is not None:
            from tui.screens.publish_flow import start_publish

            found.append(
                (
                    tr("{key} を発行（PDF・HTML…）", "Publish {key} (PDF, HTML…)", key=screen.key),
                    partial(start_publish, screen),
                    "",
                )
            )
        if isinstance(screen, ReportScreen) and screen.SCREEN_NAME == "plan":
            fix = getattr(screen, "action_fix_plan")  # noqa: B009  (tui/screens/plan.py)
            found.append((tr("事前分析表を確定", "Fix the plan (事前分析表)"), fix, "F9"))
        if home is not None:
            key = screen.key if isinstance(screen, ReportScreen) else home.current_key()
            found.append((tr("新しい評価書", "New report"), home.action_new, ""))
            found.append(
                (tr("スナップショットを読み込む", "Import snapshot"), home.action_import, "")
            )
            found.append(
                (
                    tr("評価・モニタリングの予定", "Evaluation and monitoring calendar"),
                    home.action_calendar,
                    "c",
                )
            )
            found.append(
                (
                    tr(
                        "様式（別紙２: Excel・Word・PDF）を取り込む",
                        "Import a ministry's form (別紙２)",
                    ),
                    home.action_import_form,
                    "",
                )
            )
            restore_name = tr("削除したレポートを戻す", "Restore a deleted report")
            found.append((restore_name, partial(restore, home), ""))
            if key is not None:
                found.append(
                    (
                        tr("{key} を書き出す", "Export {key}", key=key),
                        partial(home.action_export, key),
                        "",
                    )
                )
                found.append(
                    (
                        tr("{key} を次の年度へ繰り越す", "Roll {key} over to next year", key=key),
                        partial(home.action_rollover, key),
                        "",
                    )
                )
        found.append((tr("ヘルプ（キー一覧）", "Help (keys)"), app_of(self).action_help, "F1"))
        found.append((tr("終了", "Quit"), self.app.exit, "ctrl+q"))
        return found + self._keys_of_screen()

    def _keys_of_screen(self) -> list[tuple[str, Callable[[], object], str]]:
        """Every key of the screen and the field in focus that says what it does, under its
        footer word: the ones the footer has no room for (``u`` 単位 on F3, ``r`` 繰越し on the
        list…) are found here by name. Screens, help and quit are offered above already."""
        offered = {"goto", "history", "choose_screen", "help", "quit", "command_palette"}
        found: list[tuple[str, Callable[[], object], str]] = []
        seen: set[tuple[int, str]] = set()
        for node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            action = binding.action
            if not enabled or not binding.description or action.split("(")[0] in offered:
                continue
            if (id(node), action) in seen:
                continue
            seen.add((id(node), action))
            run = partial(self.app.run_action, action, node)
            found.append((binding.description, run, self.app.get_key_display(binding)))
        return found

    async def discover(self) -> Hits:
        for name, run, key in self._commands():
            yield DiscoveryHit(Content(name), run, help=key or None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, run, key in self._commands():
            score, offsets = matcher.fuzzy_search.match(matcher.query, name)
            if score > 0:
                shown = Content(name)
                for at in offsets:
                    shown = shown.stylize(matcher.match_style, at, at + 1)
                yield Hit(score, shown, run, help=key or None)
