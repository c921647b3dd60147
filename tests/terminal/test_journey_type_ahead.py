"""Typing straight after opening a report, on a real terminal: the keys wait for the report.

The first report opened in a process takes a moment to read (and to import the form). Before,
a letter typed in that moment replaced 政策名 and tab raised 「競合: 政策名 は他の人が変更しました」
although nobody else had written; keys that arrived with enter, or before the form had a
focused field, were lost. Now they are held until the report is shown and then typed where
the cursor is: appended to 政策名, saved against the value on screen, with no conflict.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.terminal import sshd
from tests.terminal.conftest import HYOKA, Home, eventually, history, load
from tests.terminal.driver import Terminal

NAME = "電子自治体の推進"


@pytest.fixture
def server(tmp_path: Path):  # type: ignore[no-untyped-def]
    started = sshd.start(tmp_path / "sshd")
    yield started
    started.process.kill()
    started.process.wait()


def _typed_ahead(home: Home, term: Terminal, delay: float) -> None:
    term.wait_for("1 / 1 件")
    term.press_then_type("enter", "QW", delay)
    term.wait_for(NAME + "QW")
    term.press("tab")
    term.wait_until(lambda s: "▶政策番号" in s, "the focus on 政策番号")
    eventually(lambda: load(home.db).policy_name, lambda v: v == NAME + "QW", "saved")
    shown = term.settle()
    assert "競合" not in shown, shown
    changes = [(c.path, c.old, c.new) for c in history(home.db)]
    assert changes[-1] == ("report.policy_name", NAME, NAME + "QW"), changes
    term.press("ctrl+q")
    term.close(0)


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.3])
def test_keys_typed_right_after_enter_are_appended(home: Home, delay: float) -> None:
    _typed_ahead(home, home.spawn(), delay)


def test_over_ssh_keys_typed_right_after_enter_are_appended(home: Home, server: sshd.Server):
    """Over a real SSH link, the text reaching hyoka together with the enter before it."""
    env = home.env()
    passed = [f"{name}={env[name]}" for name in sorted(env) if name.startswith(("HYOKA_", "XDG_"))]
    remote = [
        "env",
        *passed,
        "TEXTUAL_ANIMATIONS=none",
        "LANG=C.UTF-8",
        HYOKA,
        "--db",
        str(home.db),
    ]
    term = Terminal(server.ssh_argv(remote), env)
    home.terminals.append(term)
    _typed_ahead(home, term, 0.0)
