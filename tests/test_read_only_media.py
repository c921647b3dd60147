"""A database on read-only media (issue 24, item 4): every command that reads works and says
once that it opened the file read-only; every command that writes is refused with the reason,
exit 1, and nothing in the folder changes. On a real read-only bind mount, and on an immutable
copy (tests/read_only.py)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.cli_main import run
from tests.conftest import SEED
from tests.read_only import MakeReadOnly, contents
from tests.read_only import read_only_fixture as read_only_fixture  # the fixture read_only_folder

KEY = "soumu-r4-08"
NOTICE = "読み取り専用で開きました"


def _folder_with_db(tmp_path: Path) -> Path:
    folder = tmp_path / "media"
    folder.mkdir()
    store = open_store(str(folder / "h.db"))
    store.import_report(load_sample())
    store.set_value(KEY, "policy_name", "電子自治体の推進（改）", expected="電子自治体の推進")
    store.close()
    return folder


def test_reading_commands_read_and_say_so_once(
    tmp_path: Path, read_only_folder: MakeReadOnly, capsys: pytest.CaptureFixture[str]
) -> None:
    writable = _folder_with_db(tmp_path)
    expected_check = run(capsys, "--db", str(writable / "h.db"), "check", KEY)
    media = read_only_folder(writable)
    db = str(media / "h.db")
    before = contents(media)
    out = tmp_path / "out"
    out.mkdir()

    listed = run(capsys, "--db", db, "list")
    row = f"{KEY}\t総務省\t8：電子自治体の推進（改）\t2021\t目標達成\t作成中\n"
    assert (listed.code, listed.out) == (0, row)
    history = run(capsys, "--db", db, "history", KEY)
    assert history.code == 0 and "電子自治体の推進（改）" in history.out
    exported = run(capsys, "--db", db, "export", KEY, "-o", str(out / "a.toml"))
    assert exported.code == 0 and "（改）" in (out / "a.toml").read_text(encoding="utf-8")
    checked = run(capsys, "--db", db, "check", KEY)
    assert (checked.code, checked.out) == (expected_check.code, expected_check.out)
    published = run(capsys, "--db", db, "publish", KEY, "--format", "html", "-o", str(out))
    assert published.code == 0 and (out / f"{KEY}.html").is_file()
    for ran in (listed, history, exported, checked, published):
        assert ran.err.count(NOTICE) == 1, ran.err
        assert "読み取り専用の媒体" in ran.err or "書き込む権限なし" in ran.err
        assert "unable to open" not in ran.err
    english = run(capsys, "--lang", "en", "--db", db, "list")
    assert english.code == 0 and "opened read-only" in english.err
    assert not re.search(r"[ぁ-んァ-ヶ一-龠]", english.err)
    assert contents(media) == before


@pytest.mark.parametrize(
    "command",
    [
        ["import", "--replace", str(SEED)],
        ["restore", KEY],
        ["rollover", KEY, "--to", "2022"],
        ["plan", "fix", KEY],
    ],
    ids=["import", "restore", "rollover", "plan-fix"],
)
def test_writing_commands_are_refused_and_write_nothing(
    tmp_path: Path,
    read_only_folder: MakeReadOnly,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    media = read_only_folder(_folder_with_db(tmp_path))
    before = contents(media)
    refused = run(capsys, "--db", str(media / "h.db"), *command)
    assert refused.code == 1, refused
    assert "書き込めません" in refused.err and "変更は保存されません" in refused.err
    assert "readonly" not in refused.err and "unable to" not in refused.err
    assert contents(media) == before
    english = run(capsys, "--lang", "en", "--db", str(media / "h.db"), *command)
    assert english.code == 1 and "cannot write" in english.err
    assert not re.search(r"[ぁ-んァ-ヶ一-龠]", english.err), english.err


def test_saves_still_in_the_write_ahead_log_are_read(
    tmp_path: Path, read_only_folder: MakeReadOnly, capsys: pytest.CaptureFixture[str]
) -> None:
    """A copy taken while hyoka was saving: the last save sits in ``h.db-wal`` only, with no
    ``-shm`` beside it. Read-only media can hold neither the index SQLite would make nor a
    checkpoint, and ``immutable`` alone would skip the log: the save must still be read."""
    source = _folder_with_db(tmp_path)
    writer = sqlite3.connect(source / "h.db", isolation_level=None)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE report SET policy_name = 'ログにだけある名前'")
        copy = tmp_path / "copy"
        copy.mkdir()
        shutil.copyfile(source / "h.db", copy / "h.db")
        shutil.copyfile(source / "h.db-wal", copy / "h.db-wal")
    finally:
        writer.close()
    assert (copy / "h.db-wal").stat().st_size > 0 and not (copy / "h.db-shm").exists()
    media = read_only_folder(copy)
    before = contents(media)
    listed = run(capsys, "--db", str(media / "h.db"), "list")
    assert listed.code == 0, listed.err
    assert "ログにだけある名前" in listed.out
    assert contents(media) == before


def test_an_older_database_on_read_only_media_is_refused_in_words(
    tmp_path: Path, read_only_folder: MakeReadOnly, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder_with_db(tmp_path)
    with closing(sqlite3.connect(folder / "h.db", isolation_level=None)) as conn:
        conn.execute("UPDATE meta SET value = '4' WHERE name = 'schema_version'")  # an older hyoka
    media = read_only_folder(folder)
    refused = run(capsys, "--db", str(media / "h.db"), "list")
    assert refused.code == 1
    assert "書き込める場所にコピーしてから開いてください" in refused.err, refused.err
