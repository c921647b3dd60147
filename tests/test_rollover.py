"""Roll-over (spec/cycle.md): next year's report from this one, on plain values and in a store."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.report import model as r
from models.services.rollover import (
    RollOverRefused,
    budget_years_shown,
    default_key,
    roll_over,
    roll_over_in,
)
from models.snapshot.codec import dumps_snapshot, loads_snapshot
from models.snapshot.sample import load_sample
from models.store.store import Store, open_store
from tests.strategies import reports


def _small() -> r.Report:
    """A report on 2021 with one budget column too old, one beyond the next year, two
    indicators (one dropped by its 次期目標等), a うち series and a means serving both."""
    return r.Report(
        key="x-r4-01",
        policy_name="政策",
        document_id="総務省R4－①",
        evaluated_fiscal_year=2021,
        evaluation_month="2022-08",
        bureau="行政管理局",
        budget=r.Budget(
            unit="百万円",
            notes=["（注）"],
            years=[
                r.BudgetYear(2018, initial=1),
                r.BudgetYear(2019, initial=2),
                r.BudgetYear(2020, initial=3, executed=3),
                r.BudgetYear(2021, initial=4, total=4),
                r.BudgetYear(2024, initial=9),
            ],
        ),
        cabinet_policies=[r.CabinetPolicy("骨太の方針")],
        objectives=[
            r.Objective(
                text="施策目標",
                indicators=[
                    r.Indicator(
                        1,
                        name="廃止する指標",
                        mark="イ",
                        drop_next=True,
                        years=[r.IndicatorYear(2021, actual=5)],
                    ),
                    r.Indicator(
                        2,
                        name="続ける指標",
                        mark="ロ",
                        drop_next=False,
                        baseline=r.Baseline(2018, 10),
                        target=r.Target(2023, 100),
                        years=[
                            r.IndicatorYear(2020, actual=20),
                            r.IndicatorYear(2021, target=50, actual=40),
                            r.IndicatorYear(2023, target=100),
                        ],
                        parts=[
                            r.IndicatorPart("うち甲", "件", years=[r.IndicatorYear(2021, actual=4)])
                        ],
                    ),
                ],
                means=[r.Means("事業", "0001", indicator_numbers=[1, 2])],
            )
        ],
        verdict=r.Verdict("目標達成", "根拠", "分析"),
        next_steps=r.NextSteps(measures="施策", budget_request="Ⅲ　予算の継続・現状維持"),
    )


def test_rollover_follows_the_spec_on_a_small_report() -> None:
    source = _small()
    before = copy.deepcopy(source)
    result = roll_over(source, 2022)
    new = result.report
    assert source == before  # the source is not changed
    assert new.key == "x-r5-01" and new.predecessor == "x-r4-01"
    assert new.evaluated_fiscal_year == 2022
    # header, cabinet policies and notes kept; the 評価書番号 moved on a year, the 政策評価実施時期
    # cleared (issue 26)
    assert (new.policy_name, new.document_id, new.bureau) == ("政策", "総務省R5－①", "行政管理局")
    assert new.evaluation_month == ""
    assert new.cabinet_policies == source.cabinet_policies and new.budget.notes == ["（注）"]
    # budget: 2020–2023, figures kept, 2023 blank, 2018, 2019 and 2024 dropped
    assert new.budget.years == [
        r.BudgetYear(2020, initial=3, executed=3),
        r.BudgetYear(2021, initial=4, total=4),
        r.BudgetYear(2022),
        r.BudgetYear(2023),
    ]
    # verdict, analysis, next steps cleared
    assert new.verdict == r.Verdict() and new.next_steps == r.NextSteps()
    # the dropped indicator is left out and reported; the means no longer serves it
    assert [i.number for i in result.dropped] == [1]
    (objective,) = new.objectives
    (kept,) = objective.indicators
    assert objective.means[0].indicator_numbers == [2]
    assert kept.mark == "" and kept.drop_next is None
    assert (kept.baseline, kept.target) == (r.Baseline(2018, 10), r.Target(2023, 100))
    assert kept.years == [
        r.IndicatorYear(2020, actual=20),
        r.IndicatorYear(2021, target=50, actual=40),
        r.IndicatorYear(2022),
        r.IndicatorYear(2023, target=100),
    ]
    assert [y.fiscal_year for y in kept.parts[0].years] == [2021, 2022]
    assert kept.parts[0].year(2022) == r.IndicatorYear(2022)


def test_a_row_already_there_for_the_new_year_is_kept() -> None:
    source = _small()
    new = roll_over(source, 2023).report
    assert new.indicator(2).year(2023) == r.IndicatorYear(2023, target=100)
    assert [y.fiscal_year for y in new.budget.years] == [2021, 2022, 2023, 2024]
    assert new.budget.year(2024) == r.BudgetYear(2024, initial=9)
    assert new.key == "x-r6-01"


@pytest.mark.parametrize("year", [2021, 2020])
def test_a_year_not_after_the_source_is_refused(year: int) -> None:
    with pytest.raises(RollOverRefused, match="2021"):
        roll_over(_small(), year)


def test_a_source_without_a_year_or_a_bad_key_is_refused() -> None:
    source = _small()
    with pytest.raises(RollOverRefused, match="キー"):
        roll_over(source, 2022, "R5 ⑧")
    source.evaluated_fiscal_year = None
    with pytest.raises(RollOverRefused, match="評価対象年度がない"):
        roll_over(source, 2022)


@pytest.mark.parametrize(
    ("key", "source_year", "year", "expected"),
    [
        ("soumu-r4-08", 2021, 2022, "soumu-r5-08"),
        ("soumu-r4-08", 2021, 2024, "soumu-r7-08"),
        ("mlit-h30-02", 2017, 2019, "mlit-r2-02"),
        ("a-r09-b", 2026, 2027, "a-r10-b"),
        ("policy-2021", 2021, 2022, "policy-2022"),
        ("digital-policy", 2021, 2022, "digital-policy-2022"),
        ("r4", 2021, 2022, "r5"),
    ],
)
def test_default_key(key: str, source_year: int, year: int, expected: str) -> None:
    assert default_key(key, source_year, year) == expected


def test_budget_columns_of_the_sample_year() -> None:
    sample = load_sample()
    assert [y.fiscal_year for y in sample.budget.years] == budget_years_shown(2021)


def test_the_sample_rolled_over_in_a_store(store: Store) -> None:
    store.set_value("soumu-r4-08", "indicator[1].drop_next", False)
    before = dumps_snapshot(store.load_report("soumu-r4-08"))
    store.set_value("soumu-r4-08", "indicator[1].drop_next", True)  # as the seed decides
    source = dumps_snapshot(store.load_report("soumu-r4-08"))
    assert "drop_next = true\n" in source and source != before
    assert source == dumps_snapshot(load_sample())
    result = roll_over_in(store, "soumu-r4-08", 2022)
    assert [i.number for i in result.dropped] == [1]
    new = store.load_report("soumu-r5-08")
    assert new.indicator(1) is None and new.predecessor == "soumu-r4-08"
    assert all(i.year(2022) is not None for i in new.indicators())
    first = store.history("soumu-r5-08")[0]
    assert (first.action, first.path, first.old, first.new) == (
        "rollover",
        "",
        None,
        "soumu-r4-08",
    )
    assert dumps_snapshot(store.load_report("soumu-r4-08")) == source
    with pytest.raises(RollOverRefused, match="soumu-r5-08 は既にあります"):
        roll_over_in(store, "soumu-r4-08", 2022)
    assert len(store.history("soumu-r5-08")) == 1


def test_drop_next_is_read_written_and_checked() -> None:
    base = (
        'schema = "hyoka/1"\n\n[report]\nkey = "k"\npolicy_name = "p"\n\n'
        '[[objectives]]\n\n[[objectives.indicators]]\nnumber = 1\nname = "n"\nmark = "イ"\n'
    )
    report = loads_snapshot(base + "drop_next = true\n")
    assert report.indicator(1).drop_next is True
    assert dumps_snapshot(report) == base + "drop_next = true\n"
    with pytest.raises(ValueError, match="drop_next"):
        loads_snapshot(base + 'drop_next = "yes"\n')


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(report=reports, ahead=st.integers(1, 3))
def test_any_report_rolls_over_by_the_rules(report: r.Report, ahead: int, tmp_path: Path) -> None:
    if report.evaluated_fiscal_year is None or not 1870 <= report.evaluated_fiscal_year <= 2196:
        return
    year = report.evaluated_fiscal_year + ahead
    before = dumps_snapshot(report)
    result = roll_over(report, year, "rolled")
    new = result.report
    assert dumps_snapshot(report) == before
    assert [y.fiscal_year for y in new.budget.years] == budget_years_shown(year)
    for column in new.budget.years:
        assert column == (
            report.budget.year(column.fiscal_year) or r.BudgetYear(column.fiscal_year)
        )
    kept = [i.number for i in report.indicators() if not i.drop_next]
    assert [i.number for i in new.indicators()] == kept
    assert sorted(i.number for i in result.dropped) == sorted(
        i.number for i in report.indicators() if i.drop_next
    )
    for indicator in new.indicators():
        source = report.indicator(indicator.number)
        assert indicator.mark == "" and indicator.drop_next is None
        if source.year(year) is None:
            assert [y for y in indicator.years if y.fiscal_year != year] == source.years
            assert indicator.year(year) == r.IndicatorYear(year)
        else:
            assert indicator.years == source.years
    assert new.predecessor == report.key and new.evaluated_fiscal_year == year
    assert new.verdict == r.Verdict() and new.next_steps == r.NextSteps()
    text = dumps_snapshot(new)
    store = open_store(str(tmp_path / "prop.db"))
    try:
        store.import_report(loads_snapshot(text), replace=True)
        assert dumps_snapshot(store.load_report("rolled")) == text
    finally:
        store.close()


def test_the_fixed_plan_and_its_change_reasons_stay_with_last_year() -> None:
    source = _small()
    first = next(i for i in source.indicators() if not i.drop_next)
    first.reason = "選定理由"
    first.change_reason = "目標を見直したため"
    source.plan = r.FixedPlan(
        date(2021, 4, 1),
        [r.PlannedIndicator(1, first.number, first.name)],
    )
    new = roll_over(source, 2022).report
    assert new.plan is None  # next year's 事前分析表 is fixed anew
    kept = new.indicator(first.number)
    assert kept is not None
    assert kept.reason == "選定理由" and kept.change_reason == ""
    assert source.plan is not None and first.change_reason == "目標を見直したため"
