"""``hyoka import DIR`` (every ``*.toml`` in it, sorted) and the TUI's import, which runs the
same code (models/snapshot_files)."""

from __future__ import annotations

from pathlib import Path

from models.services.snapshot_files import export_report, import_path, import_paths
from models.store.store import open_store
from tests.conftest import SEED
from tests.test_cli import hyoka

SEED_TEXT = SEED.read_text(encoding="utf-8")
KEY = "soumu-r4-08"


def _snapshot(folder: Path, name: str, key: str, text: str = SEED_TEXT) -> Path:
    path = folder / name
    path.write_text(text.replace(f'key = "{KEY}"', f'key = "{key}"'), encoding="utf-8")
    return path


def test_import_a_folder_imports_every_toml_in_it_sorted(tmp_path: Path) -> None:
    folder = tmp_path / "snapshots"
    folder.mkdir()
    _snapshot(folder, "b.toml", "second")
    _snapshot(folder, "a.toml", "first")
    (folder / "notes.txt").write_text("not a snapshot", encoding="utf-8")
    (folder / "sub").mkdir()
    _snapshot(folder / "sub", "c.toml", "not-taken")
    db = tmp_path / "h.db"
    done = hyoka("import", str(folder), db=db)
    assert done.returncode == 0, done.stderr
    assert "Is a directory" not in done.stderr
    assert done.stdout.splitlines() == [
        f"取り込みました: first（{folder / 'a.toml'}）",
        f"取り込みました: second（{folder / 'b.toml'}）",
    ]
    assert [line.split("\t")[0] for line in hyoka("list", db=db).stdout.splitlines()] == [
        "first",
        "second",
    ]


def test_a_bad_file_in_the_folder_is_refused_alone(tmp_path: Path) -> None:
    folder = tmp_path / "snapshots"
    folder.mkdir()
    _snapshot(folder, "a.toml", "good")
    _snapshot(folder, "b.toml", "bad", SEED_TEXT.replace('ministry = "総務省"', "ministry = 3"))
    _snapshot(folder, "c.toml", "good")  # the same key as a.toml
    db = tmp_path / "h.db"
    done = hyoka("import", str(folder), db=db)
    assert done.returncode == 1
    assert f"{folder / 'b.toml'}: 府省名: " in done.stderr, done.stderr
    assert "［report.ministry］" in done.stderr  # the key path, as a reference
    assert "重複しています" in done.stderr and str(folder / "c.toml") in done.stderr
    assert done.stdout.splitlines() == [f"取り込みました: good（{folder / 'a.toml'}）"]


def test_an_empty_folder_is_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    db = tmp_path / "h.db"
    done = hyoka("import", str(folder), db=db)
    assert done.returncode == 1
    assert (
        done.stderr == f"hyoka: {folder}: このフォルダにはスナップショット（*.toml）がありません\n"
    )
    assert not db.exists()  # nothing to import: no database made for it
    english = hyoka("--lang", "en", "import", str(folder), db=db)
    assert "holds no snapshot (*.toml)" in english.stderr


def test_the_tui_import_is_the_same_code(tmp_path: Path) -> None:
    folder = tmp_path / "snapshots"
    folder.mkdir()
    _snapshot(folder, "a.toml", "one")
    _snapshot(folder, "b.toml", "one")
    empty = tmp_path / "empty"
    empty.mkdir()
    store = open_store(str(tmp_path / "h.db"))
    try:
        imported, problems = import_path(store, folder)
        assert imported == ["one"]
        assert len(problems) == 1 and "重複しています" in problems[0]
        assert import_path(store, empty) == (
            [],
            [f"{empty}: このフォルダにはスナップショット（*.toml）がありません"],
        )
        again = import_paths(store, [folder / "a.toml"])
        assert [r.problem is not None and "既にあります" in r.problem for r in again] == [True]
        written = export_report(store, "one", tmp_path)
        assert written == (tmp_path / "one.toml").resolve()
        assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # none left
        assert 'key = "one"' in written.read_text(encoding="utf-8")
    finally:
        store.close()
