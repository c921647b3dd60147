"""The command line as a user runs it: outputs and exit codes, through ``main(argv)`` in this
process (tests/cli_main.py), and once through the installed entry point in a real process."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.cli_main import hyoka
from tests.conftest import ROOT, SEED

__all__ = ["hyoka"]  # tests written against this module's helper keep importing it

KEY = "soumu-r4-08"


def test_the_installed_entry_point_answers() -> None:
    """The console script a user types, in its own process: the one run that needs it."""
    script = Path(sys.executable).with_name("hyoka")
    done = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("hyoka ")


def test_version_and_help() -> None:
    assert hyoka("--version").stdout.startswith("hyoka ")
    helped = hyoka("--help")
    assert helped.returncode == 0
    for command in ("demo", "import", "export", "list"):
        assert command in helped.stdout
    assert "import" in hyoka("--lang", "en", "--help").stdout


def test_import_then_export_equals_the_fixture(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    done = hyoka("import", str(SEED), db=db)
    assert done.returncode == 0, done.stderr
    exported = hyoka("export", KEY, db=db)
    assert exported.returncode == 0
    assert tomllib.loads(exported.stdout) == tomllib.loads(SEED.read_text(encoding="utf-8"))
    assert exported.stdout == hyoka("export", KEY, db=db).stdout
    out = tmp_path / "one.toml"
    assert hyoka("export", KEY, "-o", str(out), db=db).returncode == 0
    assert out.read_text(encoding="utf-8") == exported.stdout


def test_db_flag_wins_over_environment(tmp_path: Path) -> None:
    env_db, flag_db = tmp_path / "env.db", tmp_path / "flag.db"
    assert hyoka("--db", str(flag_db), "import", str(SEED), db=env_db).returncode == 0
    assert flag_db.exists() and not env_db.exists()
    assert hyoka("list", "--db", str(flag_db)).stdout.startswith(KEY)


def test_list_is_tsv_when_piped(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    hyoka("import", str(SEED), db=db)
    assert (
        hyoka("list", db=db).stdout
        == f"{KEY}\t総務省\t8：電子自治体の推進\t2021\t目標達成\t作成中\n"
    )


def test_export_several_to_a_directory(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    other = tmp_path / "other.toml"
    other.write_text(
        SEED.read_text(encoding="utf-8").replace(f'key = "{KEY}"', 'key = "other-1"'),
        encoding="utf-8",
    )
    assert hyoka("import", str(SEED), str(other), db=db).returncode == 0
    out = tmp_path / "out"
    done = hyoka("export", "--all", "-o", str(out), db=db)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["other-1.toml", f"{KEY}.toml"]
    assert (out / f"{KEY}.toml").read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ("export",),
        ("export", "a", "b"),
        ("export", "--all"),
        ("export", "a", "--all"),
        ("import",),
        ("nonsense",),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    done = hyoka(*args, db=tmp_path / "h.db")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_unknown_key_exits_1(tmp_path: Path) -> None:
    assert hyoka("import", str(SEED), db=tmp_path / "h.db").returncode == 0
    done = hyoka("export", "nope", db=tmp_path / "h.db")
    assert done.returncode == 1 and "nope" in done.stderr


SEED_TEXT = SEED.read_text(encoding="utf-8")
BAD_SNAPSHOTS = {
    "broken-toml": (SEED_TEXT.replace('ministry = "総務省"', 'ministry = "総務省'), "5 行目"),
    "unknown-key": (
        SEED_TEXT.replace("actual = 1279\n", "actual = 1279\nactaul = 1\n"),
        "objectives[0].indicators[0].years[1].actaul",
    ),
    "wrong-type": (
        SEED_TEXT.replace("executed = 71574", 'executed = "71,574"'),
        "budget.years[0].executed",
    ),
    "unknown-schema": (SEED_TEXT.replace('"hyoka/1"', '"hyoka/9"'), "schema"),
    "duplicate-number": (
        SEED_TEXT.replace("number = 2\n", "number = 1\n"),
        "objectives[0].indicators[1].number",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_SNAPSHOTS))
def test_failing_import_changes_nothing(name: str, tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    assert hyoka("import", str(SEED), db=db).returncode == 0
    before = db.read_bytes()
    text, place = BAD_SNAPSHOTS[name]
    bad = tmp_path / f"{name}.toml"
    bad.write_text(text.replace(f'key = "{KEY}"', 'key = "fresh"'), encoding="utf-8")
    done = hyoka("import", str(bad), db=db)
    assert done.returncode == 1
    assert str(bad) in done.stderr and place in done.stderr
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_existing_key_without_replace_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    hyoka("import", str(SEED), db=db)
    before = db.read_bytes()
    changed = tmp_path / "changed.toml"
    changed.write_text(SEED_TEXT.replace("電子自治体の推進", "変更"), encoding="utf-8")
    done = hyoka("import", str(changed), db=db)
    assert done.returncode == 1 and "--replace" in done.stderr
    assert db.read_bytes() == before
    assert hyoka("import", "--replace", str(changed), db=db).returncode == 0
    assert "変更" in hyoka("list", db=db).stdout


def test_english_messages(tmp_path: Path) -> None:
    assert hyoka("import", str(SEED), db=tmp_path / "h.db").returncode == 0
    done = hyoka("--lang", "en", "export", "nope", db=tmp_path / "h.db")
    assert "no such report: nope" in done.stderr
