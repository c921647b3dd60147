"""Two evaluators on one long 判断根拠, on a real terminal: the conflict shows both values.

The report's 判断根拠 is about 10,000 characters. The evaluator adds a closing sentence at its
end while someone else saves a change in its middle. The autosave finds the field changed:
before, the dialog was filled by the saved value, 「あなたの値」 and both buttons were off
the screen, and tab, enter kept the other value — the typed sentence gone unseen. Now the
difference is shown first, both values scroll in their own boxes, the buttons stay on
screen, the keys scroll one's own text to its end, and 「自分の値で上書き」 saves it.
"""

from __future__ import annotations

from models.store.store import open_store
from tests.terminal.conftest import KEY, Home, eventually, history, load

BASE = "".join(f"第{i}段落：測定指標の達成状況を踏まえ、施策の進捗を評価した。" for i in range(400))
LONG = BASE[:10000]
THEIRS = LONG[:5000] + "【他の人の修正】" + LONG[5000:]
ENDING = "私の結び。"


def _save(home: Home, value: str, user: str) -> None:
    store = open_store(str(home.db), user=user)
    try:
        store.set_value(KEY, "verdict.rationale", value)
    finally:
        store.close()


def test_a_conflict_over_a_long_text_shows_both_and_keeps_mine(home: Home) -> None:
    _save(home, LONG, "journey")
    term = home.open_list()
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.press("f5")
    term.wait_for("選択: 目標達成")
    term.settle()
    term.press("alt+r")  # the 判断根拠 tab's text area
    term.settle()
    term.press("ctrl+end")
    term.type(ENDING[0])
    _save(home, THEIRS, "other")  # someone else, before the pause saves what is typed
    term.type(ENDING[1:])
    shown = term.wait_for("競合: 判断根拠 は他の人が変更しました")
    shown = term.wait_for("自分の値で上書き")
    for words in ("違い", "保存されている値（10,008 字）", "あなたの値（10,005 字）"):
        assert words in shown, shown
    assert "保存されている値を使う" in shown and "【他の人の修正】" in shown, shown
    term.press("end")  # one's own value has the focus: to its end
    term.wait_until(lambda s: ENDING in s.split("あなたの値（")[1], "the end of my text")
    term.press("tab", "enter")  # 「自分の値で上書き」
    term.wait_gone("競合")
    eventually(lambda: load(home.db).verdict.rationale, lambda v: v == LONG + ENDING, "kept")
    term.press("ctrl+q")
    term.close(0)
    assert history(home.db)[-1].new == LONG + ENDING
