"""The 事前分析表 keys of hyoka/1: reasons, means with years, planned evaluation, [plan]."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from models.report import model as r
from models.snapshot.codec import SnapshotError, dumps_snapshot, loads_snapshot
from models.snapshot.schema import INDICATOR, MEANS, MEANS_YEAR, PLAN, PLANNED_INDICATOR

PLAN_TEXT = """schema = "hyoka/1"

[report]
key = "k"
policy_name = "p"
planned_evaluation = "令和４年８月"

[[objectives]]
text = "施策目標"

[[objectives.indicators]]
number = 1
name = "指標"
reason = \"\"\"
選定理由。
目標の根拠。\"\"\"
change_reason = "目標を見直したため"

[objectives.indicators.target]
fiscal_year = 2023
value = 120

[[objectives.means]]
name = "事業"
review_number = "0001"
indicator_numbers = [
    1,
]
start_fiscal_year = 2020

[[objectives.means.years]]
fiscal_year = 2021
budget = 1200
executed = 1100

[[objectives.means.years]]
fiscal_year = 2022
budget = 1300

[plan]
fixed_on = 2021-04-01

[[plan.indicators]]
objective = 1
number = 1
name = "指標"

[plan.indicators.baseline]
fiscal_year = 2018
value = 10

[plan.indicators.target]
fiscal_year = 2023
value = 100
"""


def test_plan_keys_round_trip_byte_for_byte() -> None:
    report = loads_snapshot(PLAN_TEXT)
    assert dumps_snapshot(report) == PLAN_TEXT
    assert report.planned_evaluation == "令和４年８月"
    indicator = report.indicator(1)
    assert indicator is not None
    assert indicator.reason == "選定理由。\n目標の根拠。"
    assert indicator.change_reason == "目標を見直したため"
    (means,) = report.objectives[0].means
    assert means.start_fiscal_year == 2020
    assert means.years == [r.MeansYear(2021, 1200, 1100), r.MeansYear(2022, 1300, None)]
    assert report.plan is not None
    assert report.plan.fixed_on == date(2021, 4, 1)
    (planned,) = report.plan.indicators
    assert (planned.objective, planned.number, planned.target.value) == (1, 1, 100)
    assert planned.baseline.value == 10


def test_no_plan_writes_no_plan_section() -> None:
    report = loads_snapshot(PLAN_TEXT)
    report.plan = None
    assert "[plan]" not in dumps_snapshot(report)
    report.plan = r.FixedPlan(fixed_on=date(2022, 5, 1))
    assert dumps_snapshot(report).endswith("[plan]\nfixed_on = 2022-05-01\n")


def _errors(text: str) -> list[str]:
    with pytest.raises(SnapshotError) as caught:
        loads_snapshot(text, source="x.toml")
    return [f"{issue.path}: {issue.message}" for issue in caught.value.issues]


def test_plan_needs_its_date_and_unique_numbers() -> None:
    head = 'schema = "hyoka/1"\n\n[report]\nkey = "k"\npolicy_name = "p"\n'
    assert _errors(head + "\n[plan]\n\n[[plan.indicators]]\nobjective = 1\nnumber = 1\n") == [
        "plan.fixed_on: 必須です"
    ]
    twice = "\n[[plan.indicators]]\nobjective = 1\nnumber = 3\n"
    assert _errors(head + "\n[plan]\nfixed_on = 2021-04-01\n" + twice + twice) == [
        "plan.indicators[1].number: 重複しています: 3"
    ]
    assert _errors(
        head + "\n[plan]\nfixed_on = 2021-04-01\n\n[[plan.indicators]]\nnumber = 1\n"
    ) == ["plan.indicators[0].objective: 必須です"]


def test_means_years_are_unique_and_integers() -> None:
    second = "fiscal_year = 2022\nbudget = 1300"
    text = PLAN_TEXT.replace(second, "fiscal_year = 2021\nbudget = 1.5")
    assert _errors(text) == ["objectives[0].means[0].years[1].budget: 整数が必要です（小数）"]
    text = PLAN_TEXT.replace(second, "fiscal_year = 2021")
    assert _errors(text) == ["objectives[0].means[0].years[1].fiscal_year: 重複しています: 2021"]


@pytest.mark.parametrize(
    "spec", [INDICATOR, MEANS, MEANS_YEAR, PLAN, PLANNED_INDICATOR], ids=lambda s: s.cls.__name__
)
def test_plan_specs_cover_their_dataclasses(spec) -> None:  # type: ignore[no-untyped-def]
    assert {name for name, _ in spec.fields} == {f.name for f in fields(spec.cls)}
