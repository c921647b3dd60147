"""What the store would refuse, found while the editor is still open.

The store validates every saved report as a snapshot (``models.snapshot.schema``) and refuses
an integer beyond 64 bits or a control character. Found only there, the refusal would come
after the editor had closed as if the value were accepted: the typed text lost, the message
in a passing toast. Every editor of the app checks its parsed value here first
(:func:`refuse_unstorable`) and shows the message under the field, the editor still open.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from models.i18n import tr
from models.snapshot.kinds import CONTROL_CHARS, INT_LIMIT


def refuse_unstorable(value: Any) -> Any:
    """``value`` unchanged, or ValueError with the message to show under the field."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and abs(value) > INT_LIMIT:
        raise ValueError(
            tr(
                "数が大きすぎます（絶対値 {limit:,} まで）",
                "the number is too large (at most {limit:,} either way)",
                limit=INT_LIMIT,
            )
        )
    if isinstance(value, str) and (bad := CONTROL_CHARS.search(value)):
        raise ValueError(
            tr(
                "制御文字 U+{code:04X} は使えません（タブと改行のみ可）",
                "control character U+{code:04X} is not allowed (only tab and newline)",
                code=ord(bad.group()),
            )
        )
    if isinstance(value, dict):
        for item in value.values():
            refuse_unstorable(item)
    elif isinstance(value, list | tuple):
        for item in value:
            refuse_unstorable(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            refuse_unstorable(getattr(value, field.name))
    return value
