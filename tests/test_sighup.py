"""Closing the terminal under hyoka (SIGHUP) ends it cleanly and keeps every accepted edit.

The TUI runs in a pseudo-terminal as a user would run it. Once it shows the report list,
an edit is committed (from another process, while the TUI holds the database open), then
the terminal hangs up: by an explicit SIGHUP with the terminal still readable (so its
output can be checked for a traceback), and by really closing the terminal (pty.fork, the
master closed: the kernel sends SIGHUP and writes fail). Either way hyoka exits within
seconds with 129 (128 + SIGHUP), having restored the terminal and closed the store: the
write-ahead log is checkpointed away, the file passes integrity_check and holds the edit.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from models.store.store import open_store
from tests.conftest import ROOT

KEY = "soumu-r4-08"
HANGUP_EXIT = 128 + signal.SIGHUP


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HYOKA_")}
    env.update(TERM="xterm-256color", TEXTUAL_ANIMATIONS="none", COLUMNS="80", LINES="24")
    return env


def _size(fd: int) -> None:
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))


def _read_until(master: int, marker: bytes, timeout: float) -> bytes:
    out = b""
    end = time.monotonic() + timeout
    while marker not in out and time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                out += os.read(master, 65536)
            except OSError:
                break
    return out


def _edit_while_open(db: Path) -> None:
    store = open_store(str(db), user="tester")
    store.set_value(KEY, "verdict.analysis", "SIGHUP の前に保存")
    store.close()


def _check_database(db: Path) -> None:
    assert not Path(f"{db}-wal").exists(), "the store was not closed (WAL left behind)"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    store = open_store(str(db))
    assert store.load_report(KEY).verdict.analysis == "SIGHUP の前に保存"
    assert store.history(KEY)[-1].user == "tester"
    store.close()


def _wait(poll: callable, timeout: float) -> int | None:  # type: ignore[valid-type]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        code = poll()
        if code is not None:
            return code
        time.sleep(0.05)
    return None


def test_sighup_exits_cleanly_and_keeps_edits(db_path: Path) -> None:
    master, slave = os.openpty()
    _size(slave)
    child = subprocess.Popen(
        [sys.executable, "-m", "tui.cli.main", "--db", str(db_path)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env=_env(),
        start_new_session=True,
    )
    os.close(slave)
    try:
        shown = _read_until(master, KEY.encode(), 60)
        assert KEY.encode() in shown, shown[-2000:]
        _edit_while_open(db_path)
        child.send_signal(signal.SIGHUP)
        started = time.monotonic()
        code = _wait(child.poll, 10)
        rest = _read_until(master, b"\x00never", 0.5)
    finally:
        if child.poll() is None:
            child.kill()
        os.close(master)
    output = shown + rest
    assert code == HANGUP_EXIT, (code, output[-2000:])
    assert time.monotonic() - started < 10
    assert b"Traceback" not in output and b"Error" not in rest, rest
    assert b"\x1b[?1049l" in rest  # the alternate screen was left: the app shut down itself
    _check_database(db_path)


def test_closing_the_terminal_exits_cleanly_and_keeps_edits(db_path: Path) -> None:
    pid, master = pty.fork()
    if pid == 0:  # the child: become hyoka at once, on the new terminal
        try:
            os.chdir(ROOT)
            os.execve(
                sys.executable, [sys.executable, "-m", "tui.cli.main", "--db", str(db_path)], _env()
            )
        finally:
            os._exit(127)
    _size(master)
    status: list[int] = []

    def poll() -> int | None:
        done, code = os.waitpid(pid, os.WNOHANG)
        if done:
            status.append(os.waitstatus_to_exitcode(code))
            return status[0]
        return None

    try:
        shown = _read_until(master, KEY.encode(), 60)
        assert KEY.encode() in shown, shown[-2000:]
        _edit_while_open(db_path)
    finally:
        os.close(master)  # hang up: the kernel sends SIGHUP to the terminal's session
    code = _wait(poll, 10)
    if code is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    assert code == HANGUP_EXIT, code
    _check_database(db_path)


def _policy_name(db: Path) -> str:
    store = open_store(str(db))
    try:
        return store.load_report(KEY).policy_name
    finally:
        store.close()


def test_a_hang_up_in_the_middle_of_typing_saves_only_what_was_accepted(db_path: Path) -> None:
    """An edit accepted with enter is kept; what is typed after it, not accepted when the
    terminal hangs up, is not saved (closing blurs the field, and a blur would accept)."""
    master, slave = os.openpty()
    _size(slave)
    child = subprocess.Popen(
        [sys.executable, "-m", "tui.cli.main", "--db", str(db_path)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env=_env(),
        start_new_session=True,
    )
    os.close(slave)
    accepted = "電子自治体の推進改訂"
    try:
        shown = _read_until(master, KEY.encode(), 60)
        assert KEY.encode() in shown, shown[-2000:]
        os.write(master, b"\r")  # open the report: the cursor in 政策名
        shown += _read_until(master, "総務省R4－⑧".encode(), 30)  # the report, loaded
        os.write(master, b"\x1b[F" + "改訂".encode() + b"\r")  # end, type, accept
        end = time.monotonic() + 30
        while _policy_name(db_path) != accepted and time.monotonic() < end:
            time.sleep(0.1)
        assert _policy_name(db_path) == accepted
        os.write(master, "途中".encode())  # typed, not accepted
        shown += _read_until(master, "改訂途中".encode(), 30)
        assert "改訂途中".encode() in shown, shown[-2000:]
        child.send_signal(signal.SIGHUP)
        code = _wait(child.poll, 10)
        rest = _read_until(master, b"\x00never", 0.5)
    finally:
        if child.poll() is None:
            child.kill()
        os.close(master)
    assert code == HANGUP_EXIT, (code, rest[-2000:])
    assert b"Traceback" not in shown + rest
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert _policy_name(db_path) == accepted
    store = open_store(str(db_path))
    try:
        saved = [c.new for c in store.history(KEY) if c.path == "report.policy_name"]
    finally:
        store.close()
    assert saved == [accepted]
