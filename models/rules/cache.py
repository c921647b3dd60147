"""What ``check --all``'s cached results depend on besides the report: the **fingerprint**.

The findings cache itself (models/store/findings_cache.py) keeps each report's rendered output
per report state; an entry is used only when its fingerprint matches: the source of every module
of ``models`` and of the command's own output modules, the thresholds (``RuleSettings``), the
language and the database's schema version. A new hyoka, other settings or another language:
everything is checked again. :func:`pack` is the form an output is kept in, made where the
report was checked (in the worker processes of ``check --all``).
"""

from __future__ import annotations

import hashlib
import zlib
from functools import cache
from pathlib import Path

from models.rules.settings import RuleSettings

FORMAT = "1"  # bump when what is stored changes shape
_MODELS = Path(__file__).resolve().parent.parent  # every module the rules could reach


@cache
def _source_digest(extra: tuple[Path, ...]) -> str:
    digest = hashlib.sha256()
    for path in (*sorted(_MODELS.rglob("*.py")), *extra):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(
    settings: RuleSettings, language: str, schema_version: object, code: tuple[Path, ...] = ()
) -> str:
    """What, besides the report, the output depends on: the code (every module of ``models``
    and the caller's ``code``, the modules that turn results into output), the thresholds, the
    language and the schema version."""
    text = "\n".join((FORMAT, _source_digest(code), repr(settings), language, str(schema_version)))
    return hashlib.sha256(text.encode()).hexdigest()


def pack(output: str) -> bytes:
    """An output as the cache stores it (``FindingsCache.get`` unpacks it): done where the
    report was checked, in the worker processes of ``check --all``."""
    return zlib.compress(output.encode(), 1)
