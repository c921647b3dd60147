"""A home for one journey: a temporary database seeded with the sample, a config, XDG dirs."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pytest

from models.report.history import Change
from models.report.model import Report
from models.snapshot.sample import load_sample
from models.store.store import Store, open_store
from tests.terminal.driver import WAIT, Terminal

T = TypeVar("T")
KEY = "soumu-r4-08"
# The console script the package installs, beside this interpreter (.venv/bin/hyoka).
HYOKA = str(Path(sys.executable).with_name("hyoka"))


@dataclass
class Home:
    """Where one journey's hyoka keeps everything, and the terminals it opened."""

    root: Path
    db: Path
    config: Path
    terminals: list[Terminal] = field(default_factory=list)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("HYOKA_", "XDG_"))}
        env.pop("COLORTERM", None)
        env.update(
            HYOKA_CONFIG=str(self.config),
            XDG_CONFIG_HOME=str(self.root / "config"),
            XDG_DATA_HOME=str(self.root / "data"),
            XDG_STATE_HOME=str(self.root / "state"),
            XDG_CACHE_HOME=str(self.root / "cache"),
            TEXTUAL_ANIMATIONS="none",
            LANG="C.UTF-8",
        )
        return env

    def spawn(
        self, *args: str, controlling: bool = False, size: tuple[int, int] = (80, 24)
    ) -> Terminal:
        """``hyoka --db DB ARGS`` on a new terminal of ``size`` (columns, rows; 80×24 unless
        told), ``controlling``: see Terminal."""
        term = Terminal(
            [HYOKA, "--db", str(self.db), *args],
            self.env(),
            cwd=self.root,
            controlling=controlling,
            size=size,
        )
        self.terminals.append(term)
        return term

    def open_list(self, size: tuple[int, int] = (80, 24)) -> Terminal:
        """hyoka started at ``size``, its report list shown."""
        term = self.spawn(size=size)
        term.wait_for("1 / 1 件")
        return term

    def store(self) -> Store:
        return open_store(str(self.db))


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Home]:
    assert Path(HYOKA).exists(), f"{HYOKA} is not installed (uv sync)"
    config = tmp_path / "config.toml"
    config.write_text('cursor_blink = false\nuser = "journey"\n', encoding="utf-8")
    db = tmp_path / "hyoka.db"
    store = open_store(str(db))
    store.import_report(load_sample())
    store.close()
    made = Home(root=tmp_path, db=db, config=config)
    yield made
    for term in made.terminals:
        term.kill()


def eventually(read: Callable[[], T], ok: Callable[[T], bool], what: str) -> T:
    """Poll ``read()`` until ``ok`` holds (a save runs in a worker, just after the screen)."""
    end = time.monotonic() + WAIT
    while True:
        value = read()
        if ok(value):
            return value
        if time.monotonic() > end:
            raise AssertionError(f"{what}: still {value!r} after {WAIT}s")
        time.sleep(0.05)


def load(db: Path) -> Report:
    """The report as the database holds it now."""
    store = open_store(str(db))
    try:
        return store.load_report(KEY)
    finally:
        store.close()


def history(db: Path) -> list[Change]:
    store = open_store(str(db))
    try:
        return store.history(KEY)
    finally:
        store.close()


def integrity(db: Path) -> list[tuple[str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchall()
