"""Textual's own words in hyoka's language: key descriptions, the palette, system commands.

Textual writes its widgets' key descriptions (``Scroll Up``, ``Move cursor left``…), the
command palette's placeholder and its system commands (``Theme``, ``Keys``, ``Quit``,
``Screenshot``) in English. In Japanese mode hyoka shows them in Japanese: :func:`describe`
for a binding's description (the F1 help), :func:`system_commands` for the palette,
:data:`PALETTE_PLACEHOLDER` for its input. A description not listed stays as Textual wrote it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from models.i18n import tr

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

JAPANESE: dict[str, str] = {
    # Input
    "Move cursor left": "カーソルを左へ",
    "Move cursor left and select": "左へ選択",
    "Move cursor left a word": "一語左へ",
    "Move cursor left a word and select": "一語左へ選択",
    "Move cursor right or accept the completion suggestion": "カーソルを右へ（候補を確定）",
    "Move cursor right and select": "右へ選択",
    "Move cursor right a word": "一語右へ",
    "Move cursor right a word and select": "一語右へ選択",
    "Delete character left": "左の一字を削除",
    "Delete character right": "右の一字を削除",
    "Select all": "すべて選択",
    "Go to start": "先頭へ",
    "Go to end": "末尾へ",
    "Select line start": "行頭まで選択",
    "Select line end": "行末まで選択",
    "Submit": "確定",
    "Delete left to start of word": "語の先頭まで削除",
    "Delete all to the left": "左をすべて削除",
    "Delete right to start of word": "次の語まで削除",
    "Delete all to the right": "右をすべて削除",
    "Cut selected text": "選択を切り取り",
    "Copy selected text": "選択をコピー",
    "Paste text from the clipboard": "貼り付け",
    # scrolling
    "Scroll Up": "上へスクロール",
    "Scroll Down": "下へスクロール",
    "Scroll Left": "左へスクロール",
    "Scroll Right": "右へスクロール",
    "Scroll Home": "先頭へスクロール",
    "Scroll End": "末尾へスクロール",
    "Page Up": "前のページ",
    "Page Down": "次のページ",
    "Page Left": "左のページ",
    "Page Right": "右のページ",
    # TextArea
    "Cursor up": "カーソルを上へ",
    "Cursor down": "カーソルを下へ",
    "Cursor left": "カーソルを左へ",
    "Cursor right": "カーソルを右へ",
    "Cursor word left": "一語左へ",
    "Cursor word right": "一語右へ",
    "Cursor line start": "行頭へ",
    "Cursor line end": "行末へ",
    "Cursor page up": "前のページへ",
    "Cursor page down": "次のページへ",
    "Cursor left word select": "一語左へ選択",
    "Cursor right word select": "一語右へ選択",
    "Cursor line start select": "行頭まで選択",
    "Cursor line end select": "行末まで選択",
    "Cursor up select": "上へ選択",
    "Cursor down select": "下へ選択",
    "Cursor left select": "左へ選択",
    "Cursor right select": "右へ選択",
    "Select line": "行を選択",
    "Cut": "切り取り",
    "Copy": "コピー",
    "Paste": "貼り付け",
    "Delete to line start": "行頭まで削除",
    "Delete to line end": "行末まで削除",
    "Delete line": "行を削除",
    "Undo": "元に戻す",
    "Redo": "やり直す",
    # tables, lists, tabs, radio buttons
    "Select": "選択",
    "Page up": "前のページ",
    "Page down": "次のページ",
    "Top": "先頭",
    "Bottom": "末尾",
    "Home": "先頭",
    "End": "末尾",
    "Next option": "次の選択肢",
    "Previous option": "前の選択肢",
    "Toggle": "切り替え",
    "Previous tab": "前のタブ",
    "Next tab": "次のタブ",
    "Down": "下へ",
    "Up": "上へ",
    "Last": "最後",
    "First": "最初",
    "Cursor Up": "カーソルを上へ",
    "Cursor Down": "カーソルを下へ",
    "Cursor to parent": "親へ",
    "Cursor to next ancestor": "次の上位項目へ",
    "Cursor to previous sibling": "前の項目へ",
    "Cursor to next sibling": "次の項目へ",
    "Expand or collapse all": "すべて開く・閉じる",
    # the app and screens
    "Focus Next": "次の欄へ",
    "Focus Previous": "前の欄へ",
    "Quit": "終了",
    "Dismiss": "閉じる",
    "palette": "パレット",
    "Open the command palette": "コマンドパレットを開く",
}


def describe(text: str) -> str:
    """Textual's ``text`` in the current language (unchanged when it has no translation)."""
    return tr(JAPANESE.get(text, text), text)


