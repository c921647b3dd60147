"""The one rule for a report key: 1–100 characters of a-z, 0-9 and ``-`` (``soumu-r4-08``).

The snapshot schema, the store (every path that creates a key), the new-report dialog and
the command line all ask :func:`key_problem`, so a key one of them accepts the others accept.
"""

from __future__ import annotations

import re

from models.i18n import tr

MAX_LENGTH = 100
KEY_PATTERN = re.compile(rf"[a-z0-9-]{{1,{MAX_LENGTH}}}")
EXAMPLE = "soumu-r4-08"


def key_problem(key: str) -> str:
    """Why ``key`` cannot name a report, or "" when it can."""
    if not key:
        return tr("キーを入力してください", "enter a key")
    if len(key) > MAX_LENGTH:
        return tr(
            "キーは {max} 文字までです（{n} 文字あります）",
            "a key has at most {max} characters (this one has {n})",
            max=MAX_LENGTH,
            n=len(key),
        )
    if not KEY_PATTERN.fullmatch(key):
        return tr(
            "キーは英小文字・数字・ハイフン（a-z 0-9 -）だけで書きます（例: {ex}）",
            "a key uses only a-z, 0-9 and - (e.g. {ex})",
            ex=EXAMPLE,
        )
    return ""
