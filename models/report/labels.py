"""The printed form's own labels, in one place, exactly as the form prints them.

English equivalents are for ``lang = "en"``; the form's wording is always available
through ``FORM`` for the preview, which renders the report as it is printed.
"""

from __future__ import annotations

from models.i18n import language

# name: (form label, English)
LABELS: dict[str, tuple[str, str]] = {
    "title": ("主要な政策に係る評価書", "Policy evaluation report"),
    "document_id": ("評価書番号", "Document number"),
    "ministry": ("府省名", "Ministry"),
    "policy_name": ("政策名", "Policy"),
    "policy_number": ("政策番号", "Policy number"),
    "field": ("分野", "Field"),
    "overview": ("政策の概要", "Overview"),
    "basic_goal": ("基本目標【達成すべき目標】", "Basic goal"),
    "final_outcome": ("［最終アウトカム］", "[Final outcome]"),
    "intermediate_outcomes": ("［中間アウトカム］", "[Intermediate outcomes]"),
    "budget": ("政策の予算額・執行額等", "Budget and execution"),
    "budget_unit": ("単位", "Unit"),
    "budget_notes": ("（注）", "(Notes)"),
    "category_column": ("区　　分", "Item"),
    "initial": ("当初予算（a）", "Initial budget (a)"),
    "supplementary": ("補正予算（b）", "Supplementary (b)"),
    "carryover": ("繰越し等（c）", "Carry-over etc. (c)"),
    "total": ("合計（a＋b＋c）", "Total (a+b+c)"),
    "executed": ("執行額", "Executed"),
    "execution_rate": ("執行率", "Execution rate"),
    "computed_total": ("a＋b＋c（計算）", "a+b+c (computed)"),
    "cabinet_policies": (
        "政策に関係する内閣の重要政策（施政方針演説等のうち主なもの）",
        "Related cabinet policies",
    ),
    "cabinet_name": ("施政方針演説等の名称", "Name"),
    "cabinet_date": ("年月日", "Date"),
    "cabinet_excerpt": ("関係部分（抜粋）", "Relevant part (excerpt)"),
    "objective": ("施策目標", "Objective"),
    "indicator": ("測定指標", "Indicator"),
    "main_indicator": ("主要な測定指標", "Main indicator"),
    "kind": ("指標の種類", "Kind"),
    "tags": ("関係", "Tags"),
    "unit": ("単位", "Unit"),
    "direction": ("方向", "Direction"),
    "cumulative": ("累計", "Cumulative"),
    "qualitative": ("定性的", "Qualitative"),
    "criterion": ("目標達成基準", "Achievement criterion"),
    "baseline": ("基準（値）", "Baseline"),
    "target": ("目標（値）", "Target"),
    "yearly_target": ("年度ごとの目標（値）", "Target by year"),
    "yearly_actual": ("年度ごとの実績（値）", "Actual by year"),
    "as_of": ("時点", "As of"),
    "mark": ("達成", "Mark"),
    "means": ("施策手段", "Means"),
    "review_number": ("行政事業レビュー事業番号", "Administrative review number"),
    "verdict": ("目標達成度合いの測定結果", "Degree of achievement"),
    "verdict_note": ("（各行政機関共通区分）", "(common categories)"),
    "rationale": ("（判断根拠）", "(Rationale)"),
    "analysis": ("政策の分析（達成・未達成に関する要因分析）", "Analysis of achievement"),
    "next_steps": ("次期目標等への反映の方向性", "Direction for the next period"),
    "measures": ("【施策】", "[Measures]"),
    "budget_request": ("【予算要求】", "[Budget request]"),
    "budget_reflection": ("予算概算要求への主な反映内容", "Reflection in the budget request"),
    "institutional_reflection": (
        "税制、法令、組織、定員等への主な反映内容",
        "Reflection in tax, law, organisation, staffing",
    ),
    "expert_knowledge": ("学識経験を有する者の知見等の活用", "Use of expert knowledge"),
    "materials": ("政策評価を行う過程において使用した資料、データその他の情報", "Materials used"),
    "bureau": ("担当部局課室名", "Responsible bureau"),
    "responsible": ("作成責任者名", "Responsible persons"),
    "evaluation_month": ("政策評価実施時期", "Evaluated in"),
    "implemented_policy": ("実施政策", "policies implemented"),
    "policy_prefix": ("政策", "Policy "),
    "budget_request_view": ("予算概算要求に向けた考え方", "view toward the budget request"),
    "as_of_suffix": ("現在", " as of"),
    "mark_legend": ("凡例", "Legend"),
    "rationale_short": ("判断根拠", "Rationale"),
    "analysis_short": ("政策の分析", "Analysis"),
    "evaluated_fiscal_year": ("評価対象年度", "Evaluated fiscal year"),
    "responsible_title": ("役職", "Title"),
    "responsible_name": ("氏名", "Name"),
    "document_title": ("表題", "Title"),
    "indicator_number": ("番号", "Number"),
    "fiscal_year": ("年度", "Fiscal year"),
    "value": ("値", "Value"),
    "numerator": ("分子", "Numerator"),
    "denominator": ("分母", "Denominator"),
    "ratio": ("分子／分母", "Num./den."),
    "description": ("記載", "Text"),
    "note": ("備考", "Note"),
    "approximate": ("約", "Approximate"),
    "year_target": ("目標", "Target"),
    "year_actual": ("実績", "Actual"),
    "target_text": ("目標テキスト", "Target text"),
    "actual_text": ("実績テキスト", "Actual text"),
    "suggested_mark": ("提案", "Suggested"),
    "trend": ("実績の推移", "Trend of actuals"),
    "drop_next": ("次期目標等で削除", "Dropped for next time"),
    "plan": ("事前分析表", "Pre-analysis table (plan)"),
    "reason": (
        "測定指標の選定理由及び目標（値）の設定の根拠",
        "Reason for the indicator and its target",
    ),
    "change_reason": ("事前分析表からの変更理由", "Reason for the change from the plan"),
    "start_fiscal_year": ("開始年度", "Start year"),
    "means_budget": ("予算額", "Budget"),
    "planned_evaluation": ("政策評価実施予定時期", "Planned evaluation time"),
    "stage": ("段階（評価／モニタリング）", "Stage (evaluation / monitoring)"),
    "means_years": ("予算額・執行額", "Budget and execution"),
    "related_indicators": ("関連する指標", "Related indicators"),
}

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
