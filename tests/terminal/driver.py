"""A real terminal for journeys: the installed ``hyoka`` on a pseudo-terminal, read back by pyte.

``Terminal`` spawns a command on a fresh pty of 80×24 with ``TERM=xterm-256color`` (and no
``COLORTERM``, as over SSH), writes the bytes a user's keyboard sends (UTF-8 text as an IME
commits it, xterm's escape sequences for F-keys and arrows, control bytes for ctrl keys) and
feeds everything the program writes into a VT emulator (pyte), whose screen is what the user
sees. Waits poll that screen and return as soon as the text is there; they fail with the screen
on a timeout (a hang), on a traceback, or when the program exits early. ``close`` checks the
exit code and that no traceback was ever written.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pyte

COLS, ROWS = 80, 24
KEY_GAP = 0.08  # seconds between keystrokes, as from a fast hand
WAIT = 45.0  # generous: a busy 2-core machine; every wait ends as soon as the text is there

# What xterm sends for each key (normal cursor mode, as Textual leaves it).
KEYS = {
    "enter": b"\r",
    "tab": b"\t",
    "shift+tab": b"\x1b[Z",
    "escape": b"\x1b",
    "backspace": b"\x7f",
    "space": b" ",
    "up": b"\x1b[A",
    "down": b"\x1b[B",
    "right": b"\x1b[C",
    "left": b"\x1b[D",
    "home": b"\x1b[H",
    "end": b"\x1b[F",
    "ctrl+home": b"\x1b[1;5H",
    "ctrl+end": b"\x1b[1;5F",
    "pageup": b"\x1b[5~",
    "pagedown": b"\x1b[6~",
    "delete": b"\x1b[3~",
    "f1": b"\x1bOP",
    "f2": b"\x1bOQ",
    "f3": b"\x1bOR",
    "f4": b"\x1bOS",
    "f5": b"\x1b[15~",
    "f6": b"\x1b[17~",
    "f7": b"\x1b[18~",
    "f8": b"\x1b[19~",
    "f9": b"\x1b[20~",
}

# In the child, a session leader (setsid): its standard input becomes its controlling terminal.
_CONTROLLING = (
    "import fcntl, os, sys, termios; fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
    "os.execv(sys.argv[1], sys.argv[1:])"
)

_ANSI = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


def key_bytes(key: str) -> bytes:
    """The bytes a terminal sends for ``key``: a name above, ``ctrl+x``, or one character."""
    if key in KEYS:
        return KEYS[key]
    if key.startswith("alt+") and len(key) == 5:
        return b"\x1b" + key[-1].encode()
    if key.startswith("ctrl+") and len(key) == 6:
        return bytes([ord(key[-1].lower()) & 0x1F])
    if len(key) == 1:
        return key.encode()
    raise ValueError(f"unknown key {key!r}")


class Terminal:
    """One program on one pseudo-terminal, with the screen the user would see."""

    def __init__(
        self,
        argv: Sequence[str],
        env: dict[str, str],
        cwd: Path | None = None,
        *,
        controlling: bool = False,
        size: tuple[int, int] = (COLS, ROWS),
    ) -> None:
        """``size``: columns and rows of the terminal. ``controlling``: the terminal becomes
        the program's controlling terminal, as a terminal window's or an SSH login's is:
        closing it (:meth:`hang_up`) then sends the program SIGHUP (and SIGCONT), as closing
        the window or dropping the link does."""
        self.argv = list(argv)
        self.cols, self.rows = size
        self._screen = pyte.Screen(self.cols, self.rows)
        self._stream = pyte.ByteStream(self._screen)
        self.output = b""  # everything the program wrote, escapes included
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", self.rows, self.cols, 0, 0))
        run = list(argv)
        if controlling:  # then exec the program itself (same pid): no preexec_fn, thread-safe
            run = [sys.executable, "-c", _CONTROLLING, *run]
        # the terminal's size is the pty's, as in a real one: COLUMNS and LINES (which a test
        # runner's worker may carry) would override it for the program
        env = {k: v for k, v in env.items() if k not in ("COLORTERM", "COLUMNS", "LINES")}
        env["TERM"] = "xterm-256color"
        self.process = subprocess.Popen(
            run,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=cwd,
            start_new_session=True,
        )
        # The parent keeps the terminal's other end open to see when the program has read
        # what was typed (FIONREAD on it), so that keys arrive one by one, as from a hand.
        self._slave = slave
        self._master: int | None = master

    # -- reading -------------------------------------------------------------------------
    def _pump(self, wait: float) -> bool:
        """Read what the program wrote within ``wait`` seconds; False once the pty is closed."""
        if self._master is None:
            return False
        ready, _, _ = select.select([self._master], [], [], wait)
        if not ready:
            return True
        try:
            data = os.read(self._master, 65536)
        except OSError:  # EIO: every writer of the terminal is gone
            data = b""
        if not data:
            return False
        self.output += data
        self._stream.feed(data)
        return True

    def screen(self) -> str:
        """The screen as text, one line per row (wide characters once, as a user reads them)."""
        self._pump(0)
        rows = []
        for y in range(self.rows):
            line = self._screen.buffer[y]
            # A wide character fills its cell and leaves the next one empty ("").
            rows.append("".join(line[x].data for x in range(self.cols)).rstrip())
        return "\n".join(rows)

    def text_output(self) -> str:
        """Everything written, escape sequences removed."""
        return _ANSI.sub(b"", self.output).decode("utf-8", "replace")

    def traceback(self) -> bool:
        return "Traceback" in self.text_output() or "Traceback" in self.screen()

    def crash_report(self) -> str:
        """What was written from the first traceback on (or the screen)."""
        text = self.text_output()
        at = text.find("Traceback")
        if at < 0:
            return self.screen()
        # Rich draws the traceback in boxes: keep the lines that name a place or an error
        lines = [" ".join(line.strip(" │╭╮╰╯─").split()) for line in text[at:].splitlines()]
        kept = [line for line in lines if ".py:" in line or "Error" in line or " in " in line]
        return "\n".join(kept[-40:])

    def wait_until(self, check: Callable[[str], bool], what: str, timeout: float = WAIT) -> str:
        """Poll the screen until ``check(screen)``; fail on a traceback, an exit or a timeout."""
        end = time.monotonic() + timeout
        while True:
            alive = self._pump(0.05)
            shown = self.screen()
            if check(shown):
                return shown
            if self.traceback():
                self._drain(3.0)  # the rest of the traceback
                raise AssertionError(f"traceback while waiting for {what}:\n{self.crash_report()}")
            if not alive or self.process.poll() is not None:
                self._drain()
                raise AssertionError(
                    f"hyoka exited ({self.process.poll()}) while waiting for {what}:\n"
                    f"{self.screen()}\n{self.text_output()[-3000:]}"
                )
            if time.monotonic() > end:
                raise AssertionError(f"no {what} within {timeout}s (a hang?); screen:\n{shown}")

    def settle(self, quiet: float = 0.4, timeout: float = WAIT) -> str:
        """Wait until the program has written nothing for ``quiet`` seconds (it is idle).

        For keys whose effect shows nowhere in the text of the screen, such as a focus move
        that only recolours: the app redraws (its footer) and then goes quiet.
        """
        end = time.monotonic() + timeout
        seen = len(self.output)
        last = time.monotonic()
        while time.monotonic() - last < quiet:
            self._pump(0.02)
            if len(self.output) != seen:
                seen, last = len(self.output), time.monotonic()
            if time.monotonic() > end:
                raise AssertionError(f"hyoka kept drawing for {timeout}s:\n{self.screen()}")
        return self.screen()

    def wait_for(self, text: str, timeout: float = WAIT) -> str:
        """Wait until ``text`` is on the screen; return the screen."""
        return self.wait_until(lambda s: text in s, repr(text), timeout)

    def wait_gone(self, text: str, timeout: float = WAIT) -> str:
        """Wait until ``text`` is no longer on the screen."""
        return self.wait_until(lambda s: text not in s, f"{text!r} to go", timeout)

    # -- writing -------------------------------------------------------------------------
    def type(self, text: str) -> None:
        """Write ``text`` as an IME commits it: its UTF-8 bytes, in one go."""
        self._write(text.encode("utf-8"))

    def press(self, *keys: str) -> None:
        """Press each key in turn (``enter``, ``f7``, ``ctrl+z``, ``a`` …)."""
        for key in keys:
            self._write(key_bytes(key))
            if key == "escape":  # a lone ESC is told from a sequence by the pause after it
                self._pump(0.3)

    def paste(self, text: str, *, split_at: int | None = None) -> None:
        """Paste ``text`` as a terminal does with bracketed paste on (Textual turns it on):
        ``ESC[200~`` text ``ESC[201~``, the text as copied, escapes included. ``split_at``: the
        bytes reach the program in two reads, cut that many bytes into the text."""
        data = b"\x1b[200~" + text.encode("utf-8") + b"\x1b[201~"
        if split_at is None:
            self._write(data)
        else:
            cut = len(b"\x1b[200~") + split_at
            self._write(data[:cut])
            self._write(data[cut:])

    def press_then_type(self, key: str, text: str, delay: float) -> None:
        """Press ``key`` and type ``text`` ``delay`` seconds later, whether or not the program
        has read the key by then (0: both in one write, as a slow link delivers them)."""
        assert self._master is not None, "the terminal is closed"
        if delay <= 0:
            self._write(key_bytes(key) + text.encode("utf-8"))
            return
        os.write(self._master, key_bytes(key))
        end = time.monotonic() + delay
        while time.monotonic() < end:
            self._pump(max(0.0, end - time.monotonic()))
        self._write(text.encode("utf-8"))

    def click(self, text: str) -> None:
        """Click (mouse button 1, as xterm reports it in SGR mode) on ``text`` once it shows."""
        self.wait_for(text)
        for y in range(self.rows):
            line = self._screen.buffer[y]
            cells = [(x, line[x].data) for x in range(self.cols) if line[x].data]
            joined = "".join(data for _, data in cells)
            at = joined.find(text)
            if at >= 0:
                x = cells[at][0]
                self._write(f"\x1b[<0;{x + 1};{y + 1}M\x1b[<0;{x + 1};{y + 1}m".encode())
                return
        raise AssertionError(f"{text!r} is not on the screen to click:\n{self.screen()}")

    def _write(self, data: bytes) -> None:
        """Write ``data``, wait until the program has read it, then leave a keystroke's gap.

        Without the gap a burst such as ctrl+u followed by text reaches Textual in one read,
        and its binding may run after the text is inserted: no hand types that fast.
        """
        assert self._master is not None, "the terminal is closed"
        os.write(self._master, data)
        end = time.monotonic() + WAIT
        while self._unread() and time.monotonic() < end and self.process.poll() is None:
            self._pump(0.01)
        gap = time.monotonic() + KEY_GAP
        while time.monotonic() < gap:
            self._pump(max(0.0, gap - time.monotonic()))

    def _unread(self) -> int:
        buf = fcntl.ioctl(self._slave, termios.FIONREAD, b"\0\0\0\0")
        return int(struct.unpack("i", buf)[0])

    # -- ending --------------------------------------------------------------------------
    def _drain(self, limit: float = 2.0) -> None:
        """Read what is left once the program is ending (bounded: a child may hold the pty)."""
        end = time.monotonic() + limit
        while self._pump(0.05) and time.monotonic() < end:
            if self.process.poll() is not None and not select.select([self._master], [], [], 0)[0]:
                break

    def wait_exit(self, timeout: float = WAIT) -> int:
        """Wait for the program to end (reading its last output); fail on a hang."""
        end = time.monotonic() + timeout
        while self.process.poll() is None:
            self._pump(0.05)
            if time.monotonic() > end:
                self.kill()
                raise AssertionError(
                    f"hyoka did not exit within {timeout}s; screen:\n{self.screen()}"
                )
        self._drain()
        return self.process.returncode

    def close(self, code: int = 0, timeout: float = WAIT) -> None:
        """Quit-side check: the program has ended (or ends) with ``code`` and never crashed."""
        try:
            got = self.wait_exit(timeout)
            assert not self.traceback(), self.crash_report()
            assert got == code, f"exit code {got}, expected {code}:\n{self.text_output()[-3000:]}"
        finally:
            self.kill()

    def send(self, key: str) -> None:
        """Send ``key`` and return at once (not waiting for the program to read it)."""
        assert self._master is not None, "the terminal is closed"
        os.write(self._master, key_bytes(key))

    def hang_up(self) -> None:
        """Close the terminal under the program (a window closed, an SSH link dropped)."""
        if self._master is not None:
            os.close(self._master)
            os.close(self._slave)
            self._master = None

    def kill(self) -> None:
        """End the program and the terminal, whatever state they are in."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        if self._master is not None:
            os.close(self._master)
            os.close(self._slave)
            self._master = None


def line_after(screen: str, label: str) -> str | None:
    """The screen line below the first line holding ``label`` (an editor's value), or None."""
    lines = screen.splitlines()
    for i, line in enumerate(lines[:-1]):
        if label in line:
            return lines[i + 1]
    return None


def clear_editor(term: Terminal, label: str) -> None:
    """Empty the one-line editor under ``label`` (end, ctrl+u) and wait until it shows empty.

    Waiting matters: typed text that reaches Textual in the same read as ctrl+u can be
    inserted before the binding runs, and then be deleted with the old value.
    """
    term.wait_for(label)  # the editor is open (keys before that go to the table)
    term.press("end", "ctrl+u")
    term.wait_until(
        lambda s: (line_after(s, label) or "").strip(" ▏▕│┃▎▊") == "" and label in s,
        f"the editor under {label!r} to be empty",
    )
