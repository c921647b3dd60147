"""A long, real-shaped report for screen tests: long names, 8 indicators, long texts.

Built from the sample so every figure stays plausible: the sample's indicators are copied
with long names and numbers 1-8 (odd ones main), its texts repeated, its cabinet policies
given long names; snapshot tests show how each screen reads with it.
"""

from __future__ import annotations

import copy

from models.report.model import Report
from models.snapshot.sample import load_sample

KEY = "soumu-r4-99"
POLICY = (
    "地方公共団体における情報システムの標準化・共通化及び行政手続のオンライン化の推進による"
    "住民サービスの向上と行政運営の効率化"
)
NAMES = (
    "標準準拠システムへの移行を完了した地方公共団体の数（基幹業務２０業務のうち一以上）",
    "地方公共団体が優先的にオンライン化を推進すべき手続のオンライン利用率",
    "マイナンバーカードを用いた本人確認によりオンラインで完結する手続の件数",
    "自治体情報セキュリティクラウドの新たなモデルへ移行した都道府県の数",
    "地方行税政統計システム利用課室からの新規要望への対応率",
    "デジタル人材の確保・育成に関する計画を策定した市区町村の割合",
    "ガバメントクラウドを活用した先行事業に参加した地方公共団体の数",
    "自治体ＤＸ推進計画に基づく取組の進捗状況（定性的な指標）",
)


def long_report() -> Report:
    sample = load_sample()
    report = copy.deepcopy(sample)
    report.key = KEY
    report.policy_name = POLICY
    report.overview = sample.overview * 3
    report.final_outcome = sample.final_outcome * 2
    report.intermediate_outcomes = [text * 2 for text in sample.intermediate_outcomes]
    for policy in report.cabinet_policies:
        policy.name = policy.name + "（令和３年度改定版・別冊資料を含む）"
    objective = report.objectives[0]
    objective.text = objective.text * 2
    first, second = sample.objectives[0].indicators[:2]
    indicators = []
    for n, name in enumerate(NAMES, start=1):
        ind = copy.deepcopy(first if n % 2 else second)
        ind.number, ind.name, ind.main = n, name, n % 2 == 1
        indicators.append(ind)
    objective.indicators = indicators
    report.verdict.rationale = sample.verdict.rationale * 3
    report.next_steps.measures = sample.next_steps.measures * 2
    return report
