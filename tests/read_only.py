"""A folder hyoka cannot write: a real read-only bind mount, or an immutable copy.

The fixture ``read_only_folder`` (parametrised over both; a test module imports
``read_only_fixture``) takes a folder holding a database and gives the path of the same folder
made read-only:

* ``mount``: ``mount --bind`` onto a second folder, then remounted read-only — what a CD, a
  read-only USB stick or share looks like to hyoka (``EROFS``). Needs ``mount`` to be
  permitted (root, or a container with CAP_SYS_ADMIN); skipped with the reason otherwise.
* ``immutable``: the folder and its files made unwritable for this user. ``chmod a-w`` does not
  stop root, so as root they are marked immutable (``chattr +i``, which stops root too);
  as anyone else ``chmod a-w`` is enough. Skipped with the reason where neither is possible.

Teardown unmounts (or makes writable again), so ``tmp_path`` can be cleaned.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

MakeReadOnly = Callable[[Path], Path]


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def _why_not(done: subprocess.CompletedProcess[str]) -> str:
    return (done.stderr or done.stdout).strip() or f"exit {done.returncode}"


@pytest.fixture(params=["mount", "immutable"], name="read_only_folder")
def read_only_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MakeReadOnly]:
    undo: list[Callable[[], None]] = []

    def by_mount(folder: Path) -> Path:
        if shutil.which("mount") is None:
            pytest.skip("mount is not installed")
        seen = tmp_path / "read-only-mount"
        seen.mkdir()
        done = _run("mount", "--bind", str(folder), str(seen))
        if done.returncode != 0:
            pytest.skip(f"mount is not permitted here: {_why_not(done)}")
        undo.append(lambda: _unmount(seen))
        done = _run("mount", "-o", "remount,bind,ro", str(seen))
        if done.returncode != 0:
            pytest.skip(f"a read-only remount is not permitted here: {_why_not(done)}")
        return seen

    def by_attributes(folder: Path) -> Path:
        files = [p for p in folder.iterdir() if p.is_file()]
        if os.geteuid() == 0:
            if shutil.which("chattr") is None:
                pytest.skip("as root chmod does not stop writing, and chattr is not installed")
            for path in (*files, folder):
                done = _run("chattr", "+i", str(path))
                if done.returncode != 0:
                    pytest.skip(f"chattr +i is not permitted here: {_why_not(done)}")
                undo.append(lambda p=path: _run("chattr", "-i", str(p)))  # type: ignore[misc]
        else:
            modes = {p: p.stat().st_mode for p in (*files, folder)}
            for path in (*files, folder):
                path.chmod(modes[path] & ~0o222)
            undo.append(lambda: [p.chmod(m) for p, m in modes.items()])  # type: ignore[func-returns-value]
        assert not os.access(folder, os.W_OK)
        return folder

    try:
        yield by_mount if request.param == "mount" else by_attributes
    finally:
        for step in reversed(undo):
            step()


def _unmount(seen: Path) -> None:
    if _run("umount", str(seen)).returncode != 0:
        _run("umount", "-l", str(seen))  # busy (a connection not yet closed): detach it


def contents(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` and a digest of its bytes: what "nothing written" compares."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}
