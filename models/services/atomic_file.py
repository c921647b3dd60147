"""Writing a file atomically (snapshots, published documents): a reader never sees half a file.

The bytes go to a temporary file in the target's folder (same file system), are flushed to
disk, and then take the target's name in one step: ``os.replace`` when replacing is allowed,
``os.link`` otherwise (which fails if the name exists, so two publishers never overwrite each
other's file unasked).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, replace: bool, make_folder: bool = True) -> None:
    """Write ``data`` as ``path``; a failed write leaves no temporary file and the old file,
    if any, as it was. ``make_folder``: create missing folders on the way (else OSError)."""
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # named by the file meant, not by the temporary file's name
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        if replace:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # FileExistsError if someone made it meanwhile
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
