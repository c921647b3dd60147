"""Issue 26, item 8: where a series' trend leads by its target year (models/rules/suggest/
projection.py), in check's text and JSON, and the properties that make it trustworthy."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.report.model import Baseline, Indicator, IndicatorPart, IndicatorYear, Target
from models.rules.settings import RuleSettings
from models.rules.suggest.marks import suggest_mark
from models.rules.suggest.projection import about, project, words
from models.rules.suggest.verdict import explain, suggest_verdict
from models.snapshot.sample import load_sample
from tests.test_cli_check import hyoka
from tui.cli.check import _result


def series(
    actuals: dict[int, float],
    target: float | None = 100,
    target_year: int = 2025,
    *,
    yearly: dict[int, float] | None = None,
    as_of: bool = False,
    **kw: object,
) -> Indicator:
    yearly = yearly or {}
    years = sorted(set(actuals) | set(yearly))
    return Indicator(
        number=1,
        name="件数",
        direction="increase",
        baseline=Baseline(2018, 0),
        target=Target(target_year, target),
        years=[
            IndicatorYear(
                y,
                target=yearly.get(y),
                actual=actuals.get(y),
                as_of=date(y, 4, 1) if as_of and y in actuals else None,
            )
            for y in years
        ],
        **kw,  # type: ignore[arg-type]
    )


# ------------------------------------------------------------------ properties
line_years = st.integers(2000, 2040)


@given(
    first=line_years,
    n=st.integers(2, 8),
    ahead=st.integers(1, 10),
    slope=st.floats(0, 1e4, allow_nan=False),
    start=st.floats(0, 1e6, allow_nan=False),
)
def test_a_perfect_line_projects_exactly(
    first: int, n: int, ahead: int, slope: float, start: float
) -> None:
    """Actuals on a straight line (one a year, at the end of each year) reach the line's value
    at the end of the target year."""
    last = first + n - 1
    ind = series({first + i: start + slope * i for i in range(n)}, target_year=last + ahead)
    p = project(ind, last, "at_least")
    assert p is not None
    assert p.value == pytest.approx(start + slope * (n - 1 + ahead), rel=1e-9, abs=1e-6)
    assert (p.fiscal_year, p.method, p.actuals, p.limit) == (last + ahead, "least_squares", n, "")


@given(
    years=st.lists(line_years, max_size=1, unique=True),
    value=st.floats(-1e6, 1e6, allow_nan=False),
)
def test_fewer_than_two_actuals_project_nothing(years: list[int], value: float) -> None:
    ind = series(dict.fromkeys(years, value), target_year=2045)
    assert project(ind, 2041, "at_least") is None


@given(
    values=st.lists(st.integers(0, 10**6), min_size=2, max_size=8),
    ahead=st.integers(1, 10),
)
def test_a_cumulative_series_never_projects_below_its_latest_total(
    values: list[int], ahead: int
) -> None:
    totals = sorted(values)  # running totals do not fall
    ind = series(
        {2010 + i: v for i, v in enumerate(totals)}, target_year=2009 + len(totals) + ahead
    )
    p = project(ind, 2009 + len(totals), "at_least", cumulative=True)
    assert p is not None and p.value >= totals[-1]


@given(values=st.lists(st.floats(0, 1e6, allow_nan=False), min_size=2, max_size=8))
def test_a_series_of_counts_is_not_projected_below_zero(values: list[float]) -> None:
    ind = series({2010 + i: v for i, v in enumerate(values)}, target_year=2040)
    p = project(ind, 2010 + len(values) - 1, "at_most")
    assert p is not None and p.value >= 0


def test_the_target_year_come_or_a_qualitative_indicator_projects_nothing() -> None:
    ind = series({2019: 10, 2020: 20, 2021: 30}, target_year=2021)
    assert project(ind, 2021, "at_least") is None
    assert project(series({2019: 10, 2020: 20}), 2021, "at_least", qualitative=True) is None
    qualitative = series({2019: 10, 2020: 20}, qualitative=True)
    assert suggest_mark(qualitative, 2021).projection is None


def test_years_after_the_evaluated_year_are_not_fitted() -> None:
    p = project(series({2019: 10, 2020: 20, 2022: 1000}), 2021, "at_least")
    assert p is not None and p.actuals == 2
    assert p.value == pytest.approx(70)  # 10 a year from 20 in 令和２年度 to 令和７年度


def test_a_percentage_is_held_at_100() -> None:
    p = project(series({2019: 80, 2020: 90, 2021: 100}), 2021, "at_least", unit="%")
    assert p is not None and (p.value, p.limit) == (100, "percent")
    counts = project(series({2019: 80, 2020: 90, 2021: 100}), 2021, "at_least", unit="件")
    assert counts is not None and counts.value == pytest.approx(140)


def test_the_gap_is_read_in_the_better_direction() -> None:
    down = series({2019: 90, 2020: 80, 2021: 70}, target=40)
    p = project(down, 2021, "at_most")
    assert p is not None and p.value == pytest.approx(30)
    assert p.gap == pytest.approx(10)  # 10 below a ceiling of 40: beyond the target


def test_the_last_yearly_target() -> None:
    """年度ごとの目標 for 令和３・４年度 before a 令和７年度 target: 令和４年度's is the last; its
    actual is not in, so the trend's value at the end of 令和４年度 (50) is held against it."""
    ind = series({2019: 20, 2020: 30, 2021: 40}, yearly={2021: 45, 2022: 60})
    p = project(ind, 2021, "at_least")
    assert p is not None and p.yearly is not None
    y = p.yearly
    assert (y.fiscal_year, y.target, y.source) == (2022, 60, "trend")
    assert (y.value, y.gap) == (pytest.approx(50), pytest.approx(-10))
    assert "令和４年度の年度ごとの目標 60件に対し このペースなら約50件" in words(
        _with_unit(p, "件")
    )
    only_past = series({2019: 20, 2020: 30, 2021: 40}, yearly={2021: 45})
    q = project(only_past, 2021, "at_least")
    assert q is not None and q.yearly is not None
    assert (q.yearly.source, q.yearly.value, q.yearly.gap) == ("actual", 40, -5)


