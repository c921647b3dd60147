"""Run a program on a pseudo-terminal and watch what it writes, with timestamps.

This is how the benchmarks see what a user's terminal sees: the real Textual driver,
the real byte stream. ``Terminal.start`` takes ``time.monotonic()`` just before the
fork, so "time to X" includes interpreter start-up and every import.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import termios
import time
from dataclasses import dataclass, field


@dataclass
class Terminal:
    argv: list[str]
    env: dict[str, str]
    cwd: str | None = None
    size: tuple[int, int] = (120, 40)  # columns, rows
    output: bytearray = field(default_factory=bytearray)
    pid: int = 0
    fd: int = -1
    started: float = 0.0
    rusage: object | None = None
    status: int | None = None

    def start(self) -> Terminal:
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:  # child
            try:
                cols, rows = self.size
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                if self.cwd:
                    os.chdir(self.cwd)
                os.execvpe(self.argv[0], self.argv, self.env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        return self

    # ------------------------------------------------------------ reading
    def _read(self, timeout: float) -> bool:
        """Read what is available within ``timeout``; False when nothing came (or EOF)."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            return False
        if not chunk:
            return False
        self.output += chunk
        return True

    def wait_for(
        self, needle: bytes | re.Pattern[bytes], timeout: float = 60.0, start: int = 0
    ) -> float:
        """Monotonic time at which ``needle`` (bytes or a regex) first appeared after ``start``.

        The time is that of the read that brought it: the pty is read as soon as anything is
        written, so this is within a scheduler tick of the write.
        """
        deadline = time.monotonic() + timeout

        def found() -> bool:
            if isinstance(needle, bytes):
                return needle in self.output[start:]
            return needle.search(self.output, start) is not None

        while not found():
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"{needle!r} did not appear within {timeout} s; got {len(self.output)} bytes"
                )
            if not self._read(deadline - time.monotonic()) and self._exited():
                raise RuntimeError(
                    f"{self.argv[0]} exited before {needle!r} appeared:\n"
                    + self.output[-2000:].decode(errors="replace")
                )
        return time.monotonic()

    def settle(self, quiet: float = 0.3, timeout: float = 30.0) -> float:
        """Read until nothing has been written for ``quiet`` s; return the time of the last byte."""
        deadline = time.monotonic() + timeout
        last = time.monotonic()
        while time.monotonic() < deadline:
            if self._read(quiet):
                last = time.monotonic()
            else:
                return last
        return last

    def drain(self, seconds: float) -> None:
        """Read everything written during the next ``seconds``."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self._read(deadline - time.monotonic())

    def send(self, data: bytes) -> None:
        os.write(self.fd, data)

    # ------------------------------------------------------------ ending
    def _exited(self) -> bool:
        if self.status is not None:
            return True
        pid, status, rusage = os.wait4(self.pid, os.WNOHANG)
        if pid == 0:
            return False
        self.status, self.rusage = status, rusage
        return True

    def finish(self, quit_keys: bytes | None = b"\x11", timeout: float = 10.0) -> object:
        """Quit (ctrl+q by default), reap the child and return its ``resource.struct_rusage``."""
        if quit_keys and not self._exited():
            self.send(quit_keys)
        deadline = time.monotonic() + timeout
        while not self._exited():
            self._read(0.05)  # keep draining so the child never blocks on a full pty
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                _, self.status, self.rusage = os.wait4(self.pid, 0)
        while self._read(0):
            pass
        os.close(self.fd)
        return self.rusage
