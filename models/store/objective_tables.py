"""施策目標 and what hangs off them: indicators with their tags, years and うち series, the
達成手段 with their money per year, and the indicators of the fixed 事前分析表.

Each table is its key columns, written here, and the columns of the fields it keeps, made from
their declarations in models/report/model.py (models/store/declared.py).
"""

from __future__ import annotations

from models.report import model as r
from models.store.declared import baseline_and_target, columns, key, report_id, table_model

ObjectiveRow = table_model(
    "ObjectiveRow",
    "objective",
    "施策目標.",
    report_id=report_id(),
    position=key(),
    **columns(r.Objective),
)
IndicatorRow = table_model(
    "IndicatorRow",
    "indicator",
    "測定指標 with its 基準 and 目標 (one-to-one, kept as columns).",
    report_id=report_id(),
    number=key(),
    objective_position=(int, 0),
    position=(int, 0),
    **columns(r.Indicator, skip=("number",)),
    **baseline_and_target(),
)
IndicatorTagRow = table_model(
    "IndicatorTagRow",
    "indicator_tag",
    "A tag of an indicator, such as 【…KPI関係】.",
    report_id=report_id(),
    indicator_number=key(),
    position=key(),
    text=(str, ""),
)
IndicatorYearRow = table_model(
    "IndicatorYearRow",
    "indicator_year",
    "年度ごとの目標（値） and 実績（値） of one indicator and fiscal year.",
    report_id=report_id(),
    indicator_number=key(),
    fiscal_year=key(),
    position=(int, 0),
    **columns(r.IndicatorYear, skip=("fiscal_year",)),
)
IndicatorPartRow = table_model(
    "IndicatorPartRow",
    "indicator_part",
    "A うち series of an indicator with its 基準 and 目標 (kept as columns).",
    report_id=report_id(),
    indicator_number=key(),
    position=key(),
    **columns(r.IndicatorPart),
    **baseline_and_target(),
)
IndicatorPartYearRow = table_model(
    "IndicatorPartYearRow",
    "indicator_part_year",
    "年度ごとの目標（値） and 実績（値） of one うち series and fiscal year.",
    report_id=report_id(),
    indicator_number=key(),
    part_position=key(),
    fiscal_year=key(),
    position=(int, 0),
    **columns(r.IndicatorYear, skip=("fiscal_year",)),
)
MeansRow = table_model(
    "MeansRow",
    "means",
    "施策手段 (達成手段) of an objective; ``indicator_numbers`` comma-separated, in order.",
    report_id=report_id(),
    objective_position=key(),
    position=key(),
    indicator_numbers=(str, ""),
    **columns(r.Means),
)
MeansYearRow = table_model(
    "MeansYearRow",
    "means_year",
    "予算額 and 執行額 of one 達成手段 and fiscal year (the 事前分析表's columns).",
    report_id=report_id(),
    objective_position=key(),
    means_position=key(),
    fiscal_year=key(),
    position=(int, 0),
    **columns(r.MeansYear, skip=("fiscal_year",)),
)
