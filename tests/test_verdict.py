"""The suggested verdict category and the explanation behind it."""

from __future__ import annotations

import pytest

from models.i18n import set_language
from models.report.model import Baseline, Indicator, IndicatorYear, Objective, Report, Target
from models.rules.settings import RuleSettings
from models.rules.suggest.verdict import explain, suggest_verdict
from models.snapshot.sample import load_sample


def ind(
    number: int,
    mark: str = "",
    main: bool = False,
    actual: float | None = None,
    *,
    baseline: float | None = 0,
    target: float = 100,
    target_year: int = 2021,
    qualitative: bool | None = None,
) -> Indicator:
    return Indicator(
        number=number,
        name=f"指標{number}",
        main=main,
        mark=mark,
        direction="increase",
        qualitative=qualitative,
        baseline=Baseline(fiscal_year=2018, value=baseline),
        target=Target(fiscal_year=target_year, value=target),
        years=[] if actual is None else [IndicatorYear(2021, actual=actual)],
    )


def report(*indicators: Indicator) -> Report:
    return Report(
        key="t",
        evaluated_fiscal_year=2021,
        objectives=[Objective(text="目標", indicators=list(indicators))],
    )


CASES = [
    ("all met", report(ind(1, "イ", True, 100), ind(2, "イ", False, 100)), "目標達成", "all-met"),
    (
        "all mains beat by the margin",
        report(ind(1, "イ", True, 130), ind(2, "イ", False, 100)),
        "目標超過達成",
        "exceeded",
    ),
    (
        "beat, but not by the margin",
        report(ind(1, "イ", True, 110), ind(2, "イ", False, 100)),
        "目標達成",
        "all-met",
    ),
    (
        "a non-main ロ",
        report(ind(1, "イ", True, 100), ind(2, "ロ", False, 85)),
        "相当程度進展あり",
        "some-short",
    ),
    (
        "a non-main ハ",
        report(ind(1, "イ", True, 100), ind(2, "ハ", False, 10)),
        "相当程度進展あり",
        "some-short",
    ),
    ("a main ロ", report(ind(1, "ロ", True, 85)), "相当程度進展あり", "some-short"),
    (
        "a main ハ",
        report(ind(1, "ハ", True, 50), ind(2, "イ", True, 100)),
        "進展が大きくない",
        "main-not-close",
    ),
    (
        "every main ハ with some gain",
        report(ind(1, "ハ", True, 50)),
        "進展が大きくない",
        "main-not-close",
    ),
    (
        "every main ハ, no gain",
        report(ind(1, "ハ", True, 0), ind(2, "ハ", True, -5)),
        "目標に向かっていない",
        "main-no-gain",
    ),
    (
        "blank marks use the suggestion",
        report(ind(1, "", True, 50)),
        "進展が大きくない",
        "main-not-close",
    ),
    (
        "pending main on pace does not count against",  # 50 of 100 after 3 of 7 years
        report(ind(1, "－", True, 50, target_year=2025), ind(2, "イ", True, 100)),
        "目標達成",
        "all-met",
    ),
    (
        "pending main behind its pace caps the judged ones",  # 10 of 100 after 3 of 7 years
        report(ind(1, "－", True, 10, target_year=2025), ind(2, "イ", True, 100)),
        "進展が大きくない",
        "pending-cap",
    ),
    (
        "a main with nothing to judge it by: no suggestion",
        report(ind(1, "", True, None), ind(2, "イ", True, 100)),
        None,
        "main-unsupported",
    ),
    ("no indicator", report(), None, "no-basis"),
    ("qualitative, unmarked", report(ind(1, "", True, 5, qualitative=True)), None, "no-basis"),
]


