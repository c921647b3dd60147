"""Issue 12: suggestions an evaluator can sign, each defect from a snapshot small enough to read.

Each report below is a hyoka/1 snapshot written out in full: the header, one objective and the
indicators the defect needs.
"""

from __future__ import annotations

import pytest

from models.report.model import Report
from models.rules.check import check_with_suggestion
from models.rules.settings import RuleSettings
from models.rules.suggest.marks import suggest_mark
from models.rules.suggest.verdict import explain, suggest_verdict
from models.snapshot.codec import loads_snapshot
from tui.cli.check import _result

HEAD = """schema = "hyoka/1"

[report]
key = "t"
policy_name = "テスト政策"
evaluated_fiscal_year = 2021

[[objectives]]
text = "施策目標"
"""


def snapshot(indicators: str, verdict: str = "") -> Report:
    return loads_snapshot(HEAD + indicators + verdict)


def codes(report: Report, code: str, settings: RuleSettings | None = None) -> list:  # type: ignore[type-arg]
    findings, _ = check_with_suggestion(report, settings)
    return [f for f in findings if f.code == code]


# ------------------------------------------------------------------ 1. bounds
ZERO_CASES = """
[[objectives.indicators]]
number = 1
main = true
name = "重大事故件数"
unit = "件"
direction = "maintain"

[objectives.indicators.baseline]
fiscal_year = 2018
value = 0

[objectives.indicators.target]
fiscal_year = 2021
value = 0
text = "０件を維持"

[[objectives.indicators.years]]
fiscal_year = 2021
actual = 3
"""

AT_MOST_100 = """
[[objectives.indicators]]
number = 1
main = true
name = "待機者数"
unit = "人"
direction = "maintain"

[objectives.indicators.target]
fiscal_year = 2021
value = 100
text = "100人以下を維持"

[[objectives.indicators.years]]
fiscal_year = 2021
actual = 50
"""


def test_zero_to_maintain_with_three_is_not_met() -> None:
    ind = snapshot(ZERO_CASES).indicators()[0]
    s = suggest_mark(ind, 2021)
    assert (s.bound, s.bound_inferred) == ("at_most", True)
    # no ratio to a target of 0 (issue 26): the target is missed, ハ, said in figures
    assert (s.mark, s.to_target, s.rate) == ("ハ", None, None)


def test_at_most_100_with_50_is_met() -> None:
    report = snapshot(AT_MOST_100)
    s = suggest_mark(report.indicators()[0], 2021)
    assert (s.bound, s.mark) == ("at_most", "イ")
    (finding,) = codes(report, "I017")
    assert (finding.severity, finding.place) == ("info", "indicator[1].bound")
    assert "以下" in finding.message


def test_a_stated_bound_wins_and_is_not_reported_as_inferred() -> None:
    report = snapshot(
        AT_MOST_100.replace('direction = "maintain"', 'direction = "maintain"\nbound = "at_least"')
    )
    s = suggest_mark(report.indicators()[0], 2021)
    assert (s.bound, s.bound_inferred, s.mark) == ("at_least", False, "ハ")
    assert not codes(report, "I017")


# ------------------------------------------------------------------ 2. both readings
CLOSE = """
[[objectives.indicators]]
number = 1
main = true
name = "利用率"
unit = "%"
direction = "increase"

[objectives.indicators.baseline]
fiscal_year = 2018
value = 90

[objectives.indicators.target]
fiscal_year = 2021
value = 92

[[objectives.indicators.years]]
fiscal_year = 2021
actual = 91.5
"""


def test_check_json_carries_both_readings_and_the_basis() -> None:
    report = snapshot(CLOSE)
    result = _result("t", report, "", RuleSettings())
    first = result["suggestion"]["indicators"][0]
    assert first["rate"] == first["to_target"] == pytest.approx(91.5 / 92)
    assert first["from_baseline"] == pytest.approx(0.75)
    assert first["parts"] == []
    assert result["suggestion"]["close_basis"] == "to_target"
    assert "達成率（目標比）99.5% ／ 参考 基準から 75.0%" in result["suggestion"]["text"]
    assert first["suggested_mark"] == "ロ"
    by_progress = _result("t", report, "", RuleSettings(close_basis="from_baseline"))
    assert by_progress["suggestion"]["indicators"][0]["suggested_mark"] == "ハ"


def test_close_basis_is_a_setting_and_refuses_other_words() -> None:
    assert RuleSettings.from_mapping({"close_basis": "to_target"}).close_basis == "to_target"
    with pytest.raises(ValueError, match="close_basis"):
        RuleSettings.from_mapping({"close_basis": "ratio"})
    with pytest.raises(ValueError, match="文字列"):
        RuleSettings.from_mapping({"close_basis": 1})


