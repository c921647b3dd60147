"""The 事前分析表's places: field paths for editing and their words in the history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from models.i18n import set_language
from models.report import paths as fieldpath
from models.report.model import FixedPlan, Means, MeansYear
from models.report.places import place_label
from models.snapshot.sample import load_sample


@pytest.fixture(autouse=True)
def _japanese() -> Iterator[None]:
    set_language("ja")
    yield
    set_language(None)


def test_plan_paths_name_real_places() -> None:
    report = load_sample()
    report.objectives[0].means = [Means("甲"), Means("乙")]
    means = report.all_means()
    fieldpath.set_value(report, "indicator[1].reason", "理由")
    fieldpath.set_value(report, "indicator[2].change_reason", "変更理由")
    fieldpath.set_value(report, "means[2].start_fiscal_year", 2019)
    fieldpath.list_at(report, "means[2].years").append(MeansYear(2022))
    fieldpath.set_value(report, "means[2].years[2022].budget", 500)
    fieldpath.set_value(report, "planned_evaluation", "令和４年８月")
    fieldpath.set_value(report, "plan", FixedPlan(date(2022, 4, 1)))
    assert report.indicator(1).reason == "理由"
    assert report.indicator(2).change_reason == "変更理由"
    assert means[1].start_fiscal_year == 2019 and means[1].year(2022).budget == 500
    assert report.planned_evaluation == "令和４年８月"
    assert report.plan is not None and report.plan.fixed_on == date(2022, 4, 1)
    assert fieldpath.get(report, "report.planned_evaluation") == "令和４年８月"
    added = fieldpath.item_path("means[2].years", MeansYear(2023), 1)
    assert added == "means[2].years[2023]"
    with pytest.raises(fieldpath.PathError):
        fieldpath.get(report, f"means[{len(means) + 1}].name")
    with pytest.raises(fieldpath.PathError):
        fieldpath.get(report, "means[0].name")


def test_plan_places_read_as_words() -> None:
    assert place_label("indicator[1].reason") == (
        "測定指標１ 測定指標の選定理由及び目標（値）の設定の根拠"
    )
    assert place_label("indicator[3].change_reason") == "測定指標３ 事前分析表からの変更理由"
    assert place_label("means[1].start_fiscal_year") == "施策手段１ 開始年度"
    assert place_label("means[2].years[2022].budget") == "施策手段２ 令和４年度 予算額"
    assert place_label("means[2].years[2022].executed") == "施策手段２ 令和４年度 執行額"
    assert place_label("means[2].years[2022]") == "施策手段２ 令和４年度"
    assert place_label("planned_evaluation") == "政策評価実施予定時期"
    assert place_label("report.planned_evaluation") == "政策評価実施予定時期"
    assert place_label("plan") == "事前分析表"


def test_plan_places_in_english() -> None:
    set_language("en")
    assert place_label("means[1].years[2021].budget") == "Means 1 FY2021 Budget"
    assert place_label("indicator[2].change_reason") == (
        "Indicator 2 Reason for the change from the plan"
    )
