"""A hang-up or SIGTERM ends the TUI within seconds, whatever Textual's shutdown does.

The watchdog of tui/cli/hangup.py, alone: a stand-in app whose ``exit`` never returns (as
Textual's shutdown did, waiting for room in the queue of an output thread that had died on
the closed terminal) is ended GRACE_SECONDS after the signal with 128 + the signal, and the
signal marks the app as closing at once, before its event loop has seen it.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

CHILD = r"""
import asyncio, sys, threading
sys.path.insert(0, {root!r})
import tui.cli.hangup as hangup
hangup.GRACE_SECONDS = 1.0

class StuckApp:
    closing = False
    signalled = False
    def exit(self, result, return_code):
        print("closing" if self.closing and self.signalled else "not closing", flush=True)
        threading.Event().wait()  # the shutdown never finishes

async def main():
    print("ready", flush=True)
    await asyncio.sleep(60)

with hangup.exit_on_signals(StuckApp()):
    asyncio.run(main())
print("returned", flush=True)
"""


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_a_shutdown_that_never_ends_is_ended_with_128_plus_the_signal(signum: int) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n"
    started = time.monotonic()
    child.send_signal(signum)
    try:
        out, err = child.communicate(timeout=30)
    finally:
        child.kill()
    took = time.monotonic() - started
    assert child.returncode == 128 + signum, (out, err)
    assert out == "closing\n", out  # marked closing before exit ran; never returned normally
    assert 0.9 <= took < 10, took
    assert "Traceback" not in err, err