# ------------------------------------------------------------------ 3. うち series
PARTS = """
[[objectives.indicators]]
number = 1
main = true
name = "導入団体数"
unit = "団体"
direction = "increase"
mark = "イ"

[objectives.indicators.baseline]
fiscal_year = 2018
value = 1000

[objectives.indicators.target]
fiscal_year = 2021
value = 1600

[[objectives.indicators.years]]
fiscal_year = 2021
actual = 1650

[[objectives.indicators.parts]]
name = "うち共同導入団体数"
unit = "団体"

[objectives.indicators.parts.baseline]
value = 400

[objectives.indicators.parts.target]
value = 1100

[[objectives.indicators.parts.years]]
fiscal_year = 2021
actual = 700
"""


def test_the_weakest_series_gives_the_indicator_its_mark() -> None:
    report = snapshot(PARTS)
    s = suggest_mark(report.indicators()[0], 2021)
    assert s.own_mark == "イ" and s.mark == "ハ" and s.held_by == "うち共同導入団体数"
    (part,) = s.parts
    assert part.from_baseline == pytest.approx(300 / 700)  # years taken from the indicator
    assert part.to_target == pytest.approx(700 / 1100)
    (i005,) = codes(report, "I005")  # the evaluator's イ against the うち series' ハ
    assert "うち共同導入団体数" in i005.message and i005.data["actual"] == 700
    result = _result("t", report, "", RuleSettings())
    basis = result["suggestion"]["indicators"][0]
    assert basis["held_by"] == "うち共同導入団体数"
    assert basis["parts"][0]["mark"] == "ハ"
    assert basis["parts"][0]["rate"] == pytest.approx(700 / 1100)
    assert "この系列が測定指標１の提案を引き下げています" in result["suggestion"]["text"]


# ------------------------------------------------------------------ 4. yearly targets, as_of
YEARLY = """
[[objectives.indicators]]
number = 1
main = true
name = "実施率"
unit = "%"
direction = "increase"
mark = "－"

[objectives.indicators.baseline]
fiscal_year = 2018
value = 0

[objectives.indicators.target]
fiscal_year = 2023
value = 100

[[objectives.indicators.years]]
fiscal_year = 2020
target = 60

[[objectives.indicators.years]]
fiscal_year = 2021
target = 80
actual = 61
"""


def test_the_pace_compares_with_the_yearly_target() -> None:
    """A straight line from 0 to 100 plans 60 by the end of 令和３年度 (61: on track); the
    事前分析表 plans 80 (61: behind)."""
    basis = suggest_verdict(snapshot(YEARLY)).indicators[0]
    assert basis.trend == "behind"
    assert basis.pace == pytest.approx(61 / 80)
    no_yearly = snapshot(YEARLY.replace("target = 60\n", "").replace("target = 80\n", ""))
    assert suggest_verdict(no_yearly).indicators[0].trend == "on-track"


def test_an_r3_4_1_figure_is_the_start_of_its_year() -> None:
    """The same 61 as of 2021-04-01 is due the plan for the end of 令和２年度: 60, on track."""
    dated = snapshot(YEARLY.replace("actual = 61\n", "actual = 61\nas_of = 2021-04-01\n"))
    basis = suggest_verdict(dated).indicators[0]
    assert basis.trend == "on-track"
    assert basis.pace == pytest.approx(61 / 60)


# ------------------------------------------------------------------ 5. no cap without mains
UNMEASURED = """
[[objectives.indicators]]
number = 1
main = true
name = "主要指標"
direction = "increase"
mark = "－"

[objectives.indicators.baseline]
value = 100

[objectives.indicators.target]
fiscal_year = 2023
value = 200

[[objectives.indicators.years]]
fiscal_year = 2021
actual = 170

[[objectives.indicators]]
number = 2
main = false
name = "その他指標"
direction = "increase"
mark = "イ"

[objectives.indicators.target]
fiscal_year = 2021
value = 10

[[objectives.indicators.years]]
fiscal_year = 2021
actual = 10
"""


def test_no_suggestion_from_a_non_main_indicator_alone() -> None:
    s = suggest_verdict(snapshot(UNMEASURED))
    assert (s.category, s.rule) == (None, "main-unsupported")
    assert s.indicators[0].part == "unsupported"
    text = explain(s)
    assert "提案区分: なし" in text
    assert "主要な測定指標に、達成を判定できず進捗も測れないもの（測定指標１）" in text
    with_year = UNMEASURED.replace("value = 100\n", "fiscal_year = 2018\nvalue = 100\n")
    assert suggest_verdict(snapshot(with_year)).category == "目標達成"


