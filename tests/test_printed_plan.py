"""The 事前分析表 in the printed-form model, and the 評価書's 施策手段 with their year columns."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from models.printed import (
    Note,
    Table,
    load_profile,
    plan_document,
    plan_sections,
    printed_document,
    printed_sections,
)
from models.printed.blocks import Cell
from models.snapshot.sample import load_sample
from tests.plan_reports import CHANGE_2, MEANS_1, MEANS_2, PLAN_LABELS, REASON_2, plan_report


def _strings(sections) -> list[str]:  # type: ignore[no-untyped-def]
    return [s for section in sections for s in section.strings() for s in s.split("\n")]


def _tables(report, plan: bool = True) -> list[Table]:  # type: ignore[no-untyped-def]
    sections = plan_sections(report) if plan else printed_sections(report)
    return [b for s in sections for b in s.blocks if isinstance(b, Table)]


def test_sections_and_labels_in_the_plans_order() -> None:
    doc = plan_document(plan_report())
    assert doc.kind == "plan" and doc.title == "令和３年度実施政策に係る事前分析表"
    names = [s.name for s in doc.sections]
    assert names == [
        "title",
        "policy",
        "bureau",
        "overview",
        "basic_goal",
        "planned_evaluation",
        "plan_fixed_on",
        "plan_indicators",
        "notes",
    ]
    strings = _strings(doc.sections)
    at = -1
    for label in PLAN_LABELS:
        found = next((i for i, s in enumerate(strings) if i > at and label in s), None)
        assert found is not None, f"{label} missing or out of order"
        at = found


def test_indicator_table_header_rows_reasons_and_criteria() -> None:
    table = _tables(plan_report())[0]
    assert table.header_rows == 2
    head, years = table.grid[0], table.grid[1]
    assert head[0] == Cell("施策目標", rowspan=2, header=True)
    assert head[4] == Cell("年度ごとの目標（値）", colspan=4, header=True)
    assert [c.text for c in years] == ["令和元年度", "令和２年度", "令和３年度", "令和４年度"]
    first, second = table.rows[1], table.rows[2]  # the plain view: header rows, then one each
    assert first[1] == "①" and first[5:9] == ("1,300団体", "1,400団体", "1,500団体", "1,600団体")
    assert first[9].startswith("自治体クラウドの導入") and first[10] == ""
    assert second[1] == "２"
    assert second[9] == f"{REASON_2}\n（変更の理由）\n{CHANGE_2}"
    assert second[10] == "対応率100%"  # Indicator.criterion
    assert first[0].startswith("地方公共団体の情報化") and second[0] == ""  # merged down


def test_means_table_start_year_money_rows_and_related_indicators() -> None:
    means = _tables(plan_report())[1]
    assert means.header == (
        "達成手段",
        "開始年度",
        "予算額・執行額",
        "令和元年度",
        "令和２年度",
        "令和３年度",
        "関連する指標",
        "行政事業レビュー事業番号",
        "達成手段の概要",
    )
    rows = [r[:8] for r in means.rows]
    assert rows[0] == (MEANS_1, "平成26年度", "予算額（百万円）", "1,234", "1,300", "", "①", "0035")
    assert rows[1] == ("", "", "執行額（百万円）", "1,180", "△ 13,745", "", "", "")
    assert rows[2][:3] == (MEANS_2, "平成15年度", "予算額（百万円）")
    assert rows[2][6] == "①、２"  # no 達成 marks in the plan
    figures = [c for row in means.grid for c in row if c.numeric]
    assert [c.value for c in figures] == [1234, 1300, 1180, -13745, 431001, 500, 400000]


def test_fixed_date_only_once_fixed_and_the_guidelines_wording() -> None:
    report = replace(plan_report(), plan=None, planned_evaluation="令和４年度中")
    doc = plan_document(report, load_profile("guideline"))
    assert doc.title == "令和３年度実施施策に係る事前分析表"
    titles = [s.title for s in doc.sections]
    assert "事前分析表確定日" not in titles
    assert titles[1] == "施策名" and "担当部局名" in titles
    planned = next(s for s in doc.sections if s.name == "planned_evaluation")
    assert planned.blocks == ("令和４年度中",)  # text that is not a month prints as written
    assert doc.sections[-1].name == "plan_indicators"  # no ※ is printed, so no notes


def test_only_the_notes_the_plan_refers_to() -> None:
    notes = plan_sections(plan_report())[-1]
    assert [b.mark for b in notes.blocks if isinstance(b, Note)] == ["※１"]


def test_a_report_without_plan_data_still_prints_its_plan() -> None:
    sample = load_sample()
    bare = replace(sample, objectives=[replace(o, means=[]) for o in sample.objectives])
    doc = plan_document(bare)
    indicators, *rest = (b for s in doc.sections for b in s.blocks if isinstance(b, Table))
    assert rest == []  # no 達成手段 table without means
    assert indicators.rows[1][9] == ""  # no reason yet


def test_the_samples_means_print_in_its_plan() -> None:
    doc = plan_document(load_sample())
    _, means = (b for s in doc.sections for b in s.blocks if isinstance(b, Table))
    assert means.header[0] == "達成手段"
    assert [r[0] for r in means.rows] == [
        "地方行税政の施策に係る基礎データべースの整理・統計処理等"
    ]


def test_report_means_table_takes_its_years_from_the_indicators_and_the_money() -> None:
    report = plan_report()
    means = _tables(report, plan=False)[-1]
    assert means.header == (
        "施策手段",
        "予算額・執行額",
        "令和元年度",
        "令和２年度",
        "令和３年度",
        "令和４年度",  # the indicators' last year: no means has money for it
        "行政事業レビュー事業番号",
        "関連する測定指標（※４）",
        "施策手段の概要",
    )
    assert means.rows[0][:6] == (MEANS_1, "予算額（百万円）", "1,234", "1,300", "", "")
    assert means.rows[1][:6] == ("", "執行額（百万円）", "1,180", "△ 13,745", "", "")
    assert means.rows[2][7] == "①（－）、２（イ）"  # with their 達成 (※４)


def test_report_means_table_without_money_keeps_the_year_columns() -> None:
    report = plan_report()
    for m in report.objectives[0].means:
        m.years = []
    means = _tables(report, plan=False)[-1]
    assert means.header == (
        "施策手段",
        "令和元年度",
        "令和２年度",
        "令和３年度",
        "令和４年度",
        "行政事業レビュー事業番号",
        "関連する測定指標（※４）",
        "施策手段の概要",
    )
    assert means.rows[0] == (
        MEANS_1,
        "",
        "",
        "",
        "",
        "0035",
        "①（－）",
        "地方公共団体のクラウド導入を支援する。",
    )
    assert len(means.rows) == 2
    plan_means = _tables(report)[-1]
    assert "予算額・執行額" not in plan_means.header and len(plan_means.rows) == 2


def test_the_sample_report_prints_as_before() -> None:
    doc = printed_document(load_sample())
    assert doc.kind == "report"
    assert [s.name for s in doc.sections][-1] == "notes"


def test_a_ministrys_own_profile_words_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A profile that extends nothing still prints the plan: its own labels, the guideline's
    for the plan's labels it does not name."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    folder = tmp_path / "hyoka" / "profiles"
    folder.mkdir(parents=True)
    (folder / "mhlw.toml").write_text(
        'name = "mhlw"\nministries = ["厚生労働省"]\n'
        '[labels]\nplan_title = "実施施策に係る政策評価の事前分析表"\n'
        'plan_means = "達成手段（開始年度）"\n',
        encoding="utf-8",
    )
    report = replace(plan_report(), ministry="厚生労働省")
    doc = plan_document(report)
    assert doc.profile == "mhlw"
    assert doc.title == "令和３年度実施施策に係る政策評価の事前分析表"
    means = [b for s in doc.sections for b in s.blocks if isinstance(b, Table)][-1]
    assert means.header[:2] == ("達成手段（開始年度）", "開始年度")
    assert "測定指標の選定理由及び目標（値）の設定の根拠" in _strings(doc.sections)
