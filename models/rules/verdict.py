"""Checks of 目標達成度合いの測定結果, 判断根拠 and 政策の分析 (codes V001–V008)."""

from __future__ import annotations

import re
import unicodedata

from models.i18n import tr
from models.report.model import VERDICT_CATEGORIES, Report
from models.report.paths import verdict_place
from models.report.places import form_number, form_numbers
from models.rules.findings import Finding
from models.rules.settings import RuleSettings
from models.rules.suggest.verdict import VerdictSuggestion, suggest_verdict

_MENTION = re.compile(r"測定指標\s*(\d+(?:\s*(?:[・,、~〜～\-]|及び|および|と|から)\s*\d+)*)")
_RANGE = re.compile(r"(\d+)\s*(?:[~〜～\-]|から)\s*(\d+)")


_DIGITS = re.compile(r"\d+")


def mentioned_indicators(text: str) -> set[int]:
    """Indicator numbers a text names: 測定指標１, 測定指標①, 測定指標１・２, 測定指標1～3.

    As if the whole text were NFKC-normalized first, but only the sentences that can hold a
    mention are (NFKC of 1–3 KB of prose costs ~0.1 ms): NFKC makes 測 from no character but
    測, and a text may be normalized piece by piece when cut before 。 (NFKC_QC=Yes, ccc=0,
    composes with nothing), which no mention spans.
    """
    found: set[int] = set()
    if "測" not in text:
        return found
    for sentence in text.split("。"):
        if "測" not in sentence:
            continue
        for m in _MENTION.finditer(unicodedata.normalize("NFKC", sentence)):
            group = m.group(1)
            for a, b in _RANGE.findall(group):
                if int(b) - int(a) <= 100:
                    found.update(range(int(a), int(b) + 1))
            found.update(int(x) for x in _DIGITS.findall(group))
    return found


def check_verdict(
    report: Report, settings: RuleSettings, suggestion: VerdictSuggestion | None = None
) -> list[Finding]:
    v = report.verdict
    out: list[Finding] = []
    suggestion = suggestion or suggest_verdict(report, settings)
    if not v.category.strip():
        out.append(
            Finding(
                "V001",
                "error",
                tr(
                    "目標達成度合いの測定結果（区分）が空欄です。",
                    "the verdict category is blank.",
                ),
                verdict_place("category"),
                data={"suggested": suggestion.category},
            )
        )
    elif v.category not in VERDICT_CATEGORIES:
        out.append(
            Finding(
                "V002",
                "error",
                tr(
                    "区分「{c}」は各行政機関共通区分のいずれでもありません（{all}）。",
                    "category {c!r} is not one of the common categories ({all}).",
                    c=v.category,
                    all="、".join(VERDICT_CATEGORIES),
                ),
                verdict_place("category"),
            )
        )
    if not v.rationale.strip():
        out.append(
            Finding(
                "V003",
                "error",
                tr("判断根拠が空欄です。", "the rationale (判断根拠) is blank."),
                verdict_place("rationale"),
            )
        )
    if not v.analysis.strip():
        out.append(
            Finding(
                "V008",
                "warning",
                tr(
                    "政策の分析（達成・未達成に関する要因分析）が空欄です。",
                    "the analysis (政策の分析) is blank.",
                ),
                verdict_place("analysis"),
            )
        )
    out += _against_suggestion(report, suggestion)
    out += _mentions(report, suggestion)
    return out


def _against_suggestion(report: Report, s: VerdictSuggestion) -> list[Finding]:
    """V004 / V005: a category away from the suggestion, and whether the rationale says why."""
    v = report.verdict
    if s.category is None or v.category not in VERDICT_CATEGORIES or v.category == s.category:
        return []
    addressed = v.category in v.rationale
    params = {"c": v.category, "s": s.category}
    return [
        Finding(
            "V005" if addressed else "V004",
            "info" if addressed else "warning",
            tr(
                "区分「{c}」は hyoka の提案「{s}」と異なります。判断根拠に理由が書かれているか"
                "確認してください。",
                "category {c} differs from hyoka's suggestion {s}; check that the rationale "
                "gives the reason.",
                **params,
            )
            if addressed
            else tr(
                "区分「{c}」は hyoka の提案「{s}」と異なりますが、判断根拠が「{c}」とした"
                "理由に触れていません。",
                "category {c} differs from hyoka's suggestion {s}, and the rationale does not "
                "say why it is {c}.",
                **params,
            ),
            verdict_place("category" if addressed else "rationale"),
            data={"category": v.category, "suggested": s.category, "rule": s.rule},
        )
    ]


