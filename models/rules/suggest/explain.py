"""The verdict suggestion as text: one line for the result, one per indicator (ja/en via tr)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from models.i18n import tr
from models.report.places import form_number
from models.rules.suggest.projection import words as projection_words
from models.rules.suggest.readings import figures_of, rate_label

if TYPE_CHECKING:
    from models.rules.suggest.verdict import IndicatorBasis, VerdictSuggestion


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
    "pending-cap": (
        "目標期間中の主要な測定指標の進捗が、判定済みの測定指標が示す区分を支えないため、"
        "進捗が示す区分までとしました。",
        "A main indicator whose target period is not over is not on pace for the category the "
        "judged indicators give, so the suggestion goes no further than its progress.",
    ),
    "main-unsupported": (
        "主要な測定指標に、達成を判定できず進捗も測れないもの（{n}）があるため、"
        "区分は提案しません。",
        "A main indicator ({n}) can be neither judged nor measured for progress, so no category "
        "is suggested.",
    ),
}


def _rule_text(rule: str, s: VerdictSuggestion | None = None) -> str:
    if rule == "main-unsupported" and s is not None:
        names = [_label(b) for b in s.indicators if b.part == "unsupported"]
        return tr(*_RULES[rule], n="、".join(names))
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
    "unsupported": (
        "判定も進捗の測定もできないため、区分を提案できない",
        "neither judged nor measurable: no category can be suggested",
    ),
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
    "contested": (
        "数値から。評価者の「{m}」は数値より強い",
        "the numbers'; the evaluator's {m} is stronger",
    ),
    "none": ("なし", "none"),
}


def _label(b: IndicatorBasis) -> str:
    return tr("測定指標{n}", "Indicator {n}", n=_number(b.number))


def readings(
    rate: float | None,
    to_target: float | None,
    from_baseline: float | None,
    basis: str = "to_target",
    figures: str = "",
) -> str:
    """達成率 by both readings, the one ``basis`` ([rules] close_basis) names first and the
    other as 参考 (models/rules/suggest/readings.py, as the findings, F4 and F5 write them):
    達成率（目標比）87.8% ／ 参考 基準から 63.2%; ``figures`` in the ratio's place."""
    label = rate_label(from_baseline, to_target, basis, figures)
    if label or rate is None:
        return label
    return tr("達成率 {r}", "achievement {r}", r=_percent(rate))


def _year_used(fiscal_year: int | None, target_year: int | None, stale: bool) -> str:
    if not stale or fiscal_year is None:
        return ""
    return _paren(
        tr(
            "目標年度{t}の実績が空欄のため{fy}の実績で判定",
            "the target year {t} has no actual: judged on the {fy} actual",
            t=_fy(target_year),
            fy=_fy(fiscal_year),
        )
    )


def _fy(year: int | None) -> str:
    from models.report.eras import fy_label

    return fy_label(year) if year is not None else ""


def _trend_bits(trend: str | None, pace: float | None) -> str:
    if trend is None:
        return ""
    text = _trend_text(trend)
    if pace is not None:
        text = tr("進捗ペース {p}、{t}", "pace {p}, {t}", p=_percent(pace), t=text)
    return _paren(text)


def indicator_line(b: IndicatorBasis, basis: str = "to_target") -> str:
    """測定指標１（主要） name: －（評価者） 達成率（基準から）63.2% ／ 参考 … → its part."""
    label = _label(b)
    if b.main:
        label += _paren(tr("主要", "main"))
    source = tr(*_SOURCES[b.source], m=b.evaluator_mark)
    bits = [(b.mark or tr("（空欄）", "(blank)")) + _paren(source)]
    reading = readings(b.rate, b.to_target, b.from_baseline, basis, figures_of(b))
    if reading:
        bits.append(reading + _year_used(b.fiscal_year, b.target_year, b.stale))
    if b.trend is not None:
        bits[-1] += _trend_bits(b.own_trend or b.trend, b.own_pace if b.parts else b.pace)
    line = f"{label} {b.name}: {' '.join(bits)} → {_part_text(b)}"
    if b.held_by is not None:
        line += _paren(tr("「{p}」により引き下げ", "held back by {p}", p=b.held_by))
    return line


