"""What a 評価担当課 reviewer checks in the 測定指標 and 施策目標 (codes I020–I026).

The 点検項目 ask that every indicator state its target value and both years (基準年度 and
目標年度), that a qualitative indicator say how it is judged (目標達成基準), that every 施策目標 be
measured by an アウトカム indicator, and that each 施策手段 be traceable to the 行政事業レビュー.
"""

from __future__ import annotations

from models.i18n import tr
from models.report.model import Indicator, Report
from models.report.paths import objective_place
from models.report.places import form_number
from models.rules.findings import Finding, indicator_finding


def check_review(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for index, obj in enumerate(report.objectives):
        n = index + 1
        if obj.indicators and not any(i.kind == "アウトカム" for i in obj.indicators):
            out.append(
                Finding(
                    "I024",
                    "warning",
                    tr(
                        "施策目標{n}にアウトカム指標がありません（指標の種類がアウトプット・参考のみ"
                        "又は空欄）。",
                        "objective {n} has no アウトカム (outcome) indicator.",
                        n=form_number(n),
                    ),
                    objective_place(index),
                    data={"kinds": [i.kind for i in obj.indicators]},
                )
            )
        if not obj.means:
            out.append(
                Finding(
                    "I025",
                    "info",
                    tr(
                        "施策目標{n}に施策手段（達成手段）が記載されていません。",
                        "objective {n} lists no 施策手段 (means).",
                        n=form_number(n),
                    ),
                    objective_place(index, "means"),
                )
            )
        for m, means in enumerate(obj.means):
            if not means.review_number.strip():
                out.append(
                    Finding(
                        "I026",
                        "warning",
                        tr(
                            "施策手段「{name}」の行政事業レビュー事業番号が空欄です。",
                            "means {name!r} has no 行政事業レビュー number.",
                            name=means.name,
                        ),
                        objective_place(index, f"means[{m}].review_number"),
                    )
                )
    for ind in report.indicators():
        out += _blank_cells(ind)
    return out


def _blank_cells(ind: Indicator) -> list[Finding]:
    """I020 target value, I021 target year, I022 baseline year, I028 baseline value, I023
    qualitative criterion.

    A quantitative indicator's target needs a value: words alone (「増加させる」) give nothing to
    judge an actual against, unless the target year's own 年度ごとの目標 holds one (which the
    suggestion then uses). A qualitative indicator is judged by its texts and 目標達成基準, so its
    baseline asks for neither a year nor a value."""
    out: list[Finding] = []
    n = ind.number
    t, b = ind.target, ind.baseline
    if ind.qualitative:
        if not t.text.strip():
            out.append(_i020(ind, ""))
    elif t.value is None:
        words = t.text.strip()
        if not words or not _yearly_target_at(ind, t.fiscal_year):
            out.append(_i020(ind, words))
    if t.fiscal_year is None:
        out.append(
            indicator_finding(
                "I021",
                "warning",
                tr(
                    "測定指標{n}の目標年度が空欄です。",
                    "indicator {n}: the target year is blank.",
                    n=form_number(n),
                ),
                ind,
                "target.fiscal_year",
            )
        )
    if b.fiscal_year is None and not ind.qualitative:
        out.append(
            indicator_finding(
                "I022",
                "warning",
                tr(
                    "測定指標{n}の基準年度が空欄です。",
                    "indicator {n}: the baseline year is blank.",
                    n=form_number(n),
                ),
                ind,
                "baseline.fiscal_year",
            )
        )
    if b.value is None and not ind.qualitative:
        out.append(
            indicator_finding(
                "I028",
                "warning",
                tr(
                    "測定指標{n}の基準値が空欄です（基準年度とともに数値で記載してください）。",
                    "indicator {n}: the baseline value is blank (give it as a figure, with its "
                    "year).",
                    n=form_number(n),
                ),
                ind,
                "baseline.value",
                text=b.text,
            )
        )
    if ind.qualitative and not ind.criterion.strip():
        out.append(
            indicator_finding(
                "I023",
                "warning",
                tr(
                    "測定指標{n}は定性的な指標ですが、目標達成基準が記載されていません。",
                    "indicator {n} is qualitative but states no 目標達成基準 (criterion).",
                    n=form_number(n),
                ),
                ind,
                "criterion",
            )
        )
    return out


def _yearly_target_at(ind: Indicator, fiscal_year: int | None) -> bool:
    """The target year's row holds a 年度ごとの目標 value."""
    row = ind.year(fiscal_year) if fiscal_year is not None else None
    return row is not None and row.target is not None


_QUOTED = 40  # characters of a target's words quoted in I020


def _i020(ind: Indicator, words: str) -> Finding:
    """I020: a blank target, or (``words``) a quantitative target given in words alone."""
    if words:
        message = tr(
            "測定指標{n}の目標（値）に数値がありません（「{w}」）。達成を判定できるよう目標値を"
            "数値で記載してください。",
            "indicator {n}: the target has no value ({w!r}); give it as a figure so that the "
            "actual can be judged against it.",
            n=form_number(ind.number),
            w=words if len(words) <= _QUOTED else words[: _QUOTED - 1] + "…",
        )
    else:
        message = tr(
            "測定指標{n}の目標（値）が空欄です。",
            "indicator {n}: the target (value) is blank.",
            n=form_number(ind.number),
        )
    place = "target.text" if ind.qualitative else "target.value"
    return indicator_finding("I020", "warning", message, ind, place, text=words)
