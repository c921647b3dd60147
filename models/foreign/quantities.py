"""An indicator's cell as the form writes it, taken apart: the figure, its unit, a ratio, 約,
the うち series, the year tag 【平成30年度】, the as-of date （R2.4.1現在） and a note.

The wording stays the form's (``text``); the figure is read out of it. A cell that is a figure
and nothing else (「1,182団体」「100%（46／46）」) is read surely; a figure after a name and a
colon (「クラウド導入市区町村数：1,182団体」) or after a few words (「対応率100%」) too. A text
with several figures (「…1,067団体、うち…407団体」) gives its first as the indicator's, a
guess; so does every うち figure written inside a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from models.foreign.values import YEAR_TAG, fiscal_year_in
from models.i18n import tr
from models.report.eras import parse_date
from models.report.model import Number

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT = r"%|[^\d\s、。，,.（）()：:／/【】「」＜＞<>・~〜～]{1,4}?"
_QUANTITY = re.compile(
    rf"(?P<approx>約)?\s*(?P<sign>[-△▲])?\s*(?P<num>{_NUM})\s*(?P<unit>{_UNIT})?"
    rf"(?:\s*\(\s*(?P<rn>{_NUM})\s*/\s*(?P<rd>{_NUM})\s*\))?"
    r"(?=$|[、。，,\s(（）)\n以程]|までに|を|に|で|と|の|か)"
)
_YEARISH = re.compile(
    r"(?:令和|平成|昭和|[RH])\s*(?:元|\d{1,2})\s*年度?(?:末|当初|中)?(?:までに|まで|に)?"
    r"|\d{4}\s*年度?(?:末|当初|中)?(?:までに|まで|に)?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月(?:末)?"
)
_AS_OF = re.compile(r"^[（(]\s*(?P<d>[^（()）]+?)\s*現在\s*[)）]$")
_AS_OF_TAIL = re.compile(r"(?<=\S)\s*(?P<as_of>[（(][^（()）]+?現在\s*[)）])\s*$")
_GLUED_PART = re.compile(rf"(?<=\d)(?P<unit>{_UNIT})(?=うち[^、。：:\n]+[：:])")
_PART_LINE = re.compile(r"^\s*(?P<name>うち[^：:]+?)\s*[：:]\s*(?P<value>.+)$")
_PART_INLINE = re.compile(r"(?P<name>うち[^、。：:]+?)(?:は|が|：|:)\s*(?P<value>[^、。]+)")
_UNIT_FOLD = {"％": "%", "%": "%"}


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@dataclass
class Figure:
    """A figure read from text."""

    value: Number | None = None
    unit: str = ""
    approximate: bool = False
    numerator: Number | None = None
    denominator: Number | None = None


@dataclass
class PartValue:
    name: str
    figure: Figure
    sure: bool


@dataclass
class CellReading:
    """What an indicator cell says. ``text`` is the wording without the year tag, the as-of
    line and the note; ``bare`` is True when the wording is the figure alone."""

    text: str = ""
    figure: Figure = field(default_factory=Figure)
    fiscal_year: int | None = None
    as_of: date | None = None
    note: str = ""
    bare: bool = False
    sure: bool = True
    reason: str = ""
    parts: list[PartValue] = field(default_factory=list)


def _number(text: str) -> Number:
    digits = text.replace(",", "")
    return float(digits) if "." in digits else int(digits)


def _figure(m: re.Match[str]) -> Figure:
    value = _number(m.group("num"))
    if m.group("sign"):
        value = -value
    unit = m.group("unit") or ""
    rn, rd = m.group("rn"), m.group("rd")
    return Figure(
        value,
        _UNIT_FOLD.get(unit, unit),
        m.group("approx") is not None,
        _number(rn) if rn else None,
        _number(rd) if rd else None,
    )


def figures(text: str) -> list[tuple[Figure, int, int]]:
    """Every figure in ``text`` (years, months and dates left out), with where it stands."""
    s = _nfkc(text).replace("／", "/")
    out = []
    masked = _YEARISH.sub(lambda m: " " * len(m.group()), s)
    for m in _QUANTITY.finditer(masked):
        if m.group("num"):
            out.append((_figure(m), m.start(), m.end()))
    return out


def bare_figure(text: str) -> Figure | None:
    """``text`` when it is a figure and nothing else (「1,182団体」「約1,600」「100%(46/46)」)."""
    s = _nfkc(text).strip().replace("／", "/")
    m = _QUANTITY.fullmatch(s) or _QUANTITY.fullmatch(s + " ")
    if m is None or m.group("num") is None:
        return None
    if m.end() < len(s):
        return None
    return _figure(m)


def read_figure(text: str) -> tuple[Figure, bool, str]:
    """The figure a wording gives: (figure, sure, reason)."""
    bare = bare_figure(text)
    if bare is not None:
        return bare, True, ""
    head = re.split(r"[、。]", _nfkc(text).split("\n")[0])[0]
    found = figures(text)
    if not found:
        return Figure(), True, ""
    first = found[0][0]
    in_head = figures(head)
    if len(found) == 1 or (len(in_head) == 1 and not re.search(r"うち", text)):
        return first, True, ""
    return (
        first,
        False,
        tr(
            "数値が複数あるため最初の {v} を採りました",
            "several figures: the first, {v}, was taken",
            v=first.value,
        ),
    )


def _unglued(text: str, dated: bool) -> tuple[str, bool]:
    """``text`` with a line break put back where a wording runs on without one (a PDF whose
    line break was taken for a wrap): before 「うち…：」 right after a figure and its unit, and,
    in a yearly actual, before a closing （R2.4.1現在）. Whether anything was put back."""
    s = text.rstrip("\n")
    out = _GLUED_PART.sub(lambda m: m.group("unit") + "\n", s)
    if dated:
        last = out.rsplit("\n", 1)[-1]
        if (m := _AS_OF_TAIL.search(_nfkc(last))) and not _AS_OF.match(_nfkc(last.strip())):
            cut = len(last) - len(last[m.start() :])
            out = out[: len(out) - len(last)] + last[:cut] + "\n" + last[cut:].strip()
    return out, out != s


def read_cell(text: str, *, tagged: bool = False, dated: bool = False) -> CellReading:
    """Take an indicator cell apart. ``tagged``: a baseline or a target (year tag, note after
    it); ``dated``: a yearly actual (as-of line, note after it)."""
    out = CellReading()
    text, glued = _unglued(text, dated)
    if glued:
        out.sure = False
        out.reason = tr(
            "続けて書かれた「うち」と基準日を別の行として読みました",
            "a うち line or an as-of date written on in the same line was read as its own line",
        )
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    body: list[str] = []
    after: list[str] = []
    for line in lines:
        stripped = line.strip()
        if tagged and (tag := YEAR_TAG.search(stripped)) and out.fiscal_year is None:
            year = fiscal_year_in(tag.group("fy"))
            out.fiscal_year = year.value
            if not year.sure:
                out.sure, out.reason = False, year.reason
            before = stripped[: tag.start()].strip()
            if before:
                body.append(before)
            rest = stripped[tag.end() :].strip()
            if rest:
                after.append(rest)
            continue
        if dated and (m := _AS_OF.match(_nfkc(stripped))) and out.as_of is None:
            try:
                out.as_of = parse_date(m.group("d"))
            except ValueError as exc:
                out.sure, out.reason = False, str(exc)
            continue
        if out.fiscal_year is not None or out.as_of is not None:
            after.append(stripped)
        else:
            body.append(line)
    while not after and len(body) > 1 and body[-1].strip().startswith("※"):
        after.insert(0, body.pop().strip())  # a closing ※ line is the cell's note
    out.note = "\n".join(x for x in after if x)
    main: list[str] = []
    for line in body:
        if m := _PART_LINE.match(line):
            fig, sure, _ = read_figure(m.group("value"))
            out.parts.append(
                PartValue(m.group("name").strip(), fig, sure and fig.value is not None)
            )
        else:
            main.append(line)
    out.text = "\n".join(body).strip("\n")
    main_text = "\n".join(main).strip()
    fig, sure, reason = read_figure(main_text)
    out.figure = fig
    if not sure:
        out.sure, out.reason = False, reason
    out.bare = bare_figure(main_text) is not None and not out.parts
    for m in _PART_INLINE.finditer(_nfkc(main_text)):
        inline = figures(m.group("value"))
        if inline:
            out.parts.append(PartValue(m.group("name").strip(), inline[0][0], False))
    return out
