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
    """I020 target value, I021 target year, I022 baseline year, I023 qualitative criterion."""
    out: list[Finding] = []
    n = ind.number
    t, b = ind.target, ind.baseline
    blank_value = not t.text.strip() if ind.qualitative else t.value is None and not t.text.strip()
    if blank_value:
        out.append(
            indicator_finding(
                "I020",
                "warning",
                tr(
                    "測定指標{n}の目標（値）が空欄です。",
                    "indicator {n}: the target (value) is blank.",
                    n=form_number(n),
                ),
                ind,
                "target.text" if ind.qualitative else "target.value",
            )
        )
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
    if b.fiscal_year is None:
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
