"""What a reviewer reads across the texts (codes R005–R007, V009, N001, N002).

Sources of the figures (使用した資料), the cabinet policies cited (dates and versions), the
indicator names the 判断根拠 quotes, and the 次期目標等 section against the verdict.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date

from models.i18n import tr
from models.report.model import VERDICT_CATEGORIES, Indicator, IndicatorPart, Report
from models.report.paths import report_place, verdict_place
from models.report.places import form_numbers
from models.rules.findings import Finding
from models.rules.settings import RuleSettings

_DASHES = re.compile(r"[\s\-‐‑‒–—―－ー−ｰ]*")
_NONE_WORDS = ("", "なし", "特になし", "該当なし")
_SOURCE_WORDS = re.compile(r"出典|出所|調べ|調査|資料|統計|白書|報告|公表|による|より作成|から作成")


def check_texts(report: Report, settings: RuleSettings) -> list[Finding]:
    return (
        _materials(report) + _cabinet(report) + cited_names(report) + _next_steps(report, settings)
    )


def _is_blank(text: str) -> bool:
    t = text.strip()
    return t in _NONE_WORDS or bool(_DASHES.fullmatch(t))


def _materials(report: Report) -> list[Finding]:
    """R005: 使用した資料 blank or 「－」 while indicators carry figures with no source named."""
    if not _is_blank(report.materials):
        return []
    unsourced = []
    for ind in report.indicators():
        series: list[Indicator | IndicatorPart] = [ind, *ind.parts]
        if not any(y.actual is not None for s in series for y in s.years):
            continue
        texts = [ind.criterion]
        for s in series:
            texts += [s.baseline.note, s.target.note]
            texts += [t for y in s.years for t in (y.actual_text, y.note)]
        if not any(_SOURCE_WORDS.search(t) for t in texts if t):
            unsourced.append(ind.number)
    if not unsourced:
        return []
    return [
        Finding(
            "R005",
            "warning",
            tr(
                "使用した資料その他の情報が空欄（又は「－」）ですが、測定指標{ns}の数値に"
                "出典が示されていません。",
                "the materials used (使用した資料) are blank or a dash, and the figures of "
                "indicator(s) {ns} name no source.",
                ns=form_numbers(unsourced),
            ),
            report_place("materials"),
            data={"indicators": unsourced},
        )
    ]


_VERSION = re.compile(r"(19|20)\d{2}|令和\d+年|平成\d+年|[(（]?改[訂定]版?[)）]?|第\d+版|\s")


def _cabinet(report: Report) -> list[Finding]:
    """R006 a policy dated after the evaluation month; R007 one policy cited in two versions."""
    out: list[Finding] = []
    month = re.fullmatch(r"(\d{4})-(\d{2})", report.evaluation_month.strip())
    last = None
    if month:
        y, m = int(month.group(1)), int(month.group(2))
        last = date(y, m, calendar.monthrange(y, m)[1])
    seen: dict[str, int] = {}
    for i, policy in enumerate(report.cabinet_policies):
        if last is not None and policy.date is not None and policy.date > last:
            out.append(
                Finding(
                    "R006",
                    "warning",
                    tr(
                        "内閣の重要政策「{name}」の日付（{d}）が政策評価実施時期（{m}）より後です。",
                        "the cabinet policy {name!r} is dated {d}, after the evaluation month {m}.",
                        name=policy.name,
                        d=policy.date.isoformat(),
                        m=report.evaluation_month,
                    ),
                    f"cabinet_policies[{i}].date",
                )
            )
        base = _VERSION.sub("", unicodedata.normalize("NFKC", policy.name))
        if not base:
            continue
        if base in seen and report.cabinet_policies[seen[base]].name != policy.name:
            j = seen[base]
            older, newer = _older(report, j, i)
            out.append(
                Finding(
                    "R007",
                    "warning",
                    tr(
                        "内閣の重要政策に同じ方針の二つの版（「{a}」と「{b}」）が挙げられています。"
                        "評価に関係する版を確認してください。",
                        "two versions of one cabinet policy are cited ({a!r} and {b!r}); check "
                        "which one the evaluation rests on.",
                        a=report.cabinet_policies[older].name,
                        b=report.cabinet_policies[newer].name,
                    ),
                    f"cabinet_policies[{older}].name",
                    data={"versions": [older, newer]},
                )
            )
        seen.setdefault(base, i)
    return out


def _older(report: Report, a: int, b: int) -> tuple[int, int]:
    da, db = report.cabinet_policies[a].date, report.cabinet_policies[b].date
    if da is not None and db is not None and db < da:
        return b, a
    return a, b


# ---------------------------------------------------------------- names in the rationale
_SEGMENT = re.compile(r"測定指標\s*([0-9０-９]+|[①-⑳])\s*[:：]\s*([^。\n]*)")
_QUOTE = re.compile(r"「([^「」]{4,80})」")


def _near_miss(name: str, text: str) -> tuple[str, str] | None:
    """``(as cited, as named)`` where ``text`` holds ``name`` with one or two characters
    changed over a stretch of at least six matching ones; None otherwise."""
    if len(name) < 6 or name in text:
        return None
    for k in {0, len(name) // 2, len(name) - 3}:
        anchor = name[k : k + 3]
        pos = text.find(anchor)
        while pos >= 0:
            found = _aligned(name, text, pos - k)
            if found is not None:
                return found
            pos = text.find(anchor, pos + 1)
    return None


def _aligned(name: str, text: str, offset: int) -> tuple[str, str] | None:
    same = [
        (i, name[i] == text[offset + i]) for i in range(len(name)) if 0 <= offset + i < len(text)
    ]
    # the stretch of matches with no three misses in a row, around the longest run of matches
    runs: list[list[tuple[int, bool]]] = [[]]
    misses = 0
    for i, ok in same:
        misses = 0 if ok else misses + 1
        if misses >= 3:
            runs.append([])
            continue
        runs[-1].append((i, ok))
    best = max(runs, key=lambda r: sum(ok for _, ok in r))
    while best and not best[-1][1]:
        best.pop()
    while best and not best[0][1]:
        best.pop(0)
    matched = sum(ok for _, ok in best)
    missed = len(best) - matched
    if not 1 <= missed <= 2 or matched < 6:
        return None
    start, end = best[0][0], best[-1][0] + 1
    return text[offset + start : offset + end], name[start:end]


def _names(report: Report) -> dict[int, list[str]]:
    """Each indicator's name and its parts' (うち dropped), as written: the rationale is read
    as written too (NFKC of every rationale would cost more than the rest of this check)."""
    out: dict[int, list[str]] = {}
    for ind in report.indicators():
        names = [ind.name, *(p.name for p in ind.parts)]
        out[ind.number] = [n.removeprefix("うち") for n in names if n]
    return out


def cited_names(report: Report) -> list[Finding]:
    """V009: an indicator name cited in 判断根拠 that matches no indicator (税制 for 税政)."""
    text = report.verdict.rationale
    if not text.strip() or not report.indicators():
        return []
    names = _names(report)
    every = [n for ns in names.values() for n in ns]
    misses: dict[str, tuple[str, int | None]] = {}
    for m in _SEGMENT.finditer(text):
        number = int(unicodedata.normalize("NFKC", m.group(1)))
        for name in names.get(number, []):
            hit = _near_miss(name, m.group(2))
            if hit is not None:
                misses.setdefault(hit[0], (hit[1], number))
    for m in _QUOTE.finditer(text) if "「" in text else ():
        quoted = m.group(1)
        if any(quoted in n or n in quoted for n in every):
            continue
        for name in every:
            hit = _near_miss(name, quoted)
            if hit is not None:
                misses.setdefault(hit[0], (hit[1], None))
    return [
        Finding(
            "V009",
            "warning",
            tr(
                "判断根拠の「{cited}」はどの測定指標の名称とも一致しません（「{named}」の誤り"
                "ではありませんか）。",
                "the rationale cites {cited!r}, which matches no indicator's name (is it "
                "{named!r}?).",
                cited=cited,
                named=named,
            ),
            verdict_place("rationale"),
            indicator=number,
            data={"cited": cited, "name": named},
        )
        for cited, (named, number) in misses.items()
    ]


# ---------------------------------------------------------------- 次期目標等
def _normal(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def _next_steps(report: Report, settings: RuleSettings) -> list[Finding]:
    """N001 a 予算要求 category not in the list; N002 silence after a weak verdict."""
    out: list[Finding] = []
    n = report.next_steps
    known = {_normal(c) for c in settings.budget_request_categories}
    if n.budget_request.strip() and _normal(n.budget_request) not in known:
        out.append(
            Finding(
                "N001",
                "warning",
                tr(
                    "予算要求の区分「{got}」は既知の区分（{known}）のいずれでもありません。",
                    "the budget request category {got!r} is none of the known ones ({known}).",
                    got=n.budget_request,
                    known="、".join(settings.budget_request_categories),
                ),
                "next_steps.budget_request",
            )
        )
    weak = report.verdict.category in VERDICT_CATEGORIES[2:]
    if weak and _is_blank(n.measures):
        out.append(
            Finding(
                "N002",
                "warning",
                tr(
                    "測定結果が「{c}」ですが、次期目標等への反映の方向性（施策）が空欄です。",
                    "the verdict is {c}, but the 次期目標等 measures are blank.",
                    c=report.verdict.category,
                ),
                "next_steps.measures",
            )
        )
    return out
