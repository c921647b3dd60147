"""Checks of the report's heading fields (codes R001–R004, R010, R011)."""

from __future__ import annotations

import re

from models.i18n import tr
from models.report.eras import fy_label
from models.report.heading_years import id_year, title_year
from models.report.model import Report
from models.report.paths import report_place
from models.rules.findings import Finding


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
    title_fy = title_year(report.title)
    if title_fy is not None and title_fy != evaluated:
        out.append(
            Finding(
                "R003",
                "warning",
                tr(
                    "標題の「{t}実施政策」と評価対象年度（{e}）が一致しません。",
                    "the title says {t} but the evaluated fiscal year is {e}.",
                    t=fy_label(title_fy),
                    e=fy_label(evaluated),
                ),
                report_place("title"),
                data={"title_year": title_fy, "evaluated_fiscal_year": evaluated},
            )
        )
    out += _document_id(report, evaluated)
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


def _document_id(report: Report, evaluated: int) -> list[Finding]:
    """R010: the 評価書番号 names another year than the one after the evaluated year (the
    evaluation's); R011: a rolled-over report's number names no year hyoka reads, so roll-over
    could not move it."""
    number = report.document_id.strip()
    if not number:
        return []
    year = id_year(number)
    if year is not None and year != evaluated + 1:
        return [
            Finding(
                "R010",
                "warning",
                tr(
                    "評価書番号「{d}」は{y}を示していますが、{e}実施政策の評価は{n}に行うもの"
                    "です（繰越し前の番号のままではありませんか）。",
                    "the report number {d!r} names {y}, but the evaluation of {e} is made in "
                    "{n} (is it last year's number?).",
                    d=number,
                    y=fy_label(year),
                    e=fy_label(evaluated),
                    n=fy_label(evaluated + 1),
                ),
                report_place("document_id"),
                data={"document_id_year": year, "expected": evaluated + 1},
            )
        ]
    if year is None and report.predecessor:
        return [
            Finding(
                "R011",
                "info",
                tr(
                    "評価書番号「{d}」から年を読み取れないため、{p} からの繰越しでは番号を"
                    "そのまま引き継ぎました。今年度の番号になっているか確認してください。",
                    "the report number {d!r} names no year hyoka reads, so rolling over from {p} "
                    "kept it as it was: check that it is this year's number.",
                    d=number,
                    p=report.predecessor,
                ),
                report_place("document_id"),
                data={"predecessor": report.predecessor},
            )
        ]
    return []
