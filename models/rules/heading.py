"""Checks of the report's heading fields (codes R001–R004)."""

from __future__ import annotations

import re
import unicodedata

from models.i18n import tr
from models.report.eras import fy_label, parse_fiscal_year
from models.report.model import Report
from models.report.paths import report_place
from models.rules.findings import Finding

_TITLE_YEAR = re.compile(r"[（(]\s*(.+?年度)\s*実施政策\s*[）)]")


def check_heading(report: Report) -> list[Finding]:
    out: list[Finding] = []
    if not report.policy_name.strip():
        out.append(
            Finding(
                "R001",
                "error",
                tr("政策名が空欄です。", "the policy name is blank."),
                report_place("policy_name"),
            )
        )
    evaluated = report.evaluated_fiscal_year
    if evaluated is None:
        out.append(
            Finding(
                "R002",
                "warning",
                tr(
                    "評価対象年度（〇〇年度実施政策）が空欄のため、達成の提案ができません。",
                    "the evaluated fiscal year is blank, so no mark can be suggested.",
                ),
                report_place("evaluated_fiscal_year"),
            )
        )
        return out
    m = _TITLE_YEAR.search(unicodedata.normalize("NFKC", report.title))
    if m:
        try:
            title_year = parse_fiscal_year(m.group(1))
        except ValueError:
            title_year = None
        if title_year is not None and title_year != evaluated:
            out.append(
                Finding(
                    "R003",
                    "warning",
                    tr(
                        "標題の「{t}実施政策」と評価対象年度（{e}）が一致しません。",
                        "the title says {t} but the evaluated fiscal year is {e}.",
                        t=fy_label(title_year),
                        e=fy_label(evaluated),
                    ),
                    report_place("title"),
                    data={"title_year": title_year, "evaluated_fiscal_year": evaluated},
                )
            )
    month = re.fullmatch(r"(\d{4})-(\d{2})", report.evaluation_month.strip())
    if month and (int(month.group(1)), int(month.group(2))) <= (evaluated + 1, 3):
        out.append(
            Finding(
                "R004",
                "warning",
                tr(
                    "政策評価実施時期（{m}）が評価対象年度（{e}）の終了前です。",
                    "the evaluation month {m} is before the end of the evaluated year {e}.",
                    m=report.evaluation_month,
                    e=fy_label(evaluated),
                ),
                report_place("evaluation_month"),
            )
        )
    return out
