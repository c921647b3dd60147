"""What a monitoring year does not ask for (spec/cycle.md, "The whole cycle").

A report with ``stage = "monitoring"`` is the year's モニタリング結果: the plan with its actuals
and marks, published without a verdict. So the checks that ask for the verdict, the analysis and
the 次期目標等, or read them, have nothing to say about it: the V-codes (測定結果, 判断根拠, 政策の
分析), the N-codes (次期目標等), the F-codes of the fields only the 評価書 prints (政策評価実施時期,
予算要求, the two 反映内容) and B004 (a low execution rate the analysis does not explain).
"""

from __future__ import annotations

from models.i18n import tr
from models.report.model import Report
from models.rules.findings import Finding

NOT_ASKED_PREFIXES = ("V", "N")
NOT_ASKED_CODES = frozenset({"F009", "F010", "F011", "F012", "B004"})


def asked(finding: Finding) -> bool:
    """Whether a monitoring year's report is held to ``finding``."""
    return not finding.code.startswith(NOT_ASKED_PREFIXES) and finding.code not in NOT_ASKED_CODES


def for_stage(report: Report, findings: list[Finding]) -> list[Finding]:
    """``findings`` less those a monitoring year does not ask for (all of them otherwise)."""
    if report.stage != "monitoring":
        return findings
    return [f for f in findings if asked(f)]


def stage_note(report: Report) -> str:
    """The line ``check`` puts before the suggestion of a monitoring year's report ("" else)."""
    if report.stage != "monitoring":
        return ""
    return tr(
        "モニタリングの年度です: 測定結果・政策の分析・次期目標等は求められません"
        "（以下の提案は数値からの参考です）。",
        "a monitoring year: no verdict, analysis or next steps are asked for (the suggestion "
        "below is the numbers' reading, for reference).",
    )