def _with_unit(p, unit: str):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(p, unit=unit)


def test_three_significant_figures() -> None:
    assert [about(v) for v in (1731.83, 1039.0, 98.76, 0.1234, 12.0)] == [
        1730,
        1040,
        98.8,
        0.123,
        12,
    ]


# ------------------------------------------------------------------ the sample
def test_the_sample_projects_each_series() -> None:
    """Indicator 1's figures are dated 4月1日現在 (H31.4.1, R2.4.1, R3.4.1: 1,182, 1,279,
    1,404): 111 a year, which by the end of 令和５年度 (R6.3.31) is ≈1,732 against 約1,600; its
    うち series (497, 611, 713: 108 a year) reaches ≈1,039 against 約1,100."""
    s = suggest_verdict(load_sample())
    own = s.indicators[0].projection
    assert own is not None
    assert (own.fiscal_year, own.method, own.actuals) == (2023, "least_squares", 3)
    assert own.value == pytest.approx(1288 + 1 / 3 + 111 * 4)
    (part,) = s.indicators[0].parts
    assert part.projection is not None and part.projection.value == pytest.approx(1039)
    assert s.indicators[1].projection is None  # indicator 2's target year has come
    text = explain(s)
    assert "このペースなら令和５年度末に約1,730団体（目標 約1,600団体）" in text
    assert "このペースなら令和５年度末に約1,040団体（目標 約1,100団体）" in text
    d = _result("t", load_sample(), "", RuleSettings())["suggestion"]["indicators"]
    assert d[0]["projection"]["value"] == pytest.approx(1732.3333)
    assert {"value", "fiscal_year", "method"} <= set(d[0]["projection"])
    assert d[0]["parts"][0]["projection"]["fiscal_year"] == 2023
    assert d[1]["projection"] is None


def test_check_prints_the_projection(db_path: Path) -> None:
    text = hyoka("soumu-r4-08", db=db_path)
    assert "このペースなら令和５年度末に約1,730団体（目標 約1,600団体）" in text.stdout
    as_json = json.loads(hyoka("soumu-r4-08", "--format", "json", db=db_path).stdout)
    first = as_json["reports"][0]["suggestion"]["indicators"][0]
    assert first["projection"]["method"] == "least_squares"
    assert first["projection"]["fiscal_year"] == 2023


def test_a_part_without_its_own_target_year_takes_the_indicators() -> None:
    ind = series({2019: 10, 2020: 20, 2021: 30})
    ind.parts = [
        IndicatorPart(
            name="うち新規",
            target=Target(value=50),
            years=[IndicatorYear(2019, actual=1), IndicatorYear(2020, actual=3)],
        )
    ]
    s = suggest_mark(ind, 2021)
    (part,) = s.parts
    assert part.projection is not None and part.projection.fiscal_year == 2025
    assert part.projection.value == pytest.approx(13)  # 2 a year from 3 in 令和２年度


def test_dated_figures_are_fitted_at_their_dates() -> None:
    """Figures as of 4月1日 sit at the start of their year: by the end of 令和５年度 a line of 10 a
    year from 30 at R3.4.1 reaches 60, not the 50 an end-of-year reading would give."""
    dated = series({2019: 10, 2020: 20, 2021: 30}, target_year=2023, as_of=True)
    p = project(dated, 2021, "at_least")
    assert p is not None and p.value == pytest.approx(60)
    plain = project(series({2019: 10, 2020: 20, 2021: 30}, target_year=2023), 2021, "at_least")
    assert plain is not None and plain.value == pytest.approx(50)


@given(
    values=st.lists(
        st.floats(allow_nan=False, allow_infinity=False, width=64), min_size=2, max_size=6
    ),
    ahead=st.integers(1, 30),
    yearly=st.none() | st.floats(allow_nan=False, allow_infinity=False),
)
def test_any_figures_project_to_a_finite_value_or_none(
    values: list[float], ahead: int, yearly: float | None
) -> None:
    """Figures at the float's limits (1e308 and its negative side by side) overflow a naive
    fit: the projection is then none, never inf or nan in the JSON."""
    last = 2000 + len(values) - 1
    ind = series(
        {2000 + i: v for i, v in enumerate(values)},
        target=1.0,
        target_year=last + ahead,
        yearly={last + ahead - 1: yearly} if yearly is not None and ahead > 1 else None,
    )
    p = project(ind, last, "at_least", unit="%")
    if p is not None:
        json.dumps(p.to_dict(), allow_nan=False)
        words(p)
