"""Room and layout on real terminals of four sizes (issue 24, items 12, 13, 16).

A wide terminal shows rows and values as wide as it is; a footer shows whole keys and never
a hole in the palette's word; hyoka's own wrapping (the plan's texts, a notice) keeps a figure
with its unit and starts no line with 「、」 or 「：」; an error under a budget cell goes when
its text changes; and a 40×12 terminal still shows the text being typed and the history's
rows. Each journey reads the screen as pyte holds it.
"""

from __future__ import annotations

import re

import pytest

from tests.terminal.conftest import Home, eventually, load
from tests.terminal.driver import Terminal, clear_editor

FIRST_OUTCOME = (
    "自治体が担う行政サービスについて、デジタル技術やデータを活用して、住民の利便性を向上させる。"
)
OVERVIEW_TAIL = "早期に享受できるよう、行政手続のオンライン化を進める。"  # 27 characters; 8 before
MEANS_NAME = "地方行税政の施策に係る基礎データべースの整理・統計処理等"
SCREENS = (("f3", "76,461"), ("f4", "施策目標"), ("f5", "目標達成"), ("f6", "評価書"))
SCREENS += (("f8", "事前分析表"), ("f2", "政策名"))


def _open(home: Home, size: tuple[int, int]) -> Terminal:
    term = home.open_list(size=size)
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.settle()
    return term


def _tab_to(term: Terminal, label: str) -> None:
    """Tab through the form until ``label`` is the focused field's (▶ before it)."""

    def marked(screen: str) -> list[str]:
        return [line for line in screen.splitlines() if "▶" in line]

    for _ in range(30):
        shown = term.screen()
        if f"▶{label}" in shown:
            return
        before = marked(shown)
        term.press("tab")
        term.wait_until(lambda s, before=before: marked(s) != before, "the focus to move")
    raise AssertionError(f"no field {label!r} reached by tab:\n{term.screen()}")


def _starts(screen: str, marks: str) -> list[str]:
    return [line for line in screen.splitlines() if line.strip() and line.strip()[0] in marks]


def _footer(term: Terminal) -> str:
    return term.screen().splitlines()[-1]


def _visit(term: Terminal, key: str, text: str) -> str:
    """Press ``key`` and wait for its screen, loaded (``text``) and its footer drawn."""
    term.press(key)
    shown = term.wait_until(
        lambda s: text in s and "読み込み中" not in s and "▏" in s.splitlines()[-1],
        f"the screen of {key} with {text!r}",
    )
    term.settle()
    return shown


def test_a_wide_terminal_shows_rows_and_values_whole(home: Home) -> None:
    term = _open(home, (200, 50))
    # F2: the intermediate outcomes, whole (they were cut at 72 cells with 「…」)
    assert FIRST_OUTCOME in term.screen(), term.screen()
    _tab_to(term, "政策の概要")
    term.settle()
    term.press("ctrl+end")
    term.type("（追記）")
    term.wait_for("進める。（追記）")
    term.press("tab")
    eventually(lambda: load(home.db).overview, lambda v: v.endswith("（追記）"), "saved")
    # F7: the old and new values as wide as the room left (they stopped at 24 characters)
    term.press("f7")
    shown = term.wait_for("2 / 2 件")
    row = next(line for line in shown.splitlines() if "政策の概要" in line and "変更" in line)
    assert OVERVIEW_TAIL in row and OVERVIEW_TAIL + "（追記）" in row, shown
    # F8 from the history: the means' names whole in their table (cut at 30 cells before)
    term.press("f8")
    shown = term.wait_for("施策手段（達成手段）")
    table_row = [line for line in shown.splitlines() if line.startswith("  " + MEANS_NAME)]
    assert table_row and table_row[0].strip().endswith("2"), shown  # name, then its indicator
    assert not _starts(shown, "、。：）」"), shown
    term.press("ctrl+q")
    term.close(0)


