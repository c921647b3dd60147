"""Every check code, firing and not firing, starting from the seed report (総務省R4－⑧)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

import pytest

from models.i18n import set_language
from models.report.model import BudgetYear, IndicatorYear, Means, Report
from models.rules.check import Finding, check_report, has_errors, mentioned_indicators, summarize
from models.rules.settings import RuleSettings
from models.snapshot.sample import load_sample

Change = Callable[[Report], object]


def seed() -> Report:
    return load_sample()


def changed(change: Change) -> Report:
    report = copy.deepcopy(seed())
    change(report)
    return report


def ind(r: Report, n: int):  # type: ignore[no-untyped-def]
    found = r.indicator(n)
    assert found is not None
    return found


def year(r: Report, n: int, fy: int) -> IndicatorYear:
    found = ind(r, n).year(fy)
    assert found is not None
    return found


def budget(r: Report, fy: int) -> BudgetYear:
    found = r.budget.year(fy)
    assert found is not None
    return found


def _mark_ha_undiscussed(r: Report) -> None:
    ind(r, 2).mark = "ハ"
    year(r, 2, 2021).actual = 10
    r.verdict.analysis = "測定指標１について分析した。"


# code, severity, place, a change that fires it, a near-miss that does not
CASES: list[tuple[str, str, str, Change, Change]] = [
    (
        "R001",
        "error",
        "report.policy_name",
        lambda r: setattr(r, "policy_name", " "),
        lambda r: setattr(r, "policy_name", "電子政府"),
    ),
    (
        "R002",
        "warning",
        "report.evaluated_fiscal_year",
        lambda r: setattr(r, "evaluated_fiscal_year", None),
        lambda r: None,
    ),
    (
        "R003",
        "warning",
        "report.title",
        lambda r: setattr(r, "title", "主要な政策に係る評価書（令和２年度実施政策）"),
        lambda r: setattr(r, "title", "主要な政策に係る評価書（R3年度実施政策）"),
    ),
    (
        "R004",
        "warning",
        "report.evaluation_month",
        lambda r: setattr(r, "evaluation_month", "2022-03"),
        lambda r: setattr(r, "evaluation_month", "2022-04"),
    ),
    (
        "B001",
        "info",
        "budget[2021].total",
        lambda r: None,
        lambda r: setattr(budget(r, 2021), "total", 431000),
    ),
    (
        "B002",
        "error",
        "budget[2021].total",
        lambda r: setattr(budget(r, 2021), "total", 431005),
        lambda r: setattr(budget(r, 2021), "total", 430998),
    ),
    (
        "B003",
        "error",
        "budget[2020].executed",
        lambda r: setattr(budget(r, 2020), "executed", 372354),
        lambda r: setattr(budget(r, 2020), "executed", 372353),
    ),
    (
        "B004",
        "warning",
        "budget[2021].executed",
        lambda r: setattr(budget(r, 2021), "executed", 100000),
        lambda r: (
            setattr(budget(r, 2021), "executed", 100000),
            setattr(r.verdict, "analysis", r.verdict.analysis + "執行率が低い要因は…"),
        ),
    ),
    (
        "B005",
        "warning",
        "budget[2022].supplementary",
        lambda r: setattr(budget(r, 2022), "supplementary", 5),
        lambda r: setattr(budget(r, 2022), "initial", 5),
    ),
    (
        "B006",
        "warning",
        "budget.notes",
        lambda r: setattr(r.budget, "notes", r.budget.notes[:1]),
        lambda r: (
            setattr(r.budget, "notes", r.budget.notes[:1]),
            setattr(budget(r, 2021), "total", 431000),
        ),
    ),
    (
        "B007",
        "error",
        "budget[2021]",
        lambda r: r.budget.years.append(BudgetYear(2021)),
        lambda r: None,
    ),
    (
        "B008",
        "warning",
        "budget.unit",
        lambda r: setattr(r.budget, "unit", "ドル"),
        lambda r: setattr(r.budget, "unit", "千円"),
    ),
    ("B009", "warning", "budget", lambda r: r.budget.years.pop(2), lambda r: r.budget.years.pop(0)),
    (
        "B010",
        "warning",
        "budget[2019].executed",
        lambda r: setattr(budget(r, 2019), "executed", -1),
        lambda r: setattr(budget(r, 2019), "supplementary", -1),
    ),
    (
        "I001",
        "warning",
        "objectives[0]",
        lambda r: setattr(ind(r, 1), "main", False),
        lambda r: setattr(ind(r, 2), "main", True),
    ),
    (
        "I002",
        "error",
        "indicator[1].number",
        lambda r: setattr(ind(r, 2), "number", 1),
        lambda r: setattr(ind(r, 2), "number", 3),
    ),
    (
        "I003",
        "error",
        "indicator[1].target.fiscal_year",
        lambda r: setattr(ind(r, 1).target, "fiscal_year", 2017),
        lambda r: setattr(ind(r, 1).target, "fiscal_year", 2018),
    ),
    (
        "I004",
        "warning",
        "indicator[1].years[2019].as_of",
        lambda r: setattr(year(r, 1, 2019), "as_of", date(2021, 4, 1)),
        lambda r: setattr(year(r, 1, 2019), "as_of", date(2020, 3, 31)),
    ),
    (
        "I005",
        "error",
        "indicator[2].mark",
        lambda r: setattr(year(r, 2, 2021), "actual", 90),
        lambda r: setattr(year(r, 2, 2021), "actual", 100.0),
    ),
    (
        "I006",
        "warning",
        "indicator[1].mark",
        lambda r: setattr(ind(r, 1), "mark", "イ"),
        lambda r: setattr(ind(r, 1), "mark", "－"),
    ),
    (
        "I007",
        "warning",
        "indicator[1].mark",
        lambda r: setattr(ind(r, 1).target, "fiscal_year", 2021),
        lambda r: setattr(ind(r, 1).target, "fiscal_year", 2022),
    ),
    (
        "I008",
        "error",
        "indicator[2].years[2019].actual",
        lambda r: setattr(year(r, 2, 2019), "numerator", 40),
        lambda r: (
            setattr(year(r, 2, 2019), "numerator", 45),
            setattr(year(r, 2, 2019), "actual", 97.8),
        ),
    ),
    (
        "I009",
        "warning",
        "indicator[2].years[2020].actual",
        lambda r: setattr(year(r, 2, 2020), "denominator", 0),
        lambda r: setattr(year(r, 2, 2020), "denominator", 46),
    ),
    (
        "I010",
        "info",
        "indicator[2].mark",
        lambda r: setattr(ind(r, 2), "mark", "ロ"),
        lambda r: setattr(ind(r, 2), "mark", "イ"),
    ),
    (
        "I011",
        "warning",
        "indicator[1].target.value",
        lambda r: setattr(ind(r, 1).target, "value", 1000),
        lambda r: setattr(ind(r, 1).target, "value", 1100),
    ),
    (
        "I012",
        "warning",
        "indicator[1].years[2020].actual",
        lambda r: (
            setattr(ind(r, 1), "cumulative", True),
            setattr(year(r, 1, 2020), "actual", 1100),
        ),
        lambda r: setattr(ind(r, 1), "cumulative", True),
    ),
    (
        "I013",
        "warning",
        "indicator[1].years[2020].actual",
        lambda r: (
            setattr(year(r, 1, 2020), "actual", None),
            setattr(year(r, 1, 2020), "actual_text", ""),
        ),
        lambda r: setattr(year(r, 1, 2020), "actual", None),
    ),
    (
        "I014",
        "warning",
        "objectives[0].means[1].indicator_numbers",  # after the sample's own means
        lambda r: r.objectives[0].means.append(Means(name="事業", indicator_numbers=[1, 9])),
        lambda r: r.objectives[0].means.append(Means(name="事業", indicator_numbers=[1, 2])),
    ),
    (
        "I015",
        "warning",
        "objectives",
        lambda r: setattr(r, "objectives", []),
        lambda r: r.objectives[0].indicators.pop(),
    ),
    (
        "I016",
        "warning",
        "indicator[2].mark",
        lambda r: setattr(ind(r, 2), "mark", ""),
        lambda r: (setattr(ind(r, 2), "mark", ""), setattr(ind(r, 2), "qualitative", True)),
    ),
    (
        "V001",
        "error",
        "verdict.category",
        lambda r: setattr(r.verdict, "category", ""),
        lambda r: None,
    ),
    (
        "V002",
        "error",
        "verdict.category",
        lambda r: setattr(r.verdict, "category", "おおむね達成"),
        lambda r: None,
    ),
    (
        "V003",
        "error",
        "verdict.rationale",
        lambda r: setattr(r.verdict, "rationale", "\n"),
        lambda r: None,
    ),
    (
        "V004",
        "warning",
        "verdict.rationale",
        lambda r: setattr(r.verdict, "category", "進展が大きくない"),
        lambda r: (
            setattr(r.verdict, "category", "進展が大きくない"),
            setattr(
                r.verdict, "rationale", r.verdict.rationale + "以上から進展が大きくないとした。"
            ),
        ),
    ),
    (
        "V005",
        "info",
        "verdict.category",
        lambda r: None,  # the seed's 目標達成, against 相当程度進展あり, names its category
        lambda r: setattr(r.verdict, "category", "相当程度進展あり"),
    ),
    (
        "V006",
        "warning",
        "verdict.rationale",
        lambda r: setattr(r.verdict, "rationale", "測定指標１：進展している。"),
        lambda r: setattr(r.verdict, "rationale", "測定指標①及び②：いずれも進展している。"),
    ),
    (
        "V007",
        "warning",
        "verdict.analysis",
        _mark_ha_undiscussed,
        lambda r: (
            _mark_ha_undiscussed(r),
            setattr(r.verdict, "analysis", "測定指標１・２について分析した。"),
        ),
    ),
    (
        "V008",
        "warning",
        "verdict.analysis",
        lambda r: setattr(r.verdict, "analysis", ""),
        lambda r: None,
    ),
]


def codes(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


@pytest.mark.parametrize(
    ("code", "severity", "place", "fire", "miss"), CASES, ids=[c[0] for c in CASES]
)
def test_check_fires(code: str, severity: str, place: str, fire: Change, miss: Change) -> None:
    hits = codes(check_report(changed(fire)), code)
    assert hits, f"{code} did not fire"
    assert hits[0].severity == severity
    assert hits[0].place == place
    assert hits[0].message


@pytest.mark.parametrize(
    ("code", "severity", "place", "fire", "miss"), CASES, ids=[c[0] for c in CASES]
)
def test_check_does_not_fire(
    code: str, severity: str, place: str, fire: Change, miss: Change
) -> None:
    assert not codes(check_report(changed(miss)), code)


def test_every_documented_code_has_a_case() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)
    assert {c[0] for c in CASES} >= {
        "B001",
        "B002",
        "B003",
        "B004",
        "B005",
        "I001",
        "I002",
        "I003",
        "I004",
        "I005",
        "I006",
        "I008",
        "V001",
        "V003",
        "V004",
        "V006",
        "V007",
    }


def test_seed_has_no_errors_and_what_a_reviewer_would_note() -> None:
    findings = check_report(seed())
    assert not has_errors(findings)
    assert [(f.code, f.severity, f.place) for f in findings] == [
        ("B001", "info", "budget[2021].total"),
        ("I026", "warning", "objectives[0].means[0].review_number"),
        ("V005", "info", "verdict.category"),
        ("R005", "warning", "report.materials"),
        ("R007", "warning", "cabinet_policies[2].name"),
        ("V009", "warning", "verdict.rationale"),
        ("F014", "warning", "report.planned_evaluation"),  # the 事前分析表's, blank in the seed
        ("F015", "warning", "indicator[1].reason"),
        ("F015", "warning", "indicator[2].reason"),
    ]
    assert findings[0].data == {"total": 431001, "sum": 431000, "gap": 1, "allowed": 2}
    assert summarize(findings) == {"error": 0, "warning": 7, "info": 2}
    assert next(f for f in findings if f.code == "V009").data == {
        "cited": "地方行税制統計システム利用課室からの新規要望",
        "name": "地方行税政統計システム利用課室からの新規要望",
    }


@pytest.mark.parametrize(
    ("total", "code"),
    [
        (431001, "B001"),
        (430999, "B001"),
        (431002, "B001"),
        (431003, "B002"),
        (431005, "B002"),
        (430995, "B002"),
    ],
)
def test_rounding_allowance_is_summands_minus_one(total: int, code: str) -> None:
    found = [
        f.code
        for f in check_report(changed(lambda r: setattr(budget(r, 2021), "total", total)))
        if f.code in ("B001", "B002")
    ]
    assert found == [code]


def test_rounding_allowance_shrinks_with_blank_summands() -> None:
    def two_parts(r: Report) -> None:
        y = budget(r, 2019)
        y.carryover, y.total = None, 76461 + 13555 + 2  # two summands allow ±1

    assert "B002" in {f.code for f in check_report(changed(two_parts))}


def test_low_execution_threshold_is_configurable() -> None:
    r = seed()  # 令和３年度 executed 238,163 of 431,001: 55.3%
    assert not codes(check_report(r), "B004")
    assert codes(check_report(r, RuleSettings(low_execution_ratio=0.6)), "B004")


def test_as_of_reach_is_configurable() -> None:
    r = changed(lambda r: setattr(year(r, 1, 2019), "as_of", date(2020, 12, 1)))
    assert codes(check_report(r), "I004")
    assert not codes(check_report(r, RuleSettings(as_of_months_after=9)), "I004")


def test_approximate_target_softens_i005() -> None:
    def missed(r: Report) -> None:
        year(r, 2, 2021).actual = 90
        ind(r, 2).target.approximate = True

    assert codes(check_report(changed(missed)), "I005")[0].severity == "warning"


def test_messages_follow_the_language() -> None:
    set_language("en")
    f = check_report(seed())[0]
    assert "within rounding" in f.message
    set_language("ja")
    assert "四捨五入の範囲内" in check_report(seed())[0].message


def test_finding_to_dict_is_plain() -> None:
    d = check_report(seed())[0].to_dict()
    assert d == {
        "code": "B001",
        "severity": "info",
        "place": "budget[2021].total",
        "message": d["message"],
        "fiscal_year": 2021,
        "indicator": None,
        "data": {"total": 431001, "sum": 431000, "gap": 1, "allowed": 2},
    }


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("測定指標１：…", {1}),
        ("測定指標1及び測定指標2", {1, 2}),
        ("（測定指標１・２に対応）", {1, 2}),
        ("測定指標①、②", {1, 2}),
        ("測定指標１～３", {1, 2, 3}),
        ("測定指標 12 と 13", {12, 13}),
        ("指標１", set()),
        ("", set()),
    ],
)
def test_mentioned_indicators(text: str, numbers: set[int]) -> None:
    assert mentioned_indicators(text) == numbers


def test_an_as_of_date_before_heisei_is_flagged_not_a_crash() -> None:
    """A slip of the year (1988 for 2018) once raised inside the check: it is I004 now."""
    report = changed(lambda r: setattr(year(r, 1, 2020), "as_of", date(1988, 4, 1)))
    (found,) = [f for f in check_report(report) if f.code == "I004"]
    assert "1988-04-01" in found.message


def test_a_parts_own_target_year_ahead_with_the_indicators_blank() -> None:
    """Indicator 1 marked イ, its own 目標年度 blank, its うち series' still ahead: I006 names
    the part's year (this raised an assertion once)."""

    def change(r: Report) -> None:
        ind(r, 1).mark = "イ"
        ind(r, 1).target.fiscal_year = None

    found = [f for f in check_report(changed(change)) if f.code == "I006"]
    assert found and "令和５年度" in found[0].message
