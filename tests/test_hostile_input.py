"""Hostile input never gets past the door, and never as a traceback.

Every file in tests/hostile/ (and a few generated ones) is refused by ``hyoka import`` with
exit 1, a message naming the place (tests/hostile/expected.toml), no traceback, and the
database byte for byte as it was. Tricky but valid text goes in and comes out unchanged.
Broken, locked and read-only databases given to ``--db`` get a clear message, never a
traceback. The commands run as subprocesses, concurrently, as a user would run them.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from models.snapshot.codec import dumps_snapshot, loads_snapshot
from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.cli_main import hyoka
from tests.conftest import ROOT, SEED

# One worker builds the module's shared fixture once (pytest-xdist, --dist loadgroup).
pytestmark = pytest.mark.xdist_group("hostile_input")

HOSTILE = Path(__file__).resolve().parent / "hostile"
EXPECTED: dict[str, dict[str, str]] = tomllib.loads(
    (HOSTILE / "expected.toml").read_text(encoding="utf-8")
)["files"]
TRICKY = HOSTILE / "accepted" / "tricky.toml"


@dataclass
class Run:
    result: subprocess.CompletedProcess[str]
    db: Path
    before: bytes | None

    @property
    def unchanged(self) -> bool:
        return self.before is None or self.db.read_bytes() == self.before


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HYOKA_")}
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    return env


def _hyoka(
    env: dict[str, str], db: Path, *args: str, preexec: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli.main", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        preexec_fn=preexec,
    )


def _seeded(path: Path) -> Path:
    store = open_store(str(path))
    store.import_report(load_sample())
    store.close()
    return path


# ---------------------------------------------------------------- read-only, honestly
_libc = ctypes.CDLL(None, use_errno=True)
PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2


def _drop_root_override() -> None:
    """In the child: make permission bits bind root too (drop the DAC override capabilities).

    Tests run as root in CI containers, where chmod 0444 does not stop a write; without this
    the read-only case would test nothing. Not root: permission bits already apply.
    """
    if os.geteuid() == 0:
        for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
            if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) refused")


# ---------------------------------------------------------------- all runs, in parallel
@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    base = tmp_path_factory.mktemp("hostile")
    env = _env(base)
    seeded = _seeded(base / "seed.db")
    jobs: dict[str, Callable[[], Run]] = {}

    def refuse_file(name: str, source: Path) -> Callable[[], Run]:
        def job() -> Run:
            db = base / f"{name}.db"
            shutil.copyfile(seeded, db)
            before = db.read_bytes()
            return Run(_hyoka(env, db, "import", str(source)), db, before)

        return job

    def every_file() -> Run:  # one run for the whole corpus: each file is judged on its own
        db = base / "corpus.db"
        shutil.copyfile(seeded, db)
        before = db.read_bytes()
        return Run(_hyoka(env, db, "import", *(str(HOSTILE / n) for n in EXPECTED)), db, before)

    jobs["corpus"] = every_file
    deep = base / "deep-nesting.toml"
    deep.write_text('schema = "hyoka/1"\nx = ' + "[" * 200_000 + "]" * 200_000 + "\n")
    jobs["deep-nesting.toml"] = refuse_file("deep", deep)
    deep_tables = base / "deep-tables.toml"
    deep_tables.write_text('schema = "hyoka/1"\nx = ' + "{a=" * 20_000 + "1" + "}" * 20_000)
    jobs["deep-tables.toml"] = refuse_file("deep-tables", deep_tables)
    big = base / "too-large.toml"
    big.write_bytes(SEED.read_bytes() + b"#" + b"x" * (10 * 1024 * 1024) + b"\n")
    jobs["too-large.toml"] = refuse_file("big", big)
    jobs["existing-key"] = refuse_file("existing", SEED)

    # --db hostile
    def db_job(
        name: str,
        make: Callable[[Path], None],
        *args: str,
        preexec: Callable[[], None] | None = None,
    ) -> Callable[[], Run]:
        def job() -> Run:
            db = base / f"{name}.db"
            make(db)
            before = db.read_bytes() if db.is_file() else None
            return Run(_hyoka(env, db, *args, preexec=preexec), db, before)

        return job

    garbage = bytes(range(256)) * 64
    header = seeded.read_bytes()[:100]

    def corrupt_pages(db: Path) -> None:
        data = bytearray(seeded.read_bytes())
        data[4096 * 7 :] = garbage[: len(data) - 4096 * 7]  # keep the schema pages only
        db.write_bytes(bytes(data))

    def read_only(db: Path) -> None:
        shutil.copyfile(seeded, db)
        db.chmod(0o444)

    jobs["db-directory"] = db_job("dir", lambda p: p.mkdir(), "import", str(SEED))
    jobs["db-not-sqlite"] = db_job(
        "text", lambda p: p.write_text("これはデータベースではありません\n"), "list"
    )
    jobs["db-header-then-garbage"] = db_job(
        "header", lambda p: p.write_bytes(header + garbage), "import", str(SEED)
    )
    for command in (("list",), ("export", "soumu-r4-08"), ("import", "--replace", str(SEED))):
        jobs[f"db-corrupt-pages-{command[0]}"] = db_job(
            f"pages-{command[0]}", corrupt_pages, *command
        )
    jobs["db-read-only-list"] = db_job("ro-list", read_only, "list", preexec=_drop_root_override)
    jobs["db-read-only-import"] = db_job(
        "ro-import", read_only, "import", "--replace", str(SEED), preexec=_drop_root_override
    )

    def locked() -> Run:
        db = base / "locked.db"
        shutil.copyfile(seeded, db)
        before = db.read_bytes()
        holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            return Run(_hyoka(env, db, "import", "--replace", str(SEED)), db, before)
        finally:
            holder.execute("ROLLBACK")
            holder.close()

    jobs["db-locked"] = locked
    with ThreadPoolExecutor(max_workers=6) as pool:
        futures = {name: pool.submit(job) for name, job in jobs.items()}
        return {name: future.result() for name, future in futures.items()}


def _clean_refusal(run: Run) -> str:
    """Exit 1, one ``hyoka:`` message, no traceback, nothing written; returns stderr."""
    err = run.result.stderr
    assert run.result.returncode == 1, (run.result.returncode, err)
    assert "Traceback" not in err and "sqlalche.me" not in err, err
    assert err.startswith("hyoka: "), err
    assert not any(ch in err for ch in "\x1b\x07\x9b"), repr(err)  # nothing steers a terminal
    assert run.unchanged
    return err


# ---------------------------------------------------------------- hostile snapshot files
def test_hostile_corpus_is_refused(runs: dict[str, Run]) -> None:
    run = runs["corpus"]
    _clean_refusal(run)
    assert run.result.stdout == ""  # nothing imported
    assert "取り込みました" not in run.result.stderr


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file_is_refused_with_its_place(runs: dict[str, Run], name: str) -> None:
    lines = runs["corpus"].result.stderr.splitlines()
    mine = [line for line in lines if f"{HOSTILE / name}: " in line]
    expected = EXPECTED[name]
    at = (f"{HOSTILE / name}: {expected['path']}: ", f"　［{expected['path']}］")
    assert any(
        any(place in line for place in at) and expected["message"] in line for line in mine
    ), mine


def test_every_hostile_file_has_an_expectation() -> None:
    files = {p.name for p in HOSTILE.glob("*.toml")} - {"expected.toml"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize(
    "name, message",
    [
        ("deep-nesting.toml", "入れ子が深すぎます"),
        ("deep-tables.toml", "入れ子が深すぎます"),
        ("too-large.toml", "ファイルが大きすぎます"),
        ("existing-key", "soumu-r4-08 は既にあります"),
    ],
)
def test_generated_hostile_input_is_refused(runs: dict[str, Run], name: str, message: str) -> None:
    assert message in _clean_refusal(runs[name])


# ---------------------------------------------------------------- hostile --db
@pytest.mark.parametrize(
    "name, message",
    [
        ("db-directory", "ディレクトリです"),
        ("db-not-sqlite", "データベースではありません"),
        ("db-header-then-garbage", "壊れているか"),
        ("db-read-only-import", "読み取り専用"),
        ("db-locked", "使用中です"),
    ],
)
def test_hostile_database_gets_a_message(runs: dict[str, Run], name: str, message: str) -> None:
    assert message in _clean_refusal(runs[name])


def test_read_only_database_can_still_be_read(runs: dict[str, Run]) -> None:
    run = runs["db-read-only-list"]
    assert run.result.returncode == 0, run.result.stderr
    assert run.result.stdout.startswith("soumu-r4-08\t")
    assert run.unchanged


def test_corrupt_pages_are_reported_not_raised(runs: dict[str, Run]) -> None:
    found = [runs[f"db-corrupt-pages-{c}"] for c in ("list", "export", "import")]
    for run in found:
        if run.result.returncode != 0:
            assert "壊れているか" in _clean_refusal(run)
    assert any(run.result.returncode == 1 for run in found)  # the damage was noticed


# ---------------------------------------------------------------- tricky but valid
def _roundtrip(tmp_path: Path, snapshot: Path, key: str) -> None:
    text = snapshot.read_text(encoding="utf-8")
    assert dumps_snapshot(loads_snapshot(text)) == text  # the file is canonical
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    imported = hyoka("--db", str(first), "import", str(snapshot))
    assert imported.returncode == 0, imported.stderr
    exported = hyoka("--db", str(first), "export", key)
    assert exported.returncode == 0
    assert exported.stdout.encode() == snapshot.read_bytes()  # byte for byte
    again = tmp_path / "again.toml"
    again.write_text(exported.stdout, encoding="utf-8", newline="\n")
    assert hyoka("--db", str(second), "import", str(again)).returncode == 0
    assert hyoka("--db", str(second), "export", key).stdout == exported.stdout
    assert tomllib.loads(exported.stdout) == tomllib.loads(text)


def test_tricky_text_and_numbers_survive(tmp_path: Path) -> None:
    text = TRICKY.read_text(encoding="utf-8")
    for fragment in (
        "[b]",
        "[/]",
        "[red]x[/red]",
        '\\"\\"\\"',
        "\\\\",
        "👩‍💻",
        "e\u0301",
        "-9223372036854775807",
        "5e-324",
        "-0.0",
        "123456789012345678",
    ):
        assert fragment in text, fragment  # the corpus still holds what it is meant to
    _roundtrip(tmp_path, TRICKY, "tricky-1")


def test_long_rationale_survives(tmp_path: Path) -> None:
    """100 KB of tricky text through the store (the CLI path is the test above)."""
    report = loads_snapshot(TRICKY.read_text(encoding="utf-8"))
    line = '判断根拠 [b]太字[/b] \\ """ 🏛️ e\u0301 100％（45／45）\n'
    report.verdict.rationale = (line * (100_000 // len(line.encode()) + 1)).rstrip("\n")
    assert len(report.verdict.rationale.encode()) > 100_000
    text = dumps_snapshot(report)
    store = open_store(str(tmp_path / "long.db"))
    store.import_report(loads_snapshot(text))
    assert dumps_snapshot(store.load_report("tricky-1")) == text
    store.close()
    reopened = open_store(str(tmp_path / "long.db"))
    assert dumps_snapshot(reopened.load_report("tricky-1")) == text
    reopened.close()
