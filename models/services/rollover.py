"""Roll-over: next year's report started from this one (spec/cycle.md, 「繰越し」).

``roll_over`` is the transformation on plain Report values, with no database: the new
report keeps the header, the objectives, the indicators with their baselines, targets and
yearly rows, the means and the cabinet policies; it clears the marks, the verdict (with the
analysis) and the 次期目標等; the budget takes the columns the form shows for the new year
(the two years before it, the year itself and the next: figures already there are kept,
missing columns are added blank, the others dropped); every indicator and each of its うち
series gains the new year's row with a blank actual; ``predecessor`` names the source. An
indicator whose ``drop_next`` is set (the 次期目標等 took it out of the next plan) is left
out, and so is its number in the means that served it; the caller is told which.

The header moves on (models/report/heading_years.py): the 表題 names the new year
(「（令和４年度実施政策）」), the 評価書番号 moves as many years when it has the usual shape
(総務省R4－⑧ → 総務省R5－⑧; otherwise it is kept, and ``hyoka check`` says so: R011), and the
政策評価実施時期 is cleared. An indicator whose 目標年度 ended before the new year needs a new
target: the caller is told which (and ``hyoka check`` flags it: I027).

With ``stage = "monitoring"`` the new report is a monitoring year's (``Report.stage``): the same
report, which publishes as the モニタリング結果 and is asked for no verdict (models/rules/stage.py).

``roll_over_in`` does the same on a store: the source is only read, and the new report is
inserted with a first history row 「KEY から繰越し」 (action ``rollover``).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from models.i18n import tr
from models.report.eras import era_of_fiscal_year
from models.report.heading_years import moved_id, titled
from models.report.model import (
    STAGES,
    BudgetYear,
    Gist,
    Indicator,
    IndicatorYear,
    NextSteps,
    Report,
    Verdict,
)
from models.report.places import form_number
from models.rules.indicators import targets_passed
from models.snapshot.codec import SnapshotError, report_from_document, report_to_document
from models.snapshot.kinds import KEY_PATTERN, YEAR_RANGE

if TYPE_CHECKING:
    from models.store.store import Store

ACTION = "rollover"  # the history action of a report's first row when it was rolled over


class RollOverRefused(ValueError):
    """A roll-over that cannot be made (the message says why); nothing was written."""


@dataclass
class RollOver:
    """The new report and the indicators of the source that it leaves out (``drop_next``);
    ``document_id_kept``: the 評価書番号 had no year to move (kept as it was);
    ``targets_passed``: ``(indicator, part name or "", target year)`` whose 目標年度 ended
    before the new year (a new target is needed)."""

    report: Report
    dropped: list[Indicator] = field(default_factory=list)
    document_id_kept: bool = False
    targets_passed: list[tuple[Indicator, str, int]] = field(default_factory=list)


def budget_years_shown(fiscal_year: int) -> list[int]:
    """The budget columns the form shows in the report on ``fiscal_year``: two years before,
    the year itself and the next (the sample on 2021 shows 2019–2022)."""
    return [fiscal_year - 2, fiscal_year - 1, fiscal_year, fiscal_year + 1]


_ERA_SEGMENT = re.compile(r"([rh])(\d{1,2})")
_YEAR_SEGMENT = re.compile(r"\d{4}")


def default_key(source_key: str, source_year: int, fiscal_year: int) -> str:
    """The key a roll-over gets unless one is given.

    The first part of the source key (between hyphens) that names a year is moved on by as
    many years as the roll-over: an era year such as ``r4`` (soumu-r4-08 on 2021 → on 2022
    soumu-r5-08; ``h30`` + 2 → ``r2``) or a Western year such as ``2021``. A key without a year
    gets ``-FY`` at its end (``digital-policy`` → ``digital-policy-2022``).
    """
    delta = fiscal_year - source_year
    parts = source_key.split("-")
    for i, part in enumerate(parts):
        if m := _ERA_SEGMENT.fullmatch(part):
            letter, digits = m.groups()
            western = (2018 if letter == "r" else 1988) + int(digits) + delta
            try:
                era, n = era_of_fiscal_year(western)
            except ValueError:
                continue
            width = len(digits) if digits.startswith("0") else 1  # r04 stays two digits
            parts[i] = f"{era.letter.lower()}{n:0{width}d}"
            return "-".join(parts)
        if _YEAR_SEGMENT.fullmatch(part) and YEAR_RANGE[0] <= int(part) <= YEAR_RANGE[1]:
            parts[i] = str(int(part) + delta)
            return "-".join(parts)
    return f"{source_key}-{fiscal_year}"


def roll_over(
    source: Report, fiscal_year: int, key: str | None = None, stage: str = "evaluation"
) -> RollOver:
    """Next year's report started from ``source`` (not changed); RollOverRefused if it cannot be.
    ``stage``: what the new year is, an evaluation (評価書) or a monitoring year
    (モニタリング結果)."""
    if stage not in STAGES:
        raise RollOverRefused(
            tr("段階は {all} のいずれかです", "the stage is one of {all}", all=", ".join(STAGES))
        )
    if source.evaluated_fiscal_year is None:
        raise RollOverRefused(
            tr(
                "{key} には評価対象年度がないため繰り越せません",
                "{key} has no evaluated fiscal year, so it cannot be rolled over",
                key=source.key,
            )
        )
    if fiscal_year <= source.evaluated_fiscal_year:
        raise RollOverRefused(
            tr(
                "繰越し先の年度（{to}）は {key} の評価対象年度（{year}）より後にしてください",
                "the new fiscal year ({to}) must come after {key}'s evaluated year ({year})",
                to=fiscal_year,
                key=source.key,
                year=source.evaluated_fiscal_year,
            )
        )
    if not YEAR_RANGE[0] <= fiscal_year - 2 < fiscal_year + 1 <= YEAR_RANGE[1]:
        raise RollOverRefused(
            tr("年度が範囲外です: {to}", "fiscal year out of range: {to}", to=fiscal_year)
        )
    new_key = (
        key
        if key is not None
        else default_key(source.key, source.evaluated_fiscal_year, fiscal_year)
    )
    if not KEY_PATTERN.fullmatch(new_key):
        raise RollOverRefused(
            tr(
                "キーは半角英小文字・数字・ハイフン（100 字まで）にしてください: {key!r}",
                "a key is lower-case letters, digits and hyphens (up to 100): {key!r}",
                key=new_key,
            )
        )
    report = copy.deepcopy(source)
    report.key = new_key
    report.evaluated_fiscal_year = fiscal_year
    report.predecessor = source.key
    report.stage = stage
    report.title = titled(report.title, fiscal_year) or report.title
    moved = moved_id(report.document_id, fiscal_year - source.evaluated_fiscal_year)
    number_kept = moved is None and bool(report.document_id.strip())
    report.document_id = moved or report.document_id
    report.evaluation_month = ""  # 政策評価実施時期: the new evaluation has not been made
    report.verdict = Verdict()
    report.next_steps = NextSteps()
    # the 要旨 speaks of this year's verdict; its 施策目標 in short stays with the objectives
    report.gist = Gist(objectives=source.gist.objectives)
    report.plan = None  # next year's 事前分析表 is fixed anew (spec/cycle.md)
    report.budget.years = _budget_columns(report.budget.years, fiscal_year)
    dropped: list[Indicator] = []
    for objective in report.objectives:
        kept = []
        for indicator in objective.indicators:
            if indicator.drop_next:
                dropped.append(indicator)
                continue
            indicator.mark = ""
            indicator.drop_next = None
            indicator.change_reason = ""  # explained a change to last year's plan
            indicator.years = _with_year(indicator.years, fiscal_year)
            for part in indicator.parts:
                part.years = _with_year(part.years, fiscal_year)
            kept.append(indicator)
        objective.indicators = kept
    gone = {indicator.number for indicator in dropped}
    for objective in report.objectives:
        for means in objective.means:
            means.indicator_numbers = [n for n in means.indicator_numbers if n not in gone]
    try:  # the same validation an import or an edit passes
        report = report_from_document(report_to_document(report))
    except SnapshotError as exc:
        raise RollOverRefused(str(exc)) from None
    return RollOver(report, dropped, number_kept, targets_passed(report))


def _budget_columns(years: list[BudgetYear], fiscal_year: int) -> list[BudgetYear]:
    have = {column.fiscal_year: column for column in years}
    return [have.get(y) or BudgetYear(y) for y in budget_years_shown(fiscal_year)]


def _with_year(years: list[IndicatorYear], fiscal_year: int) -> list[IndicatorYear]:
    """``years`` with a blank ``fiscal_year`` row in year order (a row already there is kept)."""
    if any(row.fiscal_year == fiscal_year for row in years):
        return years
    at = sum(1 for row in years if row.fiscal_year < fiscal_year)
    return [*years[:at], IndicatorYear(fiscal_year), *years[at:]]


def roll_over_in(
    store: Store,
    key: str,
    fiscal_year: int,
    new_key: str | None = None,
    stage: str = "evaluation",
) -> RollOver:
    """Roll ``key`` over in ``store``: the new report is inserted with its first history row
    「KEY から繰越し」; the source is only read. RollOverRefused when the target key exists."""
    from models.store.errors import ReportExists

    result = roll_over(store.load_report(key), fiscal_year, new_key, stage)
    refused = RollOverRefused(
        tr(
            "{new} は既にあります（別のキーを指定してください）",
            "{new} already exists (give another key)",
            new=result.report.key,
        )
    )
    if store.exists(result.report.key):
        raise refused
    try:
        store.create_report(result.report, action=ACTION, source=key)
    except ReportExists:
        raise refused from None
    return result


def describe(result: RollOver) -> list[str]:
    """What a roll-over did, one line each: the new report, its budget columns, its 表題 and
    評価書番号, the indicators left out (or that none were) and those that need a new target."""
    from models.report.eras import fiscal_year_label

    new = result.report
    year = new.evaluated_fiscal_year or 0
    first, *_, last = budget_years_shown(year)
    lines = [
        tr(
            "{new} を作りました（{key} から繰越し、{label}）",
            "created {new} (rolled over from {key}, fiscal year {year})",
            new=new.key,
            key=new.predecessor,
            label=fiscal_year_label(year),
            year=year,
        ),
        tr(
            "予算額・執行額の列: {first}〜{last}年度",
            "budget columns: fiscal years {first}–{last}",
            first=first,
            last=last,
        ),
    ]
    if new.stage == "monitoring":
        lines.append(
            tr(
                "モニタリングの年度です（モニタリング結果として発行し、測定結果・政策の分析・"
                "次期目標等は求めません）",
                "a monitoring year: it publishes as the monitoring results and asks for no "
                "verdict, analysis or next steps",
            )
        )
    lines += _heading_lines(result)
    if not result.dropped:
        lines.append(tr("除いた測定指標はありません", "no indicator was left out"))
    for indicator in result.dropped:
        lines.append(
            tr(
                "除いた測定指標{number}: {name}（次期目標等で削除）",
                "left out indicator {number}: {name} (dropped by the next steps)",
                number=form_number(indicator.number),
                name=indicator.name,
            )
        )
    for indicator, part, year in result.targets_passed:
        lines.append(
            tr(
                "新しい目標が必要な測定指標{number}: {name}{part}（目標年度 {year} は終了）",
                "indicator {number} needs a new target: {name}{part} (its target year {year_en} "
                "has ended)",
                number=form_number(indicator.number),
                name=indicator.name,
                part=tr("「{p}」", " ({p})", p=part) if part else "",
                year=fiscal_year_label(year),
                year_en=year,
            )
        )
    return lines


def _heading_lines(result: RollOver) -> list[str]:
    """What became of the 表題 and the 評価書番号, and that the 政策評価実施時期 was cleared."""
    new = result.report
    number = new.document_id.strip()
    if result.document_id_kept:
        said = tr(
            "評価書番号「{d}」は年を読み取れないためそのまま（確認してください）",
            "report number {d!r} names no year, so it was kept (check it)",
            d=number,
        )
    else:
        said = tr("評価書番号 {d}", "report number {d}", d=number or tr("（空欄）", "(blank)"))
    return [
        tr("表題 {t}", "title {t}", t=new.title.strip() or tr("（空欄）", "(blank)")),
        said + tr("、政策評価実施時期は空欄", "; the evaluation month cleared"),
    ]