def palette_placeholder() -> str:
    return tr("コマンドを検索…", "Search for commands…")


NO_MATCHES = "No matches found"  # what Textual's palette adds to its list when nothing matches


class Palette(CommandPalette):
    """Textual's command palette, its placeholder and its "No matches found" in hyoka's
    language. The palette adds that line as a disabled option of its result list; the list's
    ``add_option`` is wrapped here to put it in words (public API only: a Textual that writes
    another sentence leaves it as it is, and tests/tui/test_textual_words.py says so)."""

    def __init__(self) -> None:
        super().__init__(placeholder=palette_placeholder(), id="--command-palette")

    def on_mount(self) -> None:
        results = self.query_one(CommandList)
        add = results.add_option

        def add_in_words(option: Any = None) -> Any:
            if isinstance(option, Option) and _says(option.prompt, NO_MATCHES):
                words = Text(tr("一致するコマンドはありません", NO_MATCHES), style="not bold")
                option = Option(Align.center(words), disabled=True, id=option.id)
            return add(option)

        results.add_option = add_in_words  # type: ignore[method-assign]


def _says(prompt: Any, sentence: str) -> bool:
    inner = prompt.renderable if isinstance(prompt, Align) else prompt
    return isinstance(inner, Text) and inner.plain == sentence


def system_commands(app: App[Any], screen: Screen[Any]) -> Iterable[SystemCommand]:
    """Textual's system commands, named in the current language; "Keys" opens hyoka's help."""
    theme = tr("配色を変える", "Change the colour theme")
    yield SystemCommand(tr("テーマ", "Theme"), theme, app.action_change_theme)
    yield SystemCommand(tr("終了", "Quit"), tr("hyoka を終了する", "Quit hyoka"), app.action_quit)
    yield SystemCommand(
        tr("キー", "Keys"),
        tr("この画面のキーの一覧（F1）", "The keys of this screen (F1)"),
        lambda: app.run_action("help"),
    )
    if screen.maximized is not None:
        yield SystemCommand(
            tr("元の大きさに戻す", "Minimize"),
            tr("最大化した欄を元に戻す", "Restore the maximized widget"),
            screen.action_minimize,
        )
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield SystemCommand(
            tr("最大化", "Maximize"),
            tr("この欄を画面いっぱいに広げる", "Maximize the focused widget"),
            screen.action_maximize,
        )
    yield SystemCommand(
        tr("スクリーンショット", "Screenshot"),
        tr("いまの画面を SVG で保存する", "Save an SVG screenshot of the screen"),
        lambda: app.set_timer(0.1, app.deliver_screenshot),
    )


def quit_hint(app: App[Any]) -> None:
    """ctrl+c (which copies in a text field and quits nothing): Textual's hint, in words.
    Textual's own says "Press ctrl+q to quit the app" under "Do you want to quit?"."""
    for key, active in app.active_bindings.items():
        if active.binding.action in ("quit", "app.quit"):
            app.notify(
                tr("終了するには {key} を押してください", "Press {key} to quit the app", key=key),
                title=tr("終了しますか？", "Do you want to quit?"),
                markup=False,
            )
            return
