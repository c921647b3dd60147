"""The command line in-process: ``main(argv)`` with its output captured, argparse's exits
included (``--help`` exits 0, a usage error 2)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tui.cli.main import main


@dataclass
class Ran:
    code: int
    out: str
    err: str


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Ran:
    """``hyoka ARGV`` as ``main`` runs it; what it printed and its exit code."""
    capsys.readouterr()  # what earlier steps printed is not this command's
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    captured = capsys.readouterr()
    return Ran(code, captured.out, captured.err)
