"""The verdict suggestion as text: one line for the result, one per indicator (ja/en via tr)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from models.eras import form_digits
from models.i18n import tr

if TYPE_CHECKING:
    from models.verdict import IndicatorBasis, VerdictSuggestion


# The texts as (ja, en) pairs: only the one used is put through tr (hundreds per check run).
_RULES = {
    "exceeded": (
        "主要な測定指標がすべて目標を余裕をもって上回り、判定済みの測定指標はすべて「イ」です。",
        "Every main indicator beat its target by the margin and every judged indicator is イ.",
    ),
    "all-met": (
        "判定済みの測定指標はすべて「イ」（目標達成）です。",
        "Every judged indicator is イ (target met).",
    ),
    "some-short": (
        "主要な測定指標に「ハ」はありませんが、「ロ」又は「ハ」の測定指標があります。",
        "No main indicator is ハ, but some indicator is ロ or ハ.",
    ),
    "main-not-close": (
        "主要な測定指標に「ハ」（目標（値）に近い実績を示していない）があります。",
        "A main indicator is ハ (not close to its target).",
    ),
    "main-no-gain": (
        "主要な測定指標がすべて「ハ」で、基準値からの改善もありません。",
        "Every main indicator is ハ and none has gained over its baseline.",
    ),
    "no-basis": (
        "判定に使える測定指標がないため、区分は提案しません。",
        "No indicator can be judged, so no category is suggested.",
    ),
    "progress": ("", ""),
}


def _rule_text(rule: str) -> str:
    return tr(*_RULES[rule])


def _percent(x: float | None) -> str:
    return "" if x is None else f"{x * 100:.1f}%"


_PARTS = {
    "counted": ("達成として算入", "counted as met"),
    "exceeds": ("目標を余裕をもって上回る", "beats its target by the margin"),
    "lowers": ("区分を引き下げる要因", "lowers the category"),
    "progress": ("目標年度前のため進捗で判断", "target year ahead: judged on progress"),
    "pending": ("目標年度前（－）のため算入しない", "target year ahead (－): not counted"),
    "not-counted": ("達成の判定なし（算入しない）", "no mark to use: not counted"),
}


def _part_text(b: IndicatorBasis) -> str:
    return tr(*_PARTS[b.part])


_TRENDS = {
    "on-track": ("目標に向けた見込みどおり", "on track for the target"),
    "close": ("見込みをやや下回る", "slightly behind the straight-line path"),
    "behind": ("見込みを大きく下回る", "well behind the straight-line path"),
    "no-gain": ("基準値から改善していない", "no gain over the baseline"),
    "unknown": ("進捗を数値で測れない", "progress cannot be measured"),
}


def _trend_text(trend: str | None) -> str:
    pair = _TRENDS.get(trend or "")
    return tr(*pair) if pair else ""


def _paren(text: str) -> str:
    return tr("（{t}）", " ({t})", t=text)


_SOURCES = {
    "evaluator": ("評価者", "evaluator's"),
    "suggested": ("数値からの提案", "suggested"),
    "none": ("なし", "none"),
}


def indicator_line(b: IndicatorBasis) -> str:
    """測定指標１（主要） name: －（評価者） 達成率 63.2%（…） → its part in the result."""
    label = tr("測定指標{n}", "Indicator {n}", n=_number(b.number))
    if b.main:
        label += _paren(tr("主要", "main"))
    source = tr(*_SOURCES[b.source])
    bits = [(b.mark or tr("（空欄）", "(blank)")) + _paren(source)]
    if b.rate is not None:
        bits.append(tr("達成率 {r}", "achievement {r}", r=_percent(b.rate)))
    if b.trend is not None:
        trend = _trend_text(b.trend)
        if b.pace is not None:
            trend = tr("進捗ペース {p}、{t}", "pace {p}, {t}", p=_percent(b.pace), t=trend)
        bits[-1] += _paren(trend)
    return f"{label} {b.name}: {' '.join(bits)} → {_part_text(b)}"


def _number(n: int) -> str:
    return tr("{n}", "{m}", n=form_digits(n), m=n)


def explain(s: VerdictSuggestion) -> str:
    """The suggestion as a few lines of text in the current language."""
    head = tr("提案区分: {c}", "Suggested category: {c}", c=s.category or tr("なし", "none"))
    reason = _rule_text(s.rule)
    if s.rests_on_progress:
        if any(b.part == "lowers" for b in s.indicators):
            reason = _rule_text("some-short")
        elif any(b.part == "counted" for b in s.indicators):
            reason = _rule_text("all-met")
        reason += tr("", " ") + tr(
            "主要な測定指標はすべて「－」（目標期間が終了していない）のため、"
            "この提案は進捗に基づくもので、進捗が示す以上の区分は提案しません。",
            "Every main indicator is － (target period not over), so this suggestion rests on "
            "progress and goes no further than the trend supports.",
        )
    lines = [head, tr("理由: {r}", "Why: {r}", r=reason.strip())]
    if not s.mains_flagged and s.indicators:
        lines.append(
            tr(
                "主要な測定指標の指定がないため、すべての測定指標を主要として扱いました。",
                "No indicator is flagged main, so every indicator was treated as main.",
            )
        )
    lines += ["  " + indicator_line(b) for b in s.indicators]
    lines.append(
        tr(
            "※ hyoka の既定の読み方による提案です（「近い実績」＝達成率{close}以上）。"
            "区分の判断は評価者が行います。",
            "* A suggestion by hyoka's default reading ('close' = achievement ≥ {close}); "
            "the evaluator decides the category.",
            close=f"{s.settings.close_ratio * 100:g}%",
        )
    )
    return "\n".join(lines)
