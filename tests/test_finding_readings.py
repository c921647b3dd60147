"""Issue 12: a finding on a mark (I005, I010, I018) quotes both readings of 達成率, the one
``[rules] close_basis`` names first and the other as 参考, in Japanese and in English.

The issue's own example: baseline 90, target 92, actual 91.5 is 75% of the way from the
baseline (ハ) and 99.5% of the target (ロ).
"""

from __future__ import annotations

from models.i18n import set_language
from models.report.model import Report
from models.rules.check import check_with_suggestion
from models.rules.findings import Finding
from models.rules.settings import RuleSettings
from models.snapshot.codec import loads_snapshot

SNAPSHOT = """schema = "hyoka/1"

[report]
key = "t"
policy_name = "テスト政策"
evaluated_fiscal_year = 2021

[[objectives]]
text = "施策目標"

[[objectives.indicators]]
number = 1
main = true
name = "満足度"
unit = "%"
direction = "increase"
mark = "{mark}"

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

FROM_BASELINE_FIRST = "達成率（基準から）75.0% ／ 参考 目標比 99.5%"
TO_TARGET_FIRST = "達成率（目標比）99.5% ／ 参考 基準から 75.0%"


def _report(mark: str) -> Report:
    return loads_snapshot(SNAPSHOT.replace("{mark}", mark))


def _one(mark: str, code: str, basis: str = "from_baseline") -> Finding:
    findings, _ = check_with_suggestion(_report(mark), RuleSettings(close_basis=basis))
    (finding,) = [f for f in findings if f.code == code]
    return finding


def test_i005_quotes_both_readings() -> None:
    finding = _one("イ", "I005")
    assert f"（{FROM_BASELINE_FIRST}）" in finding.message
    assert finding.data["from_baseline"] == 0.75
    assert round(finding.data["to_target"], 4) == 0.9946


def test_i018_quotes_both_readings_the_driving_one_first() -> None:
    # ロ where the numbers, read from the baseline, give ハ
    assert f"数値からは「ハ」です（{FROM_BASELINE_FIRST}）" in _one("ロ", "I018").message


def test_i010_with_close_basis_to_target_puts_the_ratio_first() -> None:
    # ハ where the numbers, read as the ratio to the target, give ロ
    finding = _one("ハ", "I010", "to_target")
    assert f"数値からは「ロ」となります（{TO_TARGET_FIRST}、" in finding.message


def test_the_readings_in_english() -> None:
    set_language("en")  # reset by the conftest
    message = _one("ロ", "I018").message
    assert "(achievement (from baseline) 75.0% ／ ref. of target 99.5%)" in message
    message = _one("ハ", "I010", "to_target").message
    assert "(achievement (of target) 99.5% ／ ref. from baseline 75.0%, by" in message
