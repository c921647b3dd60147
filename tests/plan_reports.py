"""Reports with a plan (事前分析表) to print: the sample with reasons, 達成手段 and a fixed date,
built in Python (the snapshot format gets the plan's keys elsewhere)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from models.report.model import FixedPlan, IndicatorYear, Means, MeansYear, Report
from models.snapshot.sample import load_sample

REASON_1 = "自治体クラウドの導入は行政運営の効率化の指標であり、改革工程表のKPIと同じ目標とした。"
REASON_2 = "利用課室の要望に応えることがシステムの目的であるため、対応率を指標とした。"
CHANGE_2 = "令和３年度に目標年度を見直した。"
MARKUP_REASON = "#set text(red) $x$ *強調* <script>alert(1)</script> & \\ [b]"
MEANS_1 = "自治体クラウド推進事業"
MEANS_2 = "地方行税政統計システム運用"


def plan_report(markup: bool = False) -> Report:
    """The sample with the plan's data: reasons (one with a change reason), yearly targets for
    indicator 1, two 達成手段 with start years, money over 2019–2021 (a negative 執行額 and a
    blank one), and the plan fixed on 2021-04-01. ``markup``: indicator 1's reason is markup."""
    report = load_sample()
    obj = report.objectives[0]
    one, two = obj.indicators
    one.reason = MARKUP_REASON if markup else REASON_1
    one.years = [replace(y, target=1300 + 100 * i) for i, y in enumerate(one.years)]
    one.years.append(IndicatorYear(2022, target=1600))
    two.reason = REASON_2
    two.change_reason = CHANGE_2
    obj.means = [
        Means(
            MEANS_1,
            review_number="0035",
            summary="地方公共団体のクラウド導入を支援する。",
            indicator_numbers=[1],
            start_fiscal_year=2014,
            years=[MeansYear(2019, 1234, 1180), MeansYear(2020, 1300, -13745)],
        ),
        Means(
            MEANS_2,
            review_number="0036",
            summary="統計システムを運用し、利用課室の要望に対応する。",
            indicator_numbers=[1, 2],
            start_fiscal_year=2003,
            years=[MeansYear(2020, 431001, 400000), MeansYear(2021, 500, None)],
        ),
    ]
    return replace(report, planned_evaluation="2022-08", plan=FixedPlan(date(2021, 4, 1)))


# The 事前分析表's labels in printed order (総務省's wording), for every reader to look for.
PLAN_LABELS = (
    "令和３年度実施政策に係る事前分析表",
    "政策（※１）名",
    "担当部局課室名",
    "作成責任者名",
    "政策の概要",
    "基本目標【達成すべき目標】",
    "政策評価実施予定時期",
    "令和４年８月",
    "事前分析表確定日",
    "令和３年４月１日",
    "施策目標",
    "測定指標（数字に○を付した測定指標は、主要な測定指標）",
    "基準（値）【年度】",
    "目標（値）【年度】",
    "年度ごとの目標（値）",
    "測定指標の選定理由及び目標（値）の設定の根拠",
    "目標達成基準",
    "令和元年度",  # the second header row
    "令和４年度",
    REASON_1,
    REASON_2,
    "（変更の理由）",
    CHANGE_2,
    "対応率100%",  # indicator 2's 目標達成基準, after its reasons
    "達成手段",
    "開始年度",
    "予算額・執行額",
    "関連する指標",
    "行政事業レビュー事業番号",
    "達成手段の概要",
    MEANS_1,
    "平成26年度",
    MEANS_2,
    "平成15年度",
    "※１",
)
