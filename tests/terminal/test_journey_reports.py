"""Reports as a whole on a real terminal: create, delete (confirmed), import and export from
the command palette, including the error notifications a bad file or path gives."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from tests.terminal.conftest import KEY, Home, eventually, history, open_store


def _keys(home: Home) -> list[str]:
    store = open_store(str(home.db))
    try:
        return store.keys()
    finally:
        store.close()


def test_create_report(home: Home) -> None:
    term = home.open_list()
    term.press("n")
    term.wait_for("新しい評価書")
    term.wait_for("例: soumu-r4-08")
    term.type("journey-1")
    term.wait_for("journey-1")
    term.settle()
    term.press("tab")
    term.settle()
    term.type("第１部　陸上交通の安全")
    term.wait_for("第１部　陸上交通の安全")
    term.press("enter")
    term.wait_for("評価書番号")  # the new report's screen
    names = eventually(lambda: _keys(home), lambda k: "journey-1" in k, "created")
    assert names == sorted([KEY, "journey-1"])
    term.press("escape")
    term.wait_for("2 / 2 件")
    term.press("ctrl+q")
    term.close(0)
    store = open_store(str(home.db))
    assert store.load_report("journey-1").policy_name == "第１部　陸上交通の安全"
    store.close()


def test_delete_report_asks_first(home: Home) -> None:
    term = home.open_list()
    term.settle()
    term.press("d")
    term.wait_for(f"{KEY} を削除しますか？")
    term.press("n")  # no: nothing changes
    term.wait_gone("を削除しますか？")
    term.press("d")
    term.wait_for(f"{KEY} を削除しますか？")
    term.press("y")
    term.wait_for("0 / 0 件")
    eventually(lambda: _keys(home), lambda k: k == [], "deleted")
    term.press("ctrl+q")
    term.close(0)
    assert history(home.db)[-1].action == "delete"


def _palette(term, command: str) -> None:  # type: ignore[no-untyped-def]
    term.press("ctrl+p")
    term.wait_for("コマンドを検索")
    term.settle()
    term.type(command)
    term.wait_for(command)
    term.settle()
    term.press("enter")


def test_import_bad_file_and_export_bad_path_from_palette(home: Home) -> None:
    """Errors arrive as notifications: the app shows them and goes on."""
    # a short path, so that the toast naming it does not wrap the file name apart
    short = Path(tempfile.mkdtemp(prefix="hj", dir="/tmp"))
    try:
        _import_and_export_errors(home, short)
    finally:
        shutil.rmtree(short)


def _import_and_export_errors(home: Home, short: Path) -> None:
    not_toml = short / "notes.toml"
    not_toml.write_text("これは TOML ではない [[[\n", encoding="utf-8")
    term = home.open_list()

    _palette(term, "スナップショットを読み込む")
    term.wait_for("読み込むスナップショット")
    term.type(str(home.root / "nope.toml"))
    term.press("enter")
    term.wait_for("見つかりません")  # said under the field; the prompt stays
    term.press("end", "ctrl+u")
    term.type(str(not_toml))
    term.wait_for("notes.toml")
    term.press("enter")
    term.wait_for("0 件読み込みました")
    term.wait_for("notes.toml: 1 行目")  # the error notification names the file and line

    _palette(term, f"{KEY} を書き出す")
    term.wait_for(f"{KEY} の書き出し先")
    term.press("end", "ctrl+u")
    term.type("/no/such/dir/x.toml")
    term.wait_for("/no/such/dir/x.toml")
    term.press("enter")
    # what went wrong in Japanese, then the path; no "[Errno 2]", no temporary file's name
    shown = term.wait_for("書き出せません")  # wrapped inside the toast: its first words
    assert "Errno" not in shown and ".tmp" not in shown

    _palette(term, f"{KEY} を書き出す")
    term.wait_for(f"{KEY} の書き出し先")
    target = home.root / "out.toml"
    term.press("end", "ctrl+u")
    term.type(str(target))
    term.press("enter")
    term.wait_for("書き出しました")
    term.press("ctrl+q")
    term.close(0)
    assert target.read_text(encoding="utf-8").count(KEY) >= 1
    assert _keys(home) == [KEY]