def part_lines(b: IndicatorBasis, basis: str = "to_target") -> list[str]:
    """One line per うち series, the one that holds the indicator back named."""
    lines = []
    for p in b.parts:
        bits = [p.mark or tr("提案なし", "no suggestion")]
        reading = readings(p.rate, p.to_target, p.from_baseline, basis, figures_of(p))
        if reading:
            bits.append(reading + _year_used(p.fiscal_year, b.target_year, p.stale))
        if b.trend is not None and p.trend is not None:
            bits[-1] += _trend_bits(p.trend, p.pace)
        line = f"{p.name}: {' '.join(bits)}"
        if p.name == b.held_by:
            line += tr(
                " ← この系列が{n}の提案を引き下げています",
                " <- this series holds {n} back",
                n=_label(b),
            )
        lines.append(line)
    return lines


def _number(n: int) -> str:
    return form_number(n)


def explain(s: VerdictSuggestion, projections: bool = True) -> str:
    """The suggestion as a few lines of text in the current language; ``projections``: with
    the line each series' trend reaches by its target year (F5 shows those beside its evidence
    instead)."""
    head = tr("提案区分: {c}", "Suggested category: {c}", c=s.category or tr("なし", "none"))
    reason = _rule_text(s.rule, s)
    if s.rests_on_progress and s.rule == "progress":
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
    slowest = _slowest(s)
    if slowest is not None and s.rule in ("progress", "pending-cap"):
        b, trend = slowest
        who = _label(b) + (tr("の「{p}」", " ({p})", p=b.held_by) if b.held_by else "")
        reason += tr("", " ") + tr(
            "最も遅い進捗は{who}（{t}）です。",
            "The slowest progress is {who}'s ({t}).",
            who=who,
            t=_trend_text(trend),
        )
    lines = [head, tr("理由: {r}", "Why: {r}", r=reason.strip())]
    if s.contested:
        lines.append(
            tr(
                "{n}は評価者の達成が数値より強いため、数値の達成で数えました。評価者の達成"
                "（イ／ロ／ハ）どおりなら「{c}」です。",
                "{n_en}: the evaluator's mark is stronger than the numbers, so the numbers' "
                "mark is counted; by the evaluator's marks it would be {c}.",
                n="、".join(f"測定指標{form_number(n)}" for n in s.contested),
                n_en=", ".join(f"Indicator {n}" for n in s.contested),
                c=s.marks_category or tr("提案なし", "no suggestion"),
            )
        )
    if not s.mains_flagged and s.indicators:
        lines.append(
            tr(
                "主要な測定指標の指定がないため、すべての測定指標を主要として扱いました。",
                "No indicator is flagged main, so every indicator was treated as main.",
            )
        )
    for b in s.indicators:
        lines.append("  " + indicator_line(b, s.settings.close_basis))
        if projections and b.projection is not None:
            lines.append("      " + projection_words(b.projection))
        for p, line in zip(b.parts, part_lines(b, s.settings.close_basis), strict=True):
            lines.append("    " + line)
            if projections and p.projection is not None:
                lines.append("      " + projection_words(p.projection))
    basis = _BASES.get(s.settings.close_basis, _BASES["to_target"])
    lines.append(
        tr(
            "※ hyoka の既定の読み方による提案です（「近い実績」＝達成率{close}以上、"
            "判定には{basis}の達成率を使用）。区分の判断は評価者が行います。",
            "* A suggestion by hyoka's default reading ('close' = achievement ≥ {close}, read "
            "{basis_en}); the evaluator decides the category.",
            close=f"{s.settings.close_ratio * 100:g}%",
            basis=basis[0],
            basis_en=basis[1],
        )
    )
    return "\n".join(lines)


_TREND_ORDER = ("no-gain", "behind", "close", "on-track")


def _slowest(s: VerdictSuggestion) -> tuple[IndicatorBasis, str] | None:
    """The main － indicator with the weakest measurable trend (ties: the first)."""
    found = [(b, b.trend) for b in s.indicators if b.part == "progress" and b.trend in _TREND_ORDER]
    if not found:
        return None
    return min(found, key=lambda bt: _TREND_ORDER.index(bt[1] or ""))  # type: ignore[return-value]


_BASES = {
    "from_baseline": ("基準値から", "from the baseline"),
    "to_target": ("目標値比", "as the ratio to the target"),
}
