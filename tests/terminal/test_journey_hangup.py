"""The terminal goes away, or a signal comes, while hyoka starts or a screen opens: it ends.

Closing the terminal window or dropping an SSH link at the wrong moment left hyoka running
for ever, ignoring SIGTERM (the kernel's SIGCONT after the hang-up restarted Textual's output
on the dead terminal, and the shutdown then waited for room in a queue nobody drained); a
SIGHUP or SIGTERM a few milliseconds after F5 or F7 ended it with a traceback (``NoMatches``
in the screen's ``on_mount``) and exit 1. Here each way of ending — the terminal closed
under hyoka (its controlling terminal, so the kernel sends SIGHUP and SIGCONT), SIGHUP, and
SIGTERM with the terminal still there — comes at many moments: during start-up, and from 0
to 150 ms after F3, F5, F6 and F7. Every time hyoka must be gone within seconds with
128 + the signal, leave no process behind, and (where the terminal is still there to show
it) write no traceback and give the terminal its normal screen back.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import pytest

from tests.terminal.conftest import Home, integrity
from tests.terminal.driver import Terminal

ENDINGS = ("close", "HUP", "TERM")
SIGNAL = {"close": signal.SIGHUP, "HUP": signal.SIGHUP, "TERM": signal.SIGTERM}
MOMENTS = (0.0, 0.005, 0.02, 0.06, 0.15)  # seconds after the key
SCREENS = ("f3", "f5", "f6", "f7")
LIMIT = 15.0  # seconds to be gone: the watchdog's 5, and room for a busy machine


def _end(term: Terminal, ending: str, after: float) -> None:
    """Close the terminal, or send the signal, ``after`` seconds from now."""
    end = time.monotonic() + after
    while time.monotonic() < end:
        term._pump(max(0.0, end - time.monotonic()))
    if ending == "close":
        term.hang_up()
    else:
        os.kill(term.process.pid, SIGNAL[ending])


def _gone(term: Terminal, ending: str, what: str) -> None:
    """hyoka has ended within LIMIT with 128 + the signal, nothing of it left running."""
    pid = term.process.pid
    end = time.monotonic() + LIMIT
    while term.process.poll() is None and time.monotonic() < end:
        if term._master is not None:
            term._pump(0.05)
        else:
            time.sleep(0.05)
    code = term.process.poll()
    if code is None:
        term.kill()
        raise AssertionError(f"{what}: hyoka still running {LIMIT}s after it")
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)  # no process of its group (a worker, a child) is left
    # -signal: killed by it before hyoka set its handlers (early in start-up, nothing open
    # yet); a shell reports that as 128 + the signal too
    assert code in (128 + SIGNAL[ending], -SIGNAL[ending]), (
        f"{what}: exit {code}\n{term.text_output()[-2000:]}"
    )
    if term._master is not None:  # the terminal is still there: what was written on it
        term._drain(1.0)
        assert "Traceback" not in term.text_output(), f"{what}:\n{term.crash_report()}"
        if b"\x1b[?1049h" in term.output:  # it had taken the screen: it gives it back
            assert b"\x1b[?1049l" in term.output, f"{what}: the alternate screen was not left"
    term.kill()


def _screen_change(home: Home, key: str, ending: str, after: float) -> None:
    term = home.spawn(controlling=True)
    term.wait_for("1 / 1 件")
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.send(key)
    _end(term, ending, after)
    _gone(term, ending, f"{ending} {after * 1000:.0f} ms after {key}")


def _start_up(home: Home, ending: str, after: float | None) -> None:
    """``after`` seconds after hyoka was started, or (None) the moment the list first paints."""
    term = home.spawn(controlling=True)
    if after is None:
        term.wait_until(lambda s: "件" in s, "the list")
        after = 0.0
    _end(term, ending, after)
    _gone(term, ending, f"{ending} {after:.2f} s into start-up")


def _all(runs: list[Callable[[], None]]) -> None:
    """Run each at once (several hyokas in parallel: tens of seconds, not minutes); fail
    with every run that failed."""
    with ThreadPoolExecutor(len(runs)) as pool:
        done = [pool.submit(run) for run in runs]
    failed = [str(d.exception()) for d in done if d.exception() is not None]
    assert not failed, "\n\n".join(failed)


@pytest.mark.parametrize("key", SCREENS)
def test_ended_while_a_screen_opens(home: Home, key: str) -> None:
    first = SCREENS.index(key) * len(ENDINGS)
    moments = [MOMENTS[(first + i) % len(MOMENTS)] for i in range(len(ENDINGS))]
    _all(
        [partial(_screen_change, home, key, e, at) for e, at in zip(ENDINGS, moments, strict=True)]
    )
    assert integrity(home.db) == [("ok",)]


def test_ended_during_start_up(home: Home) -> None:
    runs = [("close", 0.3), ("HUP", 0.8), ("TERM", None), ("close", None)]
    _all([partial(_start_up, home, e, at) for e, at in runs])
    assert integrity(home.db) == [("ok",)]
