"""Which databases ``hyoka`` opens: the TUI refuses unusable files before Textual starts, and
commands that only read never create a database (nor its folders)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from models.store.store import open_store
from tests.conftest import ROOT, SEED
from tests.test_cli import hyoka

# ``hyoka`` as the console script runs it, then whether Textual was ever imported.
TUI = (
    "import sys\n"
    "from tui.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    "print('textual imported' if 'textual' in sys.modules else 'textual not imported')\n"
    "sys.exit(code)\n"
)


def tui(*args: str) -> subprocess.CompletedProcess[str]:
    """``hyoka ARGS`` with stdin and stdout not a terminal; a TUI that starts never answers
    within the timeout, or imports Textual, and either fails the test."""
    return subprocess.run(
        [sys.executable, "-c", TUI, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "HYOKA_LANG": "ja"},
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def _text(path: Path) -> None:
    path.write_text("買い物メモ\n牛乳\n", encoding="utf-8")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _corrupt(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 32)


def _directory(path: Path) -> None:
    path.mkdir()


def _newer(path: Path) -> None:
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE name = 'schema_version'")
    conn.close()


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()


UNUSABLE: dict[str, tuple[Callable[[Path], None], str]] = {
    "text": (_text, "データベースではありません"),
    "empty": (_empty, "データベースではありません"),
    "corrupt": (_corrupt, "壊れているか"),
    "directory": (_directory, "ディレクトリです"),
    "newer": (_newer, "新しい hyoka で作られています"),
    "foreign": (_foreign, "hyoka のデータベースではありません"),
}


@pytest.mark.parametrize("kind", sorted(UNUSABLE))
def test_tui_refuses_an_unusable_database_before_textual(tmp_path: Path, kind: str) -> None:
    make, message = UNUSABLE[kind]
    path = tmp_path / "notes.txt"
    make(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    done = tui("--db", str(path))
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert done.stderr.startswith("hyoka: ") and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout.strip() == "textual not imported"
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no -wal, no -journal
    if kind != "directory":
        # the commands refuse the same file with the same words
        listed = hyoka("--db", str(path), "list")
        assert listed.returncode == 1 and message in listed.stderr, listed.stderr


def test_tui_refusal_speaks_english(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    _text(path)
    done = tui("--lang", "en", "--db", str(path))
    assert done.returncode == 1
    assert "is not a database" in done.stderr, done.stderr


def test_importing_into_an_unusable_file_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    _empty(path)
    done = hyoka("--db", str(path), "import", str(SEED))
    assert done.returncode == 1 and "データベースではありません" in done.stderr
    assert path.read_bytes() == b""


READ_ONLY = {
    "list": ("list",),
    "check": ("check", "soumu-r4-08"),
    "check-all": ("check", "--all"),
    "export": ("export", "soumu-r4-08"),
    "export-all": ("export", "--all", "-o", "OUT"),
    "history": ("history", "soumu-r4-08"),
}


@pytest.mark.parametrize("name", sorted(READ_ONLY))
def test_a_reading_command_never_creates_a_database(tmp_path: Path, name: str) -> None:
    missing = tmp_path / "no" / "such" / "dir"
    args = [str(tmp_path / "out") if a == "OUT" else a for a in READ_ONLY[name]]
    done = hyoka("--db", str(missing / "x.db"), *args)
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "データベースがありません" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "no").exists()
    # a missing file in an existing folder: not created either
    done = hyoka("--db", str(tmp_path / "x.db"), *args)
    assert done.returncode == 1 and not (tmp_path / "x.db").exists()


def test_copy_from_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    source, target = tmp_path / "nope.db", tmp_path / "to.db"
    done = hyoka("copy", "--from", str(source), "--to", str(target))
    assert done.returncode == 1, done.stderr
    assert "データベースがありません" in done.stderr
    assert not source.exists() and not target.exists()


def test_an_empty_db_path_is_a_usage_error(tmp_path: Path) -> None:
    for args in (("--db", "", "list"), ("list", "--db", ""), ("--db", "")):
        done = hyoka(*args, env={"XDG_DATA_HOME": str(tmp_path)})
        assert done.returncode == 2, (args, done.stderr)
        assert "--db" in done.stderr and "空" in done.stderr
    assert list(tmp_path.iterdir()) == []  # the default database was not created either


def test_import_still_creates_the_database_and_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "h.db"
    done = hyoka("--db", str(path), "import", str(SEED))
    assert done.returncode == 0, done.stderr
    assert hyoka("--db", str(path), "list").stdout.startswith("soumu-r4-08\t")