@pytest.mark.parametrize(
    ("rep", "category", "rule"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_suggestion(rep: Report, category: str | None, rule: str) -> None:
    s = suggest_verdict(rep)
    assert (s.category, s.rule) == (category, rule)
    assert len(s.indicators) == len(rep.indicators())


@pytest.mark.parametrize(
    ("actual", "others", "category", "trend"),
    [
        (60, "イ", "目標達成", "on-track"),  # 60% of the way, 60% of the period gone
        (50, "イ", "相当程度進展あり", "close"),  # pace 0.83
        (30, "イ", "進展が大きくない", "behind"),  # pace 0.5
        (0, "イ", "目標に向かっていない", "no-gain"),
        (60, "ロ", "相当程度進展あり", "on-track"),  # the judged ロ still lowers it
        (60, None, "目標達成", "on-track"),  # nothing judged: the trend alone
    ],
)
def test_every_main_pending_rests_on_progress(
    actual: float, others: str | None, category: str, trend: str
) -> None:
    main = ind(1, "－", True, actual, target_year=2023)  # baseline 2018, target 2023: 3/5 gone
    rest = [] if others is None else [ind(2, others, False, 100 if others == "イ" else 85)]
    s = suggest_verdict(report(main, *rest))
    assert s.rests_on_progress
    assert s.rule == "progress"
    assert s.category == category
    assert s.indicators[0].part == "progress"
    assert s.indicators[0].trend == trend


def test_progress_without_measurable_trend_suggests_nothing() -> None:
    s = suggest_verdict(report(ind(1, "－", True, None, target_year=2023)))
    assert s.rests_on_progress and s.category is None


def test_exceed_margin_is_configurable() -> None:
    rep = report(ind(1, "イ", True, 110))
    assert suggest_verdict(rep).category == "目標達成"
    assert suggest_verdict(rep, RuleSettings(exceed_margin=0.05)).category == "目標超過達成"


def test_no_main_flagged_treats_every_indicator_as_main() -> None:
    s = suggest_verdict(report(ind(1, "ハ", False, 50), ind(2, "イ", False, 100)))
    assert not s.mains_flagged
    assert s.category == "進展が大きくない"
    assert all(b.main for b in s.indicators)
    assert "すべての測定指標を主要として扱いました" in explain(s)


def test_explanation_structure() -> None:
    s = suggest_verdict(report(ind(1, "", True, 85), ind(2, "イ", False, 100)))
    first, second = s.indicators
    assert (first.number, first.mark, first.source, first.suggested_mark) == (
        1,
        "ロ",
        "suggested",
        "ロ",
    )
    assert first.rate == pytest.approx(0.85)
    assert first.part == "lowers"
    assert (second.mark, second.source, second.part) == ("イ", "evaluator", "counted")
    d = s.to_dict()
    assert d["category"] == "相当程度進展あり"
    assert d["indicators"][0]["source"] == "suggested"  # type: ignore[index]


def test_seed_suggestion_is_held_back_by_its_uchi_series() -> None:
    """The sample's indicator 1 is on pace by its own figures (1,404 of 1,600 団体 when 1,333.5
    were planned half-way, R3.4.1 between H30.4.1 and the end of 令和５年度), but its うち series
    (713 of 1,100 団体, 753.5 planned) is not: the suggestion is 相当程度進展あり, one step below
    the evaluator's 目標達成, and the explanation names the series."""
    seed = load_sample()
    s = suggest_verdict(seed)
    assert seed.verdict.category == "目標達成"
    assert (s.category, s.rule, s.rests_on_progress) == ("相当程度進展あり", "progress", True)
    main = s.indicators[0]
    assert (main.number, main.main, main.mark, main.source) == (1, True, "－", "evaluator")
    assert main.part == "progress"
    assert main.rate == main.to_target == pytest.approx(1404 / 1600)
    assert main.from_baseline == pytest.approx((1404 - 1067) / (1600 - 1067))
    assert (main.own_trend, main.own_pace) == ("on-track", pytest.approx(337 / 266.5))
    assert (main.trend, main.held_by) == ("close", "うち自治体クラウド導入団体数")
    (part,) = main.parts
    assert part.from_baseline == pytest.approx((713 - 407) / (1100 - 407))
    assert part.to_target == pytest.approx(713 / 1100)
    assert (part.trend, part.pace) == ("close", pytest.approx(306 / 346.5))
    other = s.indicators[1]
    assert (other.number, other.mark, other.part) == (2, "イ", "counted")
    text = explain(s)
    assert "提案区分: 相当程度進展あり" in text
    assert (
        "測定指標１（主要） クラウド導入市区町村数: －（評価者） "
        "達成率（目標比）87.8% ／ 参考 基準から 63.2%" in text
    )
    assert "うち自治体クラウド導入団体数: － 達成率（目標比）64.8% ／ 参考 基準から 44.2%" in text
    assert "この系列が測定指標１の提案を引き下げています" in text
    assert "進捗に基づく" in text
    d = s.to_dict()
    first = d["indicators"][0]  # type: ignore[index]
    assert first["parts"][0]["name"] == "うち自治体クラウド導入団体数"
    assert {"rate", "to_target", "from_baseline", "trend", "pace"} <= set(first["parts"][0])


def test_close_basis_to_target_reads_the_ratio() -> None:
    """Baseline 90, target 92, actual 91.5: 75% of the way (ハ), 99.5% of the target (ロ)."""
    one = Indicator(
        number=1,
        name="率",
        main=True,
        direction="increase",
        baseline=Baseline(2018, 90),
        target=Target(2021, 92),
        years=[IndicatorYear(2021, actual=91.5)],
    )
    rep = report(one)
    by_progress = suggest_verdict(rep, RuleSettings(close_basis="from_baseline"))
    by_ratio = suggest_verdict(rep)  # the default since issue 26
    assert by_progress.indicators[0].suggested_mark == "ハ"
    assert by_progress.indicators[0].rate == pytest.approx(0.75)
    assert by_ratio.indicators[0].suggested_mark == "ロ"
    assert by_ratio.indicators[0].rate == pytest.approx(91.5 / 92)
    for s in (by_progress, by_ratio):
        assert s.indicators[0].to_target == pytest.approx(91.5 / 92)
        assert s.indicators[0].from_baseline == pytest.approx(0.75)
    assert (by_progress.category, by_ratio.category) == ("進展が大きくない", "相当程度進展あり")
    assert "判定には目標値比の達成率を使用" in explain(by_ratio)
    # both readings in each explanation, the one close_basis names first, the other as 参考
    assert "達成率（基準から）75.0% ／ 参考 目標比 99.5%" in explain(by_progress)
    assert "達成率（目標比）99.5% ／ 参考 基準から 75.0%" in explain(by_ratio)


def test_seed_explanation_in_english() -> None:
    set_language("en")
    text = explain(suggest_verdict(load_sample()))
    assert "Suggested category: 相当程度進展あり" in text
    assert "<- this series holds Indicator 1 back" in text
    assert "achievement (of target) 64.8% ／ ref. from baseline 44.2%" in text
    assert "rests on progress" in text
    assert "Indicator 1 (main)" in text
    assert "judged on progress" in text
