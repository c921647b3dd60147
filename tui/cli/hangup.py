"""A hang-up (SIGHUP: the terminal closed, the SSH link dropped) or SIGTERM ends the TUI, always.

The signal asks the App to exit from inside its event loop, the way ctrl+q does: it unmounts,
its workers finish, the store is closed (the WAL checkpointed). From the moment the signal
arrives no editor accepts anything (``app.closing``): what is half typed is dropped, never
saved. The exit code is 128 + the signal number, as a shell reports a death by that signal.

Textual's own shutdown is not always able to finish once the terminal is gone. On a hang-up
the kernel sends SIGCONT after SIGHUP, and Textual's SIGCONT handler starts its application
mode again on the dead terminal: a new output thread dies on its first write, the next thirty
writes fill its queue, and the main thread waits forever for room (hyoka then ignored even
SIGTERM). And a signal that arrives while a screen is being built makes that screen's
``on_mount`` look for widgets the shutdown has already removed (``NoMatches``, a traceback, and
exit 1). So, on the signal:

* if the terminal is gone, hyoka's output goes to ``/dev/null`` (every write then succeeds)
  and SIGCONT is ignored;
* errors raised after it are not reported (``tui.textual_compat.ClosingApp``): the exit code
  stays 128 + the signal;
* a watchdog waits ``GRACE_SECONDS`` and then ends the process whatever Textual is doing,
  with the same code, after giving a terminal that is still there its normal mode back. What
  was accepted is in the database already (each save is its own transaction; one cut short is
  rolled back whole); nothing that was being typed is saved.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tui.app.app import HyokaApp

GRACE_SECONDS = 5.0
SIGNALS = (signal.SIGHUP, signal.SIGTERM)
# the terminal's normal mode: main screen, cursor shown, no mouse or paste reporting, wrapping
NORMAL_MODE = (
    b"\x1b[?1049l\x1b[?25h\x1b[?1000l\x1b[?1003l\x1b[?1015l\x1b[?1006l"
    b"\x1b[?2004l\x1b[?1004l\x1b[?7h\x1b[<u"
)


@dataclass
class Ending:
    """The signal that ends the app (0: none yet)."""

    signum: int = 0

    @property
    def code(self) -> int:
        return 128 + self.signum


@contextmanager
def exit_on_signals(app: HyokaApp) -> Iterator[Ending]:
    """Around ``app.run()``: SIGHUP and SIGTERM end it as described above."""
    import asyncio

    ending = Ending()
    output = _output_fd()
    terminals = [fd for fd in (1, 2) if os.isatty(fd)]  # stdout and stderr on the terminal
    saved = _terminal_mode(output) if output in terminals else None

    def handle(signum: int, _frame: object) -> None:
        first = not ending.signum
        ending.signum = ending.signum or signum
        app.closing = True  # from now on nothing typed is accepted
        app.signalled = True
        if first:
            watchdog = threading.Timer(GRACE_SECONDS, _end_now, (ending.code, output, saved))
            watchdog.daemon = True
            watchdog.start()
        gone = [fd for fd in terminals if not os.isatty(fd)]
        if gone:
            _away_from_dead_terminal(gone)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not started yet, or already ending: leave now
            raise SystemExit(ending.code) from None
        loop.call_soon_threadsafe(app.exit, None, ending.code)

    previous = {sig: signal.signal(sig, handle) for sig in SIGNALS}
    try:
        yield ending
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _output_fd() -> int | None:
    """The descriptor Textual draws on (its driver writes to ``sys.__stderr__``)."""
    try:
        return sys.__stderr__.fileno() if sys.__stderr__ is not None else None
    except (OSError, ValueError):
        return None


def _terminal_mode(fd: int | None) -> list[Any] | None:
    import termios

    if fd is None:
        return None
    try:
        return termios.tcgetattr(fd)
    except (termios.error, OSError):
        return None


def _away_from_dead_terminal(fds: list[int]) -> None:
    """The terminal is gone: ``fds`` write to /dev/null instead; no application mode again."""
    signal.signal(signal.SIGCONT, signal.SIG_IGN)
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    for fd in fds:
        try:
            os.dup2(devnull, fd)
        except OSError:
            pass
    os.close(devnull)


def _end_now(code: int, output: int | None, saved: list[Any] | None) -> None:
    """The watchdog: the terminal back in its normal mode if it is still there, then exit."""
    import termios

    if output is not None:
        try:
            if os.isatty(output):
                if saved is not None:
                    termios.tcsetattr(output, termios.TCSANOW, saved)
                os.set_blocking(output, False)  # a terminal that does not read: never wait
                os.write(output, NORMAL_MODE)
        except (OSError, termios.error):
            pass
    os._exit(code)
