"""Where an imported value came from: the provenance of a report read from a foreign form.

``hyoka import FORM.xlsx|.docx|.pdf`` (models/foreign/) records one :class:`Provenance` per
value it placed: the path (models/report/paths.py), the source in the file (``別紙２!C14``,
``table 1 row 7 col 3``, ``page 2 table 1 row 7 col 3``), whether it was read surely, and
when it was not, why (``reason``). Text the form holds that hyoka could not place is kept too,
at a path of its own (:func:`unplaced_place`) with the text as its ``value``.

A doubtful value stays doubtful (a finding of ``hyoka check``, models/rules/imported.py) until
the evaluator confirms it (``hyoka confirm KEY PATH``) or edits it: ``value`` is the value as
imported, so a field that no longer holds it has been looked at.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

UNPLACED = "unplaced"


@dataclass(frozen=True)
class Provenance:
    """One value's origin. ``sure`` is False for a value read with doubt (``reason`` says
    what the doubt is); ``confirmed`` is set once a person has confirmed it."""

    path: str
    source: str
    sure: bool = True
    reason: str = ""
    value: Any = None
    confirmed: bool = False

    @property
    def unplaced(self) -> bool:
        return self.path.startswith(UNPLACED + "[")

    @property
    def open(self) -> bool:
        """Still asks for a person's look: doubtful (or unplaced) and not confirmed."""
        return (not self.sure or self.unplaced) and not self.confirmed

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "source": self.source,
            "sure": self.sure,
            "reason": self.reason,
        }


def unplaced_place(n: int) -> str:
    """``unplaced[0]``: the first piece of text hyoka could not place."""
    return f"{UNPLACED}[{n}]"
