"""Publishing from the preview on a real terminal: ``o``, the document chosen (評価書 or
事前分析表), the path typed, the file written and the notification read off the screen."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from tests.terminal.conftest import KEY, Home


def test_publish_the_plan_from_the_preview(home: Home) -> None:
    short = Path(tempfile.mkdtemp(prefix="hp", dir="/tmp"))  # a path the toast shows whole
    try:
        _publish_plan(home, short / "p.html")
    finally:
        shutil.rmtree(short)


def _publish_plan(home: Home, target: Path) -> None:
    term = home.open_list()
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.press("f6")
    term.wait_for("政策の予算額・執行額等")
    term.press("o")
    term.wait_for(f"{KEY}: 何を発行しますか")
    term.wait_for("事前分析表")
    term.press("down", "enter")
    term.wait_for(f"{KEY} の事前分析表の発行先")
    term.wait_for(f"{KEY}-plan.pdf")
    term.press("end", "ctrl+u")
    term.type(str(target))
    term.wait_for(str(target))
    term.press("enter")
    term.wait_for("発行しました")
    term.press("ctrl+q")
    term.close(0)
    page = target.read_text(encoding="utf-8")
    assert "<title>令和３年度実施政策に係る事前分析表</title>" in page
    assert "測定指標の選定理由及び目標（値）の設定の根拠" in page
