"""The advance widths of the PDF's font, read from the font file, for breaking lines in Python.

The PDF's lines are broken by hyoka's own line breaker (models/text/linebreak.py) at the widths
Typst will set them in, so the breaker needs each character's advance. A Japanese font sets
kana, kanji and full-width forms one em wide; Latin letters, digits and some symbols are
narrower. Only the characters whose advance is not one em are kept (:class:`Advances`): the
font's ``cmap`` (format 12 or 4) and ``hmtx`` tables are read once (a TrueType collection
``.ttc`` by the face whose family is the one Typst uses) and the result is cached as JSON in
``$XDG_CACHE_HOME/hyoka/fonts/``, keyed by the file's path, size and modification time.
A character the font does not map (Typst then takes it from another font) counts as
:data:`UNMAPPED` em.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from functools import cache
from pathlib import Path

from models.locations import cache_home

UNMAPPED = 1.0  # em, a character the font does not map


class Advances(dict[str, float]):
    """A character's advance in points at ``size``: ``advances[ch]`` (one em unless the font
    says otherwise). ``advances.__getitem__`` is what the line breaker maps over text."""

    def __init__(self, narrow: dict[str, float], size: float) -> None:
        super().__init__({ch: em * size for ch, em in narrow.items()})
        self.size = size
        self.labels: dict[tuple[str, float], list[str]] = {}  # label_lines, computed once

    def __missing__(self, ch: str) -> float:
        self[ch] = self.size  # looked up in C from now on
        return self.size


def _tables(data: bytes, face: int) -> dict[str, tuple[int, int]]:
    offset = 0
    if data[:4] == b"ttcf":
        count = struct.unpack_from(">I", data, 8)[0]
        offset = struct.unpack_from(">I", data, 12 + 4 * min(face, count - 1))[0]
    tables = struct.unpack_from(">H", data, offset + 4)[0]
    out = {}
    for i in range(tables):
        tag, _, start, length = struct.unpack_from(">4sIII", data, offset + 12 + 16 * i)
        out[tag.decode("latin-1")] = (start, length)
    return out


def _faces(data: bytes) -> int:
    return struct.unpack_from(">I", data, 8)[0] if data[:4] == b"ttcf" else 1


def _families(data: bytes, tables: dict[str, tuple[int, int]]) -> set[str]:
    start, _ = tables["name"]
    count, strings = struct.unpack_from(">HH", data, start + 2)
    names = set()
    for i in range(count):
        platform, _, _, name_id, length, at = struct.unpack_from(
            ">HHHHHH", data, start + 6 + 12 * i
        )
        if name_id in (1, 16) and platform in (0, 3):
            raw = data[start + strings + at : start + strings + at + length]
            names.add(raw.decode("utf-16-be", "replace"))
    return names


def _cmap(data: bytes, tables: dict[str, tuple[int, int]]) -> dict[int, int]:
    """Code point → glyph id, from the best Unicode subtable (format 12, else 4)."""
    start, _ = tables["cmap"]
    count = struct.unpack_from(">H", data, start + 2)[0]
    found: dict[int, int] = {}
    for i in range(count):
        platform, _, at = struct.unpack_from(">HHI", data, start + 4 + 8 * i)
        fmt = struct.unpack_from(">H", data, start + at)[0]
        if platform in (0, 3) and fmt in (4, 12):
            found.setdefault(fmt, start + at)
    out: dict[int, int] = {}
    if 12 in found:
        at = found[12]
        groups = struct.unpack_from(">I", data, at + 12)[0]
        for first, last, glyph in struct.iter_unpack(">III", data[at + 16 : at + 16 + 12 * groups]):
            for code in range(first, last + 1):
                out[code] = glyph + code - first
        return out
    at = found[4]
    segments = struct.unpack_from(">H", data, at + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, at + 14)
    starts = struct.unpack_from(f">{segments}H", data, at + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, at + 16 + 4 * segments)
    ranges_at = at + 16 + 6 * segments
    ranges = struct.unpack_from(f">{segments}H", data, ranges_at)
    for s, (first, last, delta, range_offset) in enumerate(
        zip(starts, ends, deltas, ranges, strict=True)
    ):
        for code in range(first, min(last, 0xFFFE) + 1):
            if range_offset == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                where = ranges_at + 2 * s + range_offset + 2 * (code - first)
                glyph = struct.unpack_from(">H", data, where)[0]
                glyph = (glyph + delta) & 0xFFFF if glyph else 0
            if glyph:
                out[code] = glyph
    return out


def _narrow(data: bytes, tables: dict[str, tuple[int, int]]) -> dict[str, float]:
    units = struct.unpack_from(">H", data, tables["head"][0] + 18)[0]
    metrics = struct.unpack_from(">H", data, tables["hhea"][0] + 34)[0]
    hmtx = tables["hmtx"][0]
    widths = [w for w, _ in struct.iter_unpack(">Hh", data[hmtx : hmtx + 4 * metrics])]
    out = {}
    for code, glyph in _cmap(data, tables).items():
        width = widths[min(glyph, metrics - 1)]
        if width != units:
            out[chr(code)] = width / units
    return out


def read_narrow(path: str, family: str) -> dict[str, float]:
    """Every character of ``family``'s face in ``path`` whose advance is not one em, in em."""
    data = Path(path).read_bytes()
    for face in range(_faces(data)):
        tables = _tables(data, face)
        if family in _families(data, tables) or _faces(data) == 1:
            return _narrow(data, tables)
    return _narrow(data, _tables(data, 0))


@cache
def narrow(path: str, family: str) -> dict[str, float]:
    """:func:`read_narrow`, kept in the cache folder (read again when the file changes)."""
    stat = os.stat(path)
    name = hashlib.sha256(
        f"{Path(path).resolve()}\0{family}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()
    )
    kept = cache_home() / "fonts" / f"{name.hexdigest()[:24]}.json"
    try:
        loaded: dict[str, float] = json.loads(kept.read_text(encoding="utf-8"))
        return loaded
    except (OSError, ValueError):
        pass
    found = read_narrow(path, family)
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        tmp = kept.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, kept)
    except OSError:
        pass
    return found


@cache
def advances(path: str, family: str, size: float) -> Advances:
    """The advances of ``family`` (in the font file ``path``) at ``size`` points."""
    return Advances(narrow(path, family), size)
