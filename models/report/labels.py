"""The printed form's own labels, in one place, exactly as the form prints them.

English equivalents are for ``lang = "en"``; the form's wording is always available
through ``FORM`` for the preview, which renders the report as it is printed.
"""

from __future__ import annotations

from models.i18n import language
from models.report.fields import declared_labels
from models.report.model import Report

# name: (form label, English): words of the form that are not the label of one field
_FORM_WORDS: dict[str, tuple[str, str]] = {
    "title": ("主要な政策に係る評価書", "Policy evaluation report"),
    "basic_goal": ("基本目標【達成すべき目標】", "Basic goal"),
    "budget_unit": ("単位", "Unit"),
    "budget_notes": ("（注）", "(Notes)"),
    "category_column": ("区　　分", "Item"),
    "execution_rate": ("執行率", "Execution rate"),
    "computed_total": ("a＋b＋c（計算）", "a+b+c (computed)"),
    "cabinet_name": ("施政方針演説等の名称", "Name"),
    "cabinet_date": ("年月日", "Date"),
    "cabinet_excerpt": ("関係部分（抜粋）", "Relevant part (excerpt)"),
    "objective": ("施策目標", "Objective"),
    "indicator": ("測定指標", "Indicator"),
    "main_indicator": ("主要な測定指標", "Main indicator"),
    "yearly_target": ("年度ごとの目標（値）", "Target by year"),
    "yearly_actual": ("年度ごとの実績（値）", "Actual by year"),
    "means": ("施策手段", "Means"),
    "verdict_note": ("（各行政機関共通区分）", "(common categories)"),
    "implemented_policy": ("実施政策", "policies implemented"),
    "policy_prefix": ("政策", "Policy "),
    "budget_request_view": ("予算概算要求に向けた考え方", "view toward the budget request"),
    "as_of_suffix": ("現在", " as of"),
    "mark_legend": ("凡例", "Legend"),
    "rationale_short": ("判断根拠", "Rationale"),
    "analysis_short": ("政策の分析", "Analysis"),
    "responsible_title": ("役職", "Title"),
    "responsible_name": ("氏名", "Name"),
    "document_title": ("表題", "Title"),
    "indicator_number": ("番号", "Number"),
    "fiscal_year": ("年度", "Fiscal year"),
    "value": ("値", "Value"),
    "ratio": ("分子／分母", "Num./den."),
    "description": ("記載", "Text"),
    "year_target": ("目標", "Target"),
    "year_actual": ("実績", "Actual"),
    "suggested_mark": ("提案", "Suggested"),
    "trend": ("実績の推移", "Trend of actuals"),
    "means_budget": ("予算額", "Budget"),
    "means_years": ("予算額・執行額", "Budget and execution"),
    "related_indicators": ("関連する指標", "Related indicators"),
}

# Every label: the form's words above and each field's own label, declared next to the field
# (models/report/model.py), by the field's name.
LABELS: dict[str, tuple[str, str]] = {**declared_labels(Report), **_FORM_WORDS}
assert not set(declared_labels(Report)) & set(_FORM_WORDS)

KIND_LABELS = {
    "アウトカム": "＜アウトカム指標＞",
    "アウトプット": "＜アウトプット指標＞",
    "参考": "＜参考指標＞",
}
DIRECTION_LABELS = {
    "increase": ("増加", "increase"),
    "decrease": ("減少", "decrease"),
    "maintain": ("維持", "maintain"),
}
MARK_LEGEND = {
    "イ": ("目標達成", "target met"),
    "ロ": ("目標未達成であるが目標（値）に近い実績を示した", "not met, but close to the target"),
    "ハ": (
        "目標未達成であり目標（値）に近い実績を示していない",
        "not met and not close to the target",
    ),
    "－": ("目標期間が終了していない", "the target period has not ended"),
}


def label(name: str) -> str:
    """The label in the current language (the form's own wording in Japanese)."""
    ja, en = LABELS[name]
    return en if language() == "en" else ja


def form_label(name: str) -> str:
    """The form's wording, whatever the interface language (for the printed preview)."""
    return LABELS[name][0]
