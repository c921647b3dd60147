"""A place in a report (a field path, ``budget[2019].initial``) in the words a person reads.

:func:`place_label` turns the machine path of :mod:`models.report.paths` into the form's own
labels: ``budget[2019].initial`` → 「令和元年度 当初予算（a）」, ``indicator[1].years[2021].actual``
→ 「測定指標１ 令和３年度 実績」 (``FY2019 Initial budget (a)``… with ``lang = "en"``). The history
screen, ``hyoka history`` and the conflict dialog show it; JSON keeps the path beside it.
A path this module does not know is shown as it is, never refused.
"""

from __future__ import annotations

from models.i18n import tr
from models.report.eras import form_digits, fy_label
from models.report.labels import LABELS, label
from models.report.paths import PathError, Segment, parse

# Field names whose label has another name in models.report.labels, or no label there.
_FIELD_LABEL = {
    "text": "description",
    "category": "verdict",
    "rationale": "rationale_short",
    "analysis": "analysis_short",
    "excerpt": "cabinet_excerpt",
    "date": "cabinet_date",
    "title": "document_title",
    "summary": "description",
    "target": "year_target",
    "actual": "year_actual",
    "evaluation_month": "evaluation_month",
    "budget_request_fiscal_year": "budget_request_view",
    "budget_request": "budget_request",
    "indicator_numbers": "indicator_number",
    "intermediate_outcomes": "intermediate_outcomes",
    "final_outcomes": "final_outcome",
    "objectives": "objective",
    "cabinet_policies": "cabinet_policy",
    "number": "indicator_number",
}
# Words for places that the printed form does not label on its own.
_WORDS: dict[str, tuple[str, str]] = {
    "whole": ("レポート全体", "whole report"),
    "budget_year": ("予算", "Budget"),
    "cabinet_policy": ("内閣の重要政策", "Cabinet policy"),
    "responsible": ("作成責任者", "Responsible person"),
    "main": ("主要", "main"),
    "kind": ("指標の種類", "kind"),
    "key": ("キー", "key"),
    "indicators": ("測定指標", "indicators"),
    "years": ("年度", "years"),
    "notes": ("（注）", "(Notes)"),
    "name": ("名称", "Name"),
    "position": ("{t}（{n}番目）", "{t} (item {n})"),
    "predecessor": ("前回の評価書", "Previous report"),
    "bound": ("目標の向き（以上／以下）", "Bound (at least / at most)"),
    "parts": ("うち", "of which"),
}
# A field whose label depends on what it belongs to.
_FIELD_IN = {
    ("cabinet_policies", "name"): "cabinet_name",
    ("responsible", "name"): "responsible_name",
    ("responsible", "title"): "responsible_title",
    ("years", "budget"): "means_budget",
    ("gist", "next_steps"): "next_steps",
}
# A field named here means the same as the section label in front of it.
_SECTION_FIELDS = {("budget", "unit"): "budget_unit", ("budget", "notes"): "budget_notes"}


def _word(name: str) -> str:
    ja, en = _WORDS[name]
    return tr(ja, en)


def _digits(n: int) -> str:
    return form_number(n)


def form_number(n: int) -> str:
    """A number in running Japanese text as the form writes it: one digit full-width, two or
    more half-width (測定指標１, 測定指標12); in English as it is. Every message that numbers
    an indicator, an objective, a means or a row goes through this, so that 「測定指標１」 never
    meets 「測定指標1」 on one screen."""
    return tr(form_digits(n), str(n))


def form_numbers(ns: list[int]) -> str:
    """Several numbers in running text: 「１、２、12」 / ``1, 2, 12`` (see :func:`form_number`)."""
    return tr("、", ", ").join(form_number(n) for n in ns)


def numbered(name: str, n: int) -> str:
    """「測定指標１」, 「施策目標12」 / ``Indicator 1``: the label ``name`` (of
    :mod:`models.report.labels`) and its number, as the form writes them."""
    return _number_join(name, n)


def with_reference(text: str, path: str) -> str:
    """``text`` with the machine path it stands for after it, as a reference for whoever needs
    the path (a snapshot file's line, a script): 「令和元年度 合計　［budget[2019].total］」."""
    return tr("{t}　［{p}］", "{t} [{p}]", t=text, p=path) if path and text != path else text


def _number_join(name: str, n: int) -> str:
    """「測定指標１」 / ``Indicator 1``."""
    word = _word(name) if name in _WORDS else label(name)
    return tr("{w}{n}", "{w} {n}", w=word, n=_digits(n))


def _field(name: str) -> str:
    key = _FIELD_LABEL.get(name, name)
    if key in LABELS:
        return label(key)
    if key in _WORDS:
        return _word(key)
    return name


def _segment(seg: Segment, parent: str | None) -> str:
    """One segment in words (``parent``: the name of the segment before it)."""
    named = _SECTION_FIELDS.get((parent or "", seg.name))
    if named is not None:
        text = label(named)
        return (
            text if seg.index is None else tr("{t}{n}", "{t} {n}", t=text, n=_digits(seg.index + 1))
        )
    if seg.name == "years" and seg.index is not None:
        return fy_label(seg.index)
    if seg.name in ("baseline", "target") and parent == "indicator":
        return label(seg.name)
    if seg.index is None:
        return _field(_FIELD_IN.get((parent or "", seg.name), seg.name))
    if seg.name == "responsible":
        return _number_join("responsible", seg.index + 1)
    if seg.name == "cabinet_policies":
        return _number_join("cabinet_policy", seg.index + 1)
    if seg.name == "objectives":
        return _number_join("objective", seg.index + 1)
    if seg.name == "means":
        return _number_join("means", seg.index + 1)
    ja, en = _WORDS["position"]
    return tr(ja, en, t=_field(seg.name), n=form_number(seg.index + 1))


def place_label(path: str) -> str:
    """``path`` in the form's words, in the current language (see the module docstring)."""
    if not path or path == "report":  # "report": a comment on the whole (models/report/review)
        return _word("whole")
    try:
        segments = parse(path)
    except PathError:
        return path
    words: list[str] = []
    parent: str | None = None
    for i, seg in enumerate(segments):
        if i == 0 and seg.name == "report" and seg.index is None:
            parent = "report"
            continue
        if i == 0 and seg.name == "budget" and seg.index is not None:
            words += [fy_label(seg.index), _word("budget_year")]
        elif i == 0 and seg.name == "indicator" and seg.index is not None:
            words.append(_number_join("indicator", seg.index))
        elif i == 0 and seg.name == "means" and seg.index is not None:
            words.append(_number_join("means", seg.index))  # counted from 1 (paths.py)
        elif i == 0 and seg.name == "budget" and seg.index is None:
            words.append(_word("budget_year"))
        elif i == 0 and seg.name == "gist" and seg.index is None:
            words.append(label("gist"))  # 「評価書の要旨 判断根拠」
        elif i == 0 and seg.name in ("next_steps", "verdict") and seg.index is None:
            if seg.name == "next_steps" or len(segments) == 1:
                words.append(label(seg.name))
        elif parent == "objectives" and seg.name == "text":
            pass  # the objective's text is the objective: 「施策目標１」
        else:
            words.append(_segment(seg, parent))
        parent = seg.name
    if len(words) > 2 and words[1] == _word("budget_year"):
        del words[1]  # 「令和元年度 当初予算（a）」, not 「令和元年度 予算 当初予算（a）」
    return " ".join(w for w in words if w).replace(" （", "（") or path