def _mentions(report: Report, s: VerdictSuggestion) -> list[Finding]:
    """V006 (rationale silent on an indicator) and V007 (analysis silent on a ロ/ハ indicator)."""
    out: list[Finding] = []
    v = report.verdict
    numbers = [i.number for i in report.indicators()]
    if v.rationale.strip() and numbers:
        mentioned = mentioned_indicators(v.rationale)  # once: NFKC of 1–3 KB is not free
        missing = [n for n in numbers if n not in mentioned]
        if missing:
            out.append(
                Finding(
                    "V006",
                    "warning",
                    tr(
                        "判断根拠が測定指標{missing}に触れていません（「測定指標N」の形で）。",
                        "the rationale does not mention indicator(s) {missing} (as 測定指標N).",
                        missing=form_numbers(missing),
                    ),
                    verdict_place("rationale"),
                    data={"missing": missing},
                )
            )
    discussed = mentioned_indicators(v.analysis)
    for b in s.indicators:
        mark = b.evaluator_mark or b.mark  # the report's mark (the suggestion's where blank)
        if mark not in ("ロ", "ハ") or b.number in discussed:
            continue
        if _names_it(v.analysis, b.name, [p.name for p in b.parts]):
            continue
        causes = bool(_CAUSES.search(v.analysis))
        # A ハ (目標未達成) the analysis never names is a warning even where it gives causes:
        # the form asks why each target was missed. A ロ's causes may be among those given.
        severity = "info" if causes and mark == "ロ" else "warning"
        out.append(
            Finding(
                "V007",
                severity,
                _v007_message(b.number, mark, causes),
                verdict_place("analysis"),
                indicator=b.number,
                data={"mark": mark, "source": b.source, "gives_causes": causes},
            )
        )
    return out


def _v007_message(n: int, mark: str, causes: bool) -> str:
    if not causes:
        return tr(
            "測定指標{n}は「{m}」ですが、政策の分析で要因が分析されていません。",
            "indicator {n} is {m}, but the analysis never discusses it.",
            n=form_number(n),
            m=mark,
        )
    if mark == "ハ":
        return tr(
            "測定指標{n}は「ハ」（目標未達成）ですが、政策の分析はこの測定指標（番号・名称）に"
            "触れていません。この指標が目標に届かなかった要因を記載してください。",
            "indicator {n} is ハ (target missed), but the analysis never names it (by number "
            "or name): say why this indicator missed its target.",
            n=form_number(n),
        )
    return tr(
        "測定指標{n}は「{m}」です。政策の分析は要因を述べていますが、この測定指標"
        "（番号・名称）に触れていません。その要因がこの指標の結果を説明しているか"
        "確認してください。",
        "indicator {n} is {m}; the analysis gives causes but never names this "
        "indicator (by number or name): check that they explain its result.",
        n=form_number(n),
        m=mark,
    )


# Words with which an analysis gives a cause (要因分析): 〜の影響により, 〜ため, 〜が遅れた …
_CAUSES = re.compile(r"要因|原因|影響|ため|により|によって|遅れ|伸び悩|下回|未達|延期|中止|減少")
_SPAN = 4


def _names_it(text: str, name: str, part_names: list[str]) -> bool:
    """The text names the indicator: its name, a part's, or any four characters in a row of
    them (「受講者数」 for 研修受講者数), as written (an NFKC of every analysis costs more than
    the rest of the checks; names and analyses are written in the same form's hand)."""
    if not text:
        return False
    for candidate in (name, *part_names):
        c = candidate.removeprefix("うち")
        if not c:
            continue
        if c in text:
            return True
        if any(c[i : i + _SPAN] in text for i in range(len(c) - _SPAN + 1)):
            return True
    return False
