"""Suggested 達成 marks and achievement rates from an indicator's numbers."""

from __future__ import annotations

import pytest

from models.report.model import Baseline, Indicator, IndicatorYear, Target
from models.rules.settings import RuleSettings
from models.rules.suggest.marks import MarkSuggestion, suggest_mark


def indicator(
    direction: str = "increase",
    baseline: float | None = None,
    baseline_year: int | None = 2018,
    target: float | None = 100,
    target_year: int | None = 2021,
    actuals: dict[int, float] | None = None,
    **kw: object,
) -> Indicator:
    return Indicator(
        number=1,
        name="テスト指標",
        direction=direction,
        baseline=Baseline(fiscal_year=baseline_year, value=baseline),
        target=Target(fiscal_year=target_year, value=target),
        years=[IndicatorYear(fiscal_year=y, actual=a) for y, a in (actuals or {}).items()],
        **kw,  # type: ignore[arg-type]
    )


CASES = [
    # id, indicator, evaluated year, expected mark, expected rate (the ratio to the target,
    # [rules] close_basis = "to_target", the default: 目標（値）に近い実績)
    ("increase met", indicator(baseline=50, actuals={2021: 100}), 2021, "イ", 1.0),
    ("increase exceeded", indicator(baseline=50, actuals={2021: 110}), 2021, "イ", 1.1),
    ("increase close", indicator(baseline=50, actuals={2021: 90}), 2021, "ロ", 0.9),
    ("increase not close", indicator(baseline=50, actuals={2021: 60}), 2021, "ハ", 0.6),
    ("increase went down", indicator(baseline=50, actuals={2021: 40}), 2021, "ハ", 0.4),
    ("no baseline", indicator(actuals={2021: 85}), 2021, "ロ", 0.85),
    ("no baseline met", indicator(actuals={2021: 100}), 2021, "イ", 1.0),
    ("decrease met", indicator("decrease", 100, target=50, actuals={2021: 50}), 2021, "イ", 1.0),
    (
        "decrease close",
        indicator("decrease", 100, target=50, actuals={2021: 60}),
        2021,
        "ロ",
        50 / 60,
    ),
    (
        "decrease worse",
        indicator("decrease", 100, target=50, actuals={2021: 90}),
        2021,
        "ハ",
        50 / 90,
    ),
    (
        "decrease no baseline",
        indicator("decrease", target=50, actuals={2021: 100}),
        2021,
        "ハ",
        0.5,
    ),
    ("maintain met", indicator("maintain", 100, actuals={2021: 100}), 2021, "イ", 1.0),
    ("maintain above", indicator("maintain", 100, actuals={2021: 120}), 2021, "イ", 1.0),
    ("maintain below", indicator("maintain", 100, actuals={2021: 95}), 2021, "ロ", 0.95),
    (
        "cumulative running totals",
        indicator(
            baseline=1000,
            target=2000,
            actuals={2019: 1200, 2020: 1500, 2021: 1900},
            cumulative=True,
        ),
        2021,
        "ロ",
        0.95,
    ),
    (
        "target year actual preferred over later years",
        indicator(baseline=0, target=100, target_year=2020, actuals={2020: 100, 2021: 50}),
        2021,
        "イ",
        1.0,
    ),
    (
        "latest year up to the evaluated year",
        indicator(baseline=0, target=100, target_year=2020, actuals={2019: 70, 2021: 90}),
        2021,
        "ロ",
        0.9,
    ),
    (
        "years after the evaluated year ignored",
        indicator(baseline=0, target=100, actuals={2021: 50, 2022: 100}),
        2021,
        "ハ",
        0.5,
    ),
    (
        "yearly target used when the overall target is blank",
        Indicator(number=1, years=[IndicatorYear(2021, target=40, actual=40)]),
        2021,
        "イ",
        1.0,
    ),
]


@pytest.mark.parametrize(
    ("ind", "evaluated", "mark", "rate"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_suggested_mark(ind: Indicator, evaluated: int, mark: str, rate: float) -> None:
    s = suggest_mark(ind, evaluated)
    assert s.mark == mark
    assert s.reason == "computed"
    assert s.rate == pytest.approx(rate)


def test_target_year_ahead_gives_dash_with_progress() -> None:
    ind = indicator(
        baseline=1067, target=1600, target_year=2023, actuals={2019: 1182, 2020: 1279, 2021: 1404}
    )
    s = suggest_mark(ind, 2021)
    assert (s.mark, s.reason, s.fiscal_year, s.actual, s.target, s.gain) == (
        "－",
        "target-year-ahead",
        2021,
        1404,
        1600,
        337,
    )
    assert s.rate == s.to_target == pytest.approx(1404 / 1600)
    assert s.from_baseline == pytest.approx(337 / 533)
    assert (s.basis, s.bound, s.bound_inferred) == ("to_target", "at_least", True)
    assert not s.stale
    # no as-of dates: baseline at the end of 平成30年度, the actual at the end of 令和３年度,
    # the target due at the end of 令和５年度: 3 of 5 years gone
    assert s.pace == pytest.approx(337 / (533 * 3 / 5)) and s.trend == "on-track"
    assert isinstance(s, MarkSuggestion) and s.parts == () and s.held_by is None


def test_target_year_ahead_without_actuals() -> None:
    assert suggest_mark(indicator(target_year=2025), 2021).mark == "－"


@pytest.mark.parametrize(
    ("ind", "reason"),
    [
        (indicator(actuals={2021: 5}, qualitative=True), "qualitative"),
        (indicator(target_year=2025, actuals={2021: 5}, qualitative=True), "qualitative"),
        (indicator(actuals={}), "no-actual"),
        (indicator(target=None, actuals={2021: 5}), "no-target"),
        (indicator(baseline=200, target=100, actuals={2021: 150}), "inconsistent"),
    ],
)
def test_no_suggestion(ind: Indicator, reason: str) -> None:
    s = suggest_mark(ind, 2021)
    assert s.mark is None
    assert s.reason == reason


def test_close_ratio_is_configurable() -> None:
    ind = indicator(baseline=50, actuals={2021: 85})  # rate 0.85 of the target
    assert suggest_mark(ind, 2021, RuleSettings(close_ratio=0.8)).mark == "ロ"
    assert suggest_mark(ind, 2021, RuleSettings(close_ratio=0.9)).mark == "ハ"


def test_blank_direction_inferred_from_baseline_and_target() -> None:
    ind = indicator("", baseline=100, target=50, actuals={2021: 50})
    assert suggest_mark(ind, 2021).mark == "イ"


def test_rule_settings_from_mapping() -> None:
    s = RuleSettings.from_mapping(
        {"close_ratio": 0.9, "exceed_margin": 0, "as_of_months_after": 12}
    )
    assert s == RuleSettings(close_ratio=0.9, exceed_margin=0.0, as_of_months_after=12)
    assert RuleSettings.from_mapping({}) == RuleSettings()


@pytest.mark.parametrize(
    "data",
    [
        {"close": 0.8},
        {"close_ratio": "80%"},
        {"close_ratio": True},
        {"close_ratio": 1.5},
        {"close_ratio": 0},
        {"exceed_margin": -0.1},
        {"low_execution_ratio": 2},
        {"as_of_months_before": 1.5},
        {"as_of_months_before": -1},
    ],
)
def test_rule_settings_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        RuleSettings.from_mapping(data)


def test_unknown_rule_key_is_named() -> None:
    with pytest.raises(ValueError, match="close"):
        RuleSettings.from_mapping({"close": 0.8})
