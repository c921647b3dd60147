"""Over a real SSH link: edit, then the link is cut while a second edit is half typed.

The real OpenSSH client (``ssh -tt``, TERM=xterm-256color, no COLORTERM) logs in to a private
sshd on 127.0.0.1 and runs the installed hyoka there, on the server's pseudo-terminal. A
budget cell is edited and accepted; a second cell's editor is opened and part of a value typed;
then the ssh client is killed (SIGKILL, as when a laptop drops off the network). The server
hangs up hyoka's terminal. Afterwards: hyoka has exited, the accepted edit is in the database
and its history, the half-typed value is nowhere, and the file passes integrity_check.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.terminal import sshd
from tests.terminal.conftest import (
    HYOKA,
    KEY,
    Home,
    eventually,
    history,
    integrity,
    load,
)
from tests.terminal.driver import WAIT, Terminal, clear_editor


@pytest.fixture
def server(tmp_path: Path):  # type: ignore[no-untyped-def]
    started = sshd.start(tmp_path / "sshd")
    yield started
    started.process.kill()
    started.process.wait()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def test_cut_link_keeps_accepted_edit_and_drops_half_typed(home: Home, server: sshd.Server):
    pid_file = home.root / "hyoka.pid"
    env = home.env()
    passed = [f"{name}={env[name]}" for name in sorted(env) if name.startswith(("HYOKA_", "XDG_"))]
    # sshd drops the client's environment (except TERM): hyoka's is passed on the command line.
    remote = [
        "sh",
        "-c",
        'echo $$ > "$0"; exec "$@"',
        str(pid_file),
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
    term.wait_for("1 / 1 件")
    pid = int(pid_file.read_text())
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.press("f3")
    term.wait_for("76,461")
    term.press("enter")
    clear_editor(term, "令和元年度（2019年度）　当初予算（a）（百万円）")
    term.type("△１，２３４")
    term.wait_for("△１，２３４")
    term.press("enter")
    term.wait_for("△ 1,234")
    eventually(lambda: load(home.db).budget.years[0].initial, lambda v: v == -1234, "saved")

    term.press("down", "enter")  # 補正予算（b） of 令和元年度: 13,555
    clear_editor(term, "令和元年度（2019年度）　補正予算（b）（百万円）")
    term.type("９８７")
    term.wait_for("９８７")
    term.process.send_signal(signal.SIGKILL)  # the link drops in the middle of typing
    term.process.wait()

    end = time.monotonic() + WAIT
    while _alive(pid) and time.monotonic() < end:
        time.sleep(0.05)
    assert not _alive(pid), "hyoka is still running after the link was cut"
    assert "Traceback" not in term.text_output()

    report = load(home.db)
    assert report.budget.years[0].initial == -1234
    assert report.budget.years[0].supplementary == 13555  # the half-typed 987 never saved
    changes = [(c.path, c.new) for c in history(home.db)]
    assert ("budget[2019].initial", -1234) in changes, changes
    assert not [c for c in changes if c[0] == "budget[2019].supplementary"], changes
    assert integrity(home.db) == [("ok",)]
    assert os.path.exists(home.db)
    assert KEY == report.key
