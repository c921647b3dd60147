"""The report key an imported form gets from its 評価書番号, when the number has the usual shape.

The usual shape is the ministry's name, the era letter and year of the evaluation, and the
report's number, plain or circled: 「総務省R4－⑧」 → ``soumu-r4-08``, 「国土交通省R5-12」 →
``mlit-r5-12``. The ministries' names in Latin letters are those hyoka's examples use
(``soumu`` for 総務省, as the sample's key); a number of another shape gives no key, and the
command asks for ``--key``.
"""

from __future__ import annotations

import re
import unicodedata

from models.report.key import key_problem

# in the government's order (spec/publication.md); the Latin name is the key's first part
MINISTRIES: tuple[tuple[str, str], ...] = (
    ("内閣府", "cao"),
    ("復興庁", "reconstruction"),
    ("総務省", "soumu"),
    ("法務省", "moj"),
    ("外務省", "mofa"),
    ("財務省", "mof"),
    ("文部科学省", "mext"),
    ("厚生労働省", "mhlw"),
    ("農林水産省", "maff"),
    ("経済産業省", "meti"),
    ("国土交通省", "mlit"),
    ("環境省", "env"),
    ("防衛省", "mod"),
    ("警察庁", "npa"),
    ("金融庁", "fsa"),
    ("消費者庁", "caa"),
    ("デジタル庁", "digital"),
    ("こども家庭庁", "cfa"),
)
_NUMBER = re.compile(r"(?P<era>[RH])\s*(?P<year>\d{1,2})\s*[-－‐―−]\s*(?P<n>[\d①-⑳㉑-㉟㊱-㊿]+)$")


def ministry_of(document_id: str) -> str:
    """The ministry a 評価書番号 starts with (「総務省R4－⑧」 → 総務省), or ""."""
    text = document_id.strip().lstrip("（(")
    return next((name for name, _ in MINISTRIES if text.startswith(name)), "")


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        value = unicodedata.numeric(text, -1)
        if value > 0 and float(value).is_integer():
            return int(value)
    return None


def key_from_document_id(document_id: str) -> str | None:
    """``soumu-r4-08`` from 「総務省R4－⑧」; None when the number has another shape."""
    ministry = ministry_of(document_id)
    if not ministry:
        return None
    latin = dict(MINISTRIES)[ministry]
    rest = unicodedata.normalize("NFKC", document_id.strip().strip("（()）")[len(ministry) :])
    rest = rest.replace("ー", "-")
    found = _NUMBER.fullmatch(rest.strip())
    if found is None:
        return None
    n = _number(found.group("n"))
    if n is None:
        return None
    key = f"{latin}-{found.group('era').lower()}{int(found.group('year'))}-{n:02d}"
    return key if not key_problem(key) else None
