"""The labels a 別紙２ is read by: every wording of every label the form may print.

A label's wordings are those of the wording profiles (models/data/profiles/*.toml and the
user's own, so a ministry that adds its profile is read by its labels too) and those of
``wordings.toml`` beside this module (the variants ministries print that no profile names).
With ``profile`` only that profile's wordings and the variants are used.

Wordings are compared as :func:`fold` leaves them: NFKC (full-width letters and digits, ［］
and （） folded), spaces and line breaks removed, note marks （※１） removed. A label cell may
also carry a unit (「政策の予算額・執行額等（百万円）」, 「予算の状況（単位：百万円）」) or the
（注） mark, which :meth:`Vocabulary.match` takes off and reports.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from models.printed.profiles import Profile, load_profile, profile_names
from models.report.labels import LABELS
from models.report.model import BUDGET_UNITS

_WORDINGS = Path(__file__).resolve().parent / "wordings.toml"
_SPACE = re.compile(r"\s+")
_NOTE_MARK = re.compile(r"\(※\d+\)|※\d+")
_UNIT = re.compile(rf"\((?:単位:)?(?P<unit>{'|'.join(BUDGET_UNITS)})\)$")
_NOTE_SUFFIX = "(注)"
# 「令和５年度予算概算要求への主な反映内容」: a label that starts with the fiscal year it is about
_YEAR_PREFIX = re.compile(r"^(?P<year>(?:令和|平成|[RH])(?:元|\d{1,2})年度|\d{4}年度)")
_WITH_YEAR = ("budget_reflection",)

# Label names the reader looks for; wordings of every other profile label are not labels here.
NAMES = (
    "title",
    "policy_name",
    "field",
    "overview",
    "basic_goal",
    "budget",
    "category_column",
    "budget_status",
    "initial",
    "supplementary",
    "carryover",
    "total",
    "executed",
    "budget_notes",
    "cabinet_policies",
    "cabinet_name",
    "cabinet_date",
    "cabinet_excerpt",
    "objective",
    "indicator_header",
    "baseline_header",
    "target_header",
    "yearly_target",
    "yearly_actual",
    "mark_header",
    "means",
    "review_number",
    "means_indicators",
    "means_summary",
    "means_money",
    "verdict",
    "verdict_note",
    "rationale",
    "analysis",
    "next_steps",
    "measures",
    "budget_request",
    "institutional",
    "budget_reflection",
    "institutional_reflection",
    "expert_knowledge",
    "materials",
    "bureau",
    "responsible",
    "evaluation_month",
    "evaluation_group",
)
# Labels that may be followed in the same cell by their value (「分野　電子自治体」,
# 「（各行政機関共通区分）目標達成」); a label wording at the start of any other text is not one.
INLINE = frozenset(
    {
        "field",
        "verdict_note",
        "rationale",
        "measures",
        "budget_request",
        "institutional",
        "budget_reflection",
        "institutional_reflection",
        "budget_notes",
        "policy_name",
        "overview",
        "basic_goal",
        "expert_knowledge",
        "materials",
        "bureau",
        "responsible",
        "evaluation_month",
        "verdict",
        "analysis",
        "next_steps",
    }
)


def fold(text: str) -> str:
    """A wording as labels are compared: NFKC, no spaces, no note marks."""
    s = _SPACE.sub("", unicodedata.normalize("NFKC", text))
    return _NOTE_MARK.sub("", s)


@dataclass(frozen=True)
class Match:
    """A label found in a cell: its name, the unit it carried (「（百万円）」), whether it
    carried （注）, and the text after it in the same cell (an inline value)."""

    name: str
    unit: str = ""
    note: bool = False
    rest: str = ""
    year: str = ""  # the fiscal year a label began with (「令和５年度」)


@dataclass(frozen=True)
class Vocabulary:
    """Every wording of each label name, folded."""

    wordings: dict[str, frozenset[str]]
    profile: str = ""

    def exact(self, text: str) -> Match | None:
        """The label ``text`` is, whole (with a unit or （注） taken off), or None."""
        folded = fold(text)
        if not folded:
            return None
        note = folded.endswith(_NOTE_SUFFIX) and folded != _NOTE_SUFFIX
        if note:
            folded = folded[: -len(_NOTE_SUFFIX)]
        unit = ""
        if found := _UNIT.search(folded):
            unit, folded = found.group("unit"), folded[: found.start()]
        for name, forms in self.wordings.items():
            if folded in forms:
                return Match(name, unit, note)
        if found := _YEAR_PREFIX.match(folded):
            tail = folded[found.end() :]
            for name in _WITH_YEAR:
                if tail in self.wordings.get(name, ()):
                    return Match(name, year=found.group("year"))
        return None

    def leading(self, text: str) -> Match | None:
        """A label at the start of ``text`` followed by its value (only the labels of
        :data:`INLINE`), the value in ``rest``; the longest wording wins."""
        best: Match | None = None
        best_len = 0
        folded = fold(text)
        year = found.group("year") if (found := _YEAR_PREFIX.match(folded)) else ""
        for name in INLINE:
            for form in self.wordings.get(name, ()):
                lead = year + form if year and name in _WITH_YEAR else form
                if len(lead) > best_len and folded.startswith(lead) and len(folded) > len(lead):
                    rest = _after(text, lead)
                    if rest is not None and _separated(form, rest):
                        got = year if lead != form else ""
                        best, best_len = Match(name, rest=rest.strip(), year=got), len(lead)
        return best

    def forms(self, name: str) -> frozenset[str]:
        return self.wordings.get(name, frozenset())


def _separated(form: str, rest: str) -> bool:
    """An inline value starts after a closing bracket, a space, a colon or a line break."""
    return form.endswith((")", "】", "]")) or rest[:1] in (" ", "\u3000", "\n", "\t", "：", ":")


def _after(text: str, form: str) -> str | None:
    """The text of ``text`` after the characters that fold to ``form`` (None if they do not)."""
    i = 0
    matched = ""
    while i < len(text) and len(matched) < len(form):
        piece = fold(text[i])
        i += 1
        if not piece:
            continue
        matched += piece
    if matched != form:
        return None
    rest = text[i:]
    return rest.lstrip("：:") if rest[:1] in ("：", ":") else rest


def _add(into: dict[str, set[str]], name: str, wording: str) -> None:
    folded = fold(wording)
    if folded:
        into.setdefault(name, set()).add(folded)


@cache
def _variants() -> dict[str, tuple[str, ...]]:
    data = tomllib.loads(_WORDINGS.read_text(encoding="utf-8"))
    return {str(k): tuple(str(v) for v in vs) for k, vs in data.items()}


def _from_profile(into: dict[str, set[str]], profile: Profile) -> None:
    for name in NAMES:
        try:
            wording = profile.label(name)
        except KeyError:
            continue
        _add(into, name, wording)


def vocabulary(profile: str | None = None) -> Vocabulary:
    """The labels to read by: those of ``profile`` alone, or of every profile there is."""
    found: dict[str, set[str]] = {}
    for name in NAMES:
        if name in LABELS:
            _add(found, name, LABELS[name][0])
    for name, forms in _variants().items():
        for wording in forms:
            _add(found, name, wording)
    names = [profile] if profile else profile_names()
    for name in names:
        _from_profile(found, load_profile(name))
    return Vocabulary({k: frozenset(v) for k, v in found.items()}, profile or "")
