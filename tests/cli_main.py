"""The command line in-process: ``main(argv)`` with its output captured, argparse's exits
included (``--help`` exits 0, a usage error 2).

``hyoka(*args, db=…, env=…, stdin=…)`` is the one helper the CLI tests share: it runs
``main`` as a fresh process would (its own environment, working directory, standard streams
that are pipes, not terminals, the language chosen anew) and answers with what a
``subprocess.run(..., capture_output=True, text=True)`` would: ``returncode``, ``stdout``,
``stderr``. A test starts a real process only where the process itself matters (a signal,
stdout being a terminal, the installed entry point): see ``tests/test_cli.py``.
"""

from __future__ import annotations

import io
import os
import sys
import traceback
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from models.i18n import set_language
from tui.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Ran:
    code: int
    out: str
    err: str

    # The names of subprocess.CompletedProcess, so a test reads the same either way.
    @property
    def returncode(self) -> int:
        return self.code

    @property
    def stdout(self) -> str:
        return self.out

    @property
    def stderr(self) -> str:
        return self.err


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Ran:
    """``hyoka ARGV`` as ``main`` runs it; what it printed and its exit code."""
    capsys.readouterr()  # what earlier steps printed is not this command's
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = _exit_code(exc)
    captured = capsys.readouterr()
    return Ran(code, captured.out, captured.err)


def hyoka(
    *args: str,
    db: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    stdin: str | bytes | None = None,
    cwd: Path | None = None,
) -> Ran:
    """``hyoka ARGS`` in this process, as a user's shell would run it with stdout and stderr
    piped: ``db`` is ``HYOKA_DB``, ``env`` more variables (a value of ``""`` is kept as
    empty), ``stdin`` what is piped in (nothing by default)."""
    variables = dict(env or {})
    if db is not None:
        variables["HYOKA_DB"] = str(db)
    with _environment(variables), _working_directory(cwd or ROOT), _streams(stdin) as streams:
        try:
            code = main(list(args))
        except SystemExit as exc:
            code = _exit_code(exc)
        except KeyboardInterrupt:
            code = 130
        except Exception:  # what the interpreter does with an uncaught exception
            traceback.print_exc()
            code = 1
        finally:
            set_language(None)  # the next command chooses its language anew, as a process does
    return Ran(code, *streams.read())


def _exit_code(exc: SystemExit) -> int:
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=sys.stderr)  # sys.exit("message") prints it and exits 1
    return 1


@contextmanager
def _environment(variables: Mapping[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def _working_directory(path: Path) -> Iterator[None]:
    saved = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(saved)


class _Streams:
    def __init__(self, stdin: str | bytes | None) -> None:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b"")
        self.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        self._out, self._err = io.BytesIO(), io.BytesIO()
        self.stdout = io.TextIOWrapper(self._out, encoding="utf-8", write_through=True)
        self.stderr = io.TextIOWrapper(self._err, encoding="utf-8", write_through=True)

    def read(self) -> tuple[str, str]:
        self.stdout.flush()
        self.stderr.flush()
        # text=True in subprocess reads with universal newlines; so does this
        return (_text(self._out.getvalue()), _text(self._err.getvalue()))


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


@contextmanager
def _streams(stdin: str | bytes | None) -> Iterator[_Streams]:
    streams = _Streams(stdin)
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = streams.stdin, streams.stdout, streams.stderr
    try:
        yield streams
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
