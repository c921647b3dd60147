"""The years a report's heading names: the 表題's 〇〇年度実施政策 and the 評価書番号's year.

The 表題 names the evaluated fiscal year: 「主要な政策に係る評価書（令和３年度実施政策）」. The
評価書番号 names the year the evaluation is made, the one after: 総務省R4－⑧ is the 令和３年度
report, evaluated in 令和４年. Its **usual shape** is an era and a year — a letter (R4, H30, Ｒ４,
r4) or the era's name (令和4, 令和４, 令和元, 平成30) — and only that shape is read or moved: a
number such as 「総務省４－⑧」 or 「2022-8」 does not say which of its figures is a year.

Moving keeps the number's own way of writing: its letter's case and width, its digits' width
and zero padding (R04 → R05, Ｒ４ → Ｒ５), and the era follows the fiscal year (H30 → R1; 平成30 →
令和元).
"""

from __future__ import annotations

import re
import unicodedata

from models.report.eras import HEISEI, REIWA, Era, era_of_fiscal_year, fiscal_year_label

_ERA_YEAR = re.compile(
    r"(?<![A-Za-zＡ-Ｚａ-ｚ])(?P<era>令和|平成|[RHrhＲＨｒｈ])\s?(?P<n>[0-9０-９]{1,2}|元)(?![0-9０-９])"
)
_TITLE_YEAR = re.compile(
    r"(?P<open>[（(]\s*)(?P<year>[^（）()]+?年度)(?P<close>\s*実施政策\s*[）)])"
)
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _era(word: str) -> Era:
    letter = unicodedata.normalize("NFKC", word).upper()
    return REIWA if letter in ("R", "令和") else HEISEI


def _number(text: str) -> int:
    return 1 if text == "元" else int(unicodedata.normalize("NFKC", text))


def _found(document_id: str) -> tuple[re.Match[str], int] | None:
    """The era year in ``document_id`` and the Western year it names; None if it has none
    (or names a year its era never had: R0, H32)."""
    m = _ERA_YEAR.search(document_id)
    if m is None:
        return None
    era, n = _era(m.group("era")), _number(m.group("n"))
    if n < 1 or (era.last_year is not None and n > era.last_year):
        return None
    return m, era.offset + n


def id_year(document_id: str) -> int | None:
    """The year the 評価書番号 names, as a Western year (総務省R4－⑧ → 2022), or None."""
    found = _found(document_id)
    return None if found is None else found[1]


def moved_id(document_id: str, years: int) -> str | None:
    """``document_id`` with its year moved on by ``years`` (総務省R4－⑧, 1 → 総務省R5－⑧), or
    None when it has no year of the usual shape."""
    found = _found(document_id)
    if found is None:
        return None
    m, western = found
    try:
        era, n = era_of_fiscal_year(western + years)
    except ValueError:
        return None
    word, digits = m.group("era"), m.group("n")
    if word in ("令和", "平成"):
        new_word = era.name
        new_digits = "元" if n == 1 else _digits(n, digits, kanji=True)
    else:
        new_word = era.letter if word.isascii() else era.letter.translate(_LETTERS)
        if word.lower() == word:
            new_word = new_word.lower()
        new_digits = _digits(n, digits, kanji=False)
    start, end = m.span()
    gap = document_id[m.start("era") + len(word) : m.start("n")]
    return document_id[:start] + new_word + gap + new_digits + document_id[end:]


_LETTERS = str.maketrans("RH", "ＲＨ")


def _digits(n: int, was: str, kanji: bool) -> str:
    """``n`` written as ``was`` was: full-width, zero-padded; a 元 becomes the form's digits
    after an era name (令和２), half-width after a letter (R2)."""
    if was == "元":
        return str(n).translate(_FULL_WIDTH) if kanji and n < 10 else str(n)
    width = len(was) if was.startswith(("0", "０")) else 1
    text = f"{n:0{width}d}"
    return text.translate(_FULL_WIDTH) if not was.isascii() else text


def title_year(title: str) -> int | None:
    """The fiscal year the 表題's 〇〇年度実施政策 names, or None."""
    from models.report.eras import parse_fiscal_year

    m = _TITLE_YEAR.search(title)
    if m is None:
        return None
    try:
        return parse_fiscal_year(m.group("year"))
    except ValueError:
        return None


def titled(title: str, fiscal_year: int) -> str | None:
    """``title`` naming ``fiscal_year`` in its 〇〇年度実施政策 (the era form the form uses, or
    a Western year where the title wrote one), or None when it names no year."""
    m = _TITLE_YEAR.search(title)
    if m is None or title_year(title) is None:
        return None
    written = unicodedata.normalize("NFKC", m.group("year"))
    year = f"{fiscal_year}年度" if written[:1].isdigit() else fiscal_year_label(fiscal_year)
    return title[: m.start("year")] + year + title[m.end("year") :]