def _words_of_keys() -> set[str]:
    """Every word a footer may show for a key: the descriptions of the bindings of hyoka's
    screens, dialogs and widgets, and of Textual's widgets they are built from."""
    import importlib
    import pkgutil

    from textual.binding import Binding
    from textual.dom import DOMNode

    import tui

    for module in pkgutil.walk_packages(tui.__path__, "tui."):
        importlib.import_module(module.name)
    words: set[str] = set()
    pending: list[type] = [DOMNode]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        for binding in getattr(cls, "BINDINGS", []):
            if isinstance(binding, Binding) and binding.description:
                words.add(binding.description)
            elif isinstance(binding, tuple) and len(binding) > 2:
                words.add(binding[2])
    return words


def _whole_keys(footer: str, words: set[str]) -> None:
    """Each key the footer shows ends with a whole word, and the palette's is whole."""
    left, bar, palette = footer.partition("▏")
    assert bar and palette.strip() == "^p パレット", footer
    for item in re.split(r"\s{2,}", left.strip()):
        _key, _, word = item.partition(" ")
        assert word in words, f"{item!r} is cut in {footer!r}"


def test_80x24_keeps_figures_words_and_messages_whole(home: Home) -> None:
    words = _words_of_keys()
    term = _open(home, (80, 24))
    for key, text in SCREENS:
        _visit(term, key, text)
        _whole_keys(_footer(term), words)  # F6 ended 「f1 ヘル」
        if key == "f8":  # the plan's texts by the shared breaker: 「407団体」 on one line
            shown = term.screen()
            assert "407団体" in shown and not _starts(shown, "、。：）」"), shown
    # a colour (an escape sequence) pasted into a budget cell: the notice keeps 「1 個」 whole
    # (Rich's wrapping left 「…シーケンス 1」 on one line and 「個を取り除きました」 on the next)
    term.press("f3")
    term.wait_for("76,461")
    term.press("enter")
    label = "令和元年度（2019年度）　当初予算（a）（百万円）"
    clear_editor(term, label)
    term.paste("\x1b[38;5;196m5")
    shown = term.wait_for("取り除きました")
    assert any("1 個" in line for line in shown.splitlines()), shown
    # what cannot be read says so, and the message goes as soon as the text changes
    term.type("x")
    term.press("enter")
    term.wait_for("数値として読めません")
    clear_editor(term, label)
    term.paste("51234")
    term.wait_for("51234")
    term.wait_gone("数値として読めません", timeout=10)
    term.press("enter")
    term.wait_for("51,234")
    eventually(lambda: load(home.db).budget.years[0].initial, lambda v: v == 51234, "saved")
    term.press("ctrl+q")
    term.close(0)


@pytest.mark.parametrize("size", [(40, 12), (60, 20)])
def test_small_terminals_show_the_field_typed_into(home: Home, size: tuple[int, int]) -> None:
    words = _words_of_keys()
    term = _open(home, size)
    for key, text in SCREENS:
        _visit(term, key, text)
        _whole_keys(_footer(term), words)  # 「^p パ  ット」 at 40 and 60 columns
        if key == "f8":
            assert not _starts(term.screen(), "、。：）」"), term.screen()
            term.press("pagedown")
            assert not _starts(term.settle(), "、。：）」"), term.screen()
    # F5: the rationale stays in view while typed into (it was pushed off screen at 40×12)
    term.press("f5")
    term.wait_for("目標達成")
    term.settle()
    term.press("alt+r")
    term.settle()
    term.type("テスト入力")
    term.wait_for("テスト入力", timeout=15)
    eventually(lambda: load(home.db).verdict.rationale, lambda v: "テスト入力" in v, "autosaved")
    # F7: the rows its status counts are on screen
    shown = _visit(term, "f7", "2 / 2 件")
    rows = [line for line in shown.splitlines() if re.match(r" ?20\d\d-", line)]
    assert len(rows) == 2, shown
    _whole_keys(_footer(term), words)
    term.press("ctrl+q")
    term.close(0)
