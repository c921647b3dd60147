"""Changes to the fixed 事前分析表 (models/report/plan.py) and their findings (P001–P008)."""

from __future__ import annotations

from datetime import date

from models.report.plan import fixed_plan
from models.report.plan_changes import plan_changes
from models.rules.check import check_report
from models.rules.plan import check_plan
from models.snapshot.codec import dumps_snapshot, loads_snapshot

SMALL = """schema = "hyoka/1"

[report]
key = "small"
policy_name = "政策"
evaluated_fiscal_year = 2021

[[objectives]]
text = "施策目標"

[[objectives.indicators]]
number = 1
name = "導入団体数"
unit = "団体"

[objectives.indicators.baseline]
fiscal_year = 2018
value = 1067

[objectives.indicators.target]
fiscal_year = 2023
value = 1600
approximate = true

[[objectives.indicators]]
number = 2
name = "対応率"
unit = "%"

[objectives.indicators.target]
fiscal_year = 2021
text = "100％"
"""


def _fixed(text: str = SMALL):  # type: ignore[no-untyped-def]
    report = loads_snapshot(text)
    report.plan = fixed_plan(report, date(2021, 4, 1))
    return loads_snapshot(dumps_snapshot(report))  # the plan as the snapshot carries it


def test_a_plan_just_fixed_has_no_changes() -> None:
    report = _fixed()
    assert report.plan is not None
    assert [(p.objective, p.number, p.name) for p in report.plan.indicators] == [
        (1, 1, "導入団体数"),
        (1, 2, "対応率"),
    ]
    assert plan_changes(report) == [] and check_plan(report) == []
    assert check_plan(loads_snapshot(SMALL)) == []  # no plan: nothing to hold against


def test_an_edited_target_names_indicator_planned_and_current_value() -> None:
    report = _fixed()
    indicator = report.indicator(1)
    indicator.target.value = 1700
    (change,) = plan_changes(report)
    assert (change.objective, change.number, change.kind) == (1, 1, "target_value")
    assert (change.planned, change.current) == ("約1,600団体", "約1,700団体")
    assert change.explained is False
    (finding,) = [f for f in check_report(report) if f.code.startswith("P")]
    assert finding.code == "P001" and finding.severity == "warning"
    assert finding.place == "indicator[1].change_reason" and finding.indicator == 1
    assert "測定指標１「導入団体数」の目標（値）" in finding.message
    assert "計画: 約1,600団体 → 現在: 約1,700団体" in finding.message
    assert "令和３年４月１日確定" in finding.message
    indicator.change_reason = "　"  # a full-width space alone is no reason
    assert [f.code for f in check_plan(report)] == ["P001"]
    indicator.change_reason = "交付税措置の拡充により目標を引き上げた。"
    assert plan_changes(report)[0].explained is True
    assert check_plan(report) == []
    assert not [f for f in check_report(report) if f.code.startswith("P")]


def test_years_texts_and_baselines_each_have_their_code() -> None:
    report = _fixed()
    one, two = report.indicator(1), report.indicator(2)
    one.target.fiscal_year = 2024
    one.baseline.value = 1000
    one.baseline.fiscal_year = 2019
    two.target.text = "95％"
    two.baseline.text = "基準なし"
    findings = check_plan(report)
    found = [(f.code, f.indicator, f.data["planned"], f.data["current"]) for f in findings]
    assert found == [
        ("P003", 1, "令和５年度", "令和６年度"),
        ("P004", 1, "1,067団体", "1,000団体"),
        ("P006", 1, "平成30年度", "令和元年度"),
        ("P002", 2, "100％", "95％"),
        ("P005", 2, "（なし）", "基準なし"),
    ]


def test_added_and_removed_indicators() -> None:
    report = _fixed()
    objective = report.objectives[0]
    removed = objective.indicators.pop(1)
    added = loads_snapshot(SMALL).indicator(1)
    added.number, added.name = 3, "新しい指標"
    objective.indicators.append(added)
    found = [(f.code, f.place, f.indicator) for f in check_plan(report)]
    assert found == [("P007", "indicator[3].change_reason", 3), ("P008", "plan", 2)]
    assert "測定指標２「対応率」は事前分析表（令和３年４月１日確定）にありました" in (
        check_plan(report)[1].message
    )
    added.change_reason = "新たに指標を設定した。"
    assert [f.code for f in check_plan(report)] == ["P008"]  # a removal is not explainable
    objective.indicators.append(removed)
    assert check_plan(report) == []


def test_english_message(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HYOKA_LANG", "en")
    report = _fixed()
    report.indicator(1).target.value = 1700
    (finding,) = check_plan(report)
    assert finding.message.startswith("indicator 1 (導入団体数): the target value differs")
    assert "(planned: 約1,600団体 → now: 約1,700団体)" in finding.message