# ------------------------------------------------------------------ 6. target-year data missing
MISSING = """
[[objectives.indicators]]
number = 1
main = true
name = "件数"
direction = "increase"

[objectives.indicators.baseline]
fiscal_year = 2017
value = 0

[objectives.indicators.target]
fiscal_year = 2020
value = 100

[[objectives.indicators.years]]
fiscal_year = 2019
actual = 95

[[objectives.indicators.years]]
fiscal_year = 2020
actual_text = "集計中"
"""


def test_missing_target_year_actual_is_a_caveat_not_a_result() -> None:
    report = snapshot(MISSING)
    (finding,) = codes(report, "I019")
    assert (finding.severity, finding.place) == ("warning", "indicator[1].years[2020].actual")
    assert finding.data["used_fiscal_year"] == 2019
    s = suggest_verdict(report)
    assert s.indicators[0].stale and s.indicators[0].fiscal_year == 2019
    assert "目標年度令和２年度の実績が空欄のため令和元年度の実績で判定" in explain(s)
    complete = snapshot(MISSING.replace('actual_text = "集計中"', "actual = 101"))
    assert not codes(complete, "I019")


# ------------------------------------------------------------------ 7. marks stronger than numbers
def _two(mark1: str, mark2: str, actual1: int, actual2: int) -> str:
    return "".join(
        f"""
[[objectives.indicators]]
number = {n}
main = true
name = "指標{n}"
direction = "increase"
mark = "{mark}"

[objectives.indicators.baseline]
fiscal_year = 2018
value = 0

[objectives.indicators.target]
fiscal_year = 2021
value = 100

[[objectives.indicators.years]]
fiscal_year = 2021
actual = {actual}
"""
        for n, mark, actual in ((1, mark1, actual1), (2, mark2, actual2))
    )


def test_marks_stronger_than_numbers_are_contested_and_said_so() -> None:
    """Issue 26: the headline is the numbers' category; the evaluator's marks' is kept beside."""
    report = snapshot(_two("イ", "イ", 85, 90))  # numbers: ロ and ロ
    findings, s = check_with_suggestion(report)
    assert s.category == "相当程度進展あり" and s.contested == (1, 2)
    assert s.marks_category == "目標達成"
    assert [f.place for f in findings if f.code == "I005"] == [
        "indicator[1].mark",
        "indicator[2].mark",
    ]
    assert "測定指標１、測定指標２は評価者の達成が数値より強いため" in explain(s)
    assert "評価者の達成（イ／ロ／ハ）どおりなら「目標達成」" in explain(s)
    honest = suggest_verdict(snapshot(_two("ロ", "ロ", 85, 90)))
    assert honest.contested == () and honest.marks_category is None


def test_a_ro_over_ha_numbers_is_a_warning() -> None:
    report = snapshot(_two("ロ", "イ", 40, 100))  # indicator 1: ハ by the numbers
    (finding,) = codes(report, "I018")
    assert (finding.severity, finding.place) == ("warning", "indicator[1].mark")
    assert not codes(report, "I010")
    weaker = snapshot(_two("ハ", "イ", 85, 100))  # ハ where the numbers say ロ: only I010
    assert not codes(weaker, "I018") and codes(weaker, "I010")


# ------------------------------------------------------------------ 8. V007
def _ha_with_analysis(analysis: str) -> Report:
    indicator = _two("イ", "ハ", 100, 10).replace('name = "指標2"', 'name = "研修受講者数"')
    return snapshot(indicator, f'\n[verdict]\nanalysis = "{analysis}"\n')


def test_v007_for_a_ha_the_analysis_never_names() -> None:
    cause = "新型コロナウイルス感染症の影響により集合研修を延期したため、受講者が大きく減少した。"
    (finding,) = codes(_ha_with_analysis(cause), "V007")
    assert finding.severity == "warning"  # issue 26: causes given, but not this ハ's
    assert finding.data["gives_causes"] is True
    named = "集合研修の延期により受講者数が減少した。"
    assert not codes(_ha_with_analysis(named), "V007")
    silent = "引き続き取組を推進する。"
    assert codes(_ha_with_analysis(silent), "V007")[0].severity == "warning"


def test_a_target_too_small_for_a_ratio_gives_no_reading() -> None:
    """actual ÷ 5e-324 overflows: no reading, never inf (JSON would print Infinity)."""
    from models.rules.suggest.bounds import from_baseline, to_target

    assert to_target("at_least", 5e-324, 1e10, False) is None
    assert to_target("at_most", 1e300, 1e-300, False) is None
    assert from_baseline("at_least", 0.0, 5e-324, 1e10) is None
    assert to_target("at_least", 100, 85, False) == 0.85
