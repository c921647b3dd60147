"""PDFs kept by the Typst source they were compiled from, so that publishing a report again
unchanged costs no Typst layout (≈0.2 s of CPU per generated report, nearly all of a PDF).

Typst's output depends only on the source, the fonts it reads and Typst itself (no clock: the
document sets ``date: none``; no system fonts), so the key is a digest of the source bytes,
the path, size and modification time of every file in the font folder, and the version of the
``typst`` package (its embedded fonts included). A kept PDF is therefore the very bytes Typst
would give. Files live in ``$XDG_CACHE_HOME/hyoka/pdf/``; the least recently used are removed
beyond ``MAX_FILES``. Anything that fails here is a miss: it is only a cache.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from models.locations import cache_home

MAX_FILES = 2000  # ≈ 0.4 GB of 200 KB reports at most


def _home() -> Path:
    return cache_home() / "pdf"


@cache
def _fonts_identity(folder: str) -> str:
    from importlib.metadata import version

    parts = [f"typst {version('typst')}"]
    for entry in sorted(Path(folder).iterdir()):
        stat = entry.stat()  # follows the links fonts.py makes to the font files
        parts.append(f"{entry.resolve()} {stat.st_size} {stat.st_mtime_ns}")
    return "\n".join(parts)


def key(source: bytes, folder: str) -> str:
    digest = hashlib.sha256(_fonts_identity(folder).encode())
    digest.update(b"\0")
    digest.update(source)
    return digest.hexdigest()


def get(name: str) -> bytes | None:
    """The PDF kept under ``name``, or None (none, or a file that is not whole)."""
    path = _home() / f"{name}.pdf"
    try:
        data = path.read_bytes()
        os.utime(path)  # recently used
    except OSError:
        return None
    pdf, check = data[:-32], data[-32:]  # written without fsync: its digest says it is whole
    return pdf if len(data) > 32 and hashlib.sha256(pdf).digest() == check else None


def put(name: str, pdf: bytes) -> None:
    import tempfile

    home = _home()
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=home)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(pdf + hashlib.sha256(pdf).digest())
            os.replace(tmp, home / f"{name}.pdf")
        except BaseException:
            os.unlink(tmp)
            raise
        _trim(home)
    except OSError:
        return


def _trim(home: Path) -> None:
    names = [name for name in os.listdir(home) if name.endswith(".pdf")]
    if len(names) <= MAX_FILES:
        return
    aged = []
    for name in names:
        try:
            aged.append((os.stat(home / name).st_mtime_ns, name))
        except OSError:
            continue
    aged.sort()
    for _, name in aged[: len(aged) - MAX_FILES * 9 // 10]:
        try:
            os.unlink(home / name)
        except OSError:
            pass
