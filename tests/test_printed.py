"""The report laid out as the printed form: order, wording, eras and number forms."""

from __future__ import annotations

from datetime import date

from models.printed import printed_sections
from models.printed_blocks import Table
from models.printed_indicators import circled
from models.report import CabinetPolicy, Indicator, IndicatorYear, Objective, Report
from models.sample import load_sample


def _strings(report: Report) -> list[str]:
    return [s for section in printed_sections(report) for s in section.strings()]


def _text(report: Report) -> str:
    return "\n".join(_strings(report))


def test_sections_in_printed_order() -> None:
    names = [s.name for s in printed_sections(load_sample())]
    assert names == [
        "title",
        "policy",
        "budget",
        "cabinet",
        "indicators",
        "verdict",
        "analysis",
        "next_steps",
        "expert_knowledge",
        "materials",
        "bureau",
        "responsible",
        "evaluation_month",
    ]


def test_seed_heading_and_policy() -> None:
    sections = printed_sections(load_sample())
    assert sections[0].title == "主要な政策に係る評価書（令和３年度実施政策）"
    assert sections[0].blocks == ("（総務省R4－⑧）",)
    assert sections[1].title == "政策名　政策８：電子自治体の推進"
    assert sections[1].blocks[0] == "分野　電子自治体"
    assert sections[1].blocks[4].startswith("［最終アウトカム］：デジタルの活用により")


def test_seed_budget_table() -> None:
    budget = printed_sections(load_sample())[2]
    assert budget.title == "政策の予算額・執行額等（百万円）"
    table = budget.blocks[0]
    assert isinstance(table, Table)
    assert table.header == ("区　　分", "令和元年度", "令和２年度", "令和３年度", "令和４年度")
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["繰越し等（c）"] == ("△ 13,745", "△ 357,936", "△ 1,582,692", "")
    assert rows["当初予算（a）"][-1] == "106,687"
    assert rows["執行額"][-1] == ""  # blank stays blank, never 0
    assert budget.blocks[1].startswith("（注）令和元年度から令和３年度は")


def test_seed_cabinet_dates_are_long_era_dates() -> None:
    text = _text(load_sample())
    assert "令和３年６月18日" in text
    assert "令和元年12月５日" in text


def test_seed_indicators() -> None:
    strings = _strings(load_sample())
    text = "\n".join(strings)
    assert "①　クラウド導入市区町村数　＜アウトカム指標＞" in strings
    second = "２　地方行税政統計システム利用課室からの新規要望への対応率　＜アウトプット指標＞"
    assert second in strings
    assert "【新経済・財政再生計画　改革工程表のKPI関係】" in strings
    assert any(s.startswith("基準（値）【平成30年度】") for s in strings)
    assert any(s.startswith("目標（値）【令和５年度】") for s in strings)
    assert "（R2.4.1現在）" in text
    assert "（H31.4.1現在）" in text  # the date's own era, although FY2019 is 令和元年度
    assert "達成　－" in strings and "達成　イ" in strings
    assert "「イ」：目標達成" in text


def test_seed_verdict_and_closing() -> None:
    sections = {s.name: s for s in printed_sections(load_sample())}
    assert sections["verdict"].blocks[0] == "（各行政機関共通区分）　目標達成"
    assert sections["verdict"].blocks[1] == "（判断根拠）"
    assert "（令和５年度予算概算要求に向けた考え方）" in sections["next_steps"].blocks
    assert "　　Ⅲ　予算の継続・現状維持" in sections["next_steps"].blocks
    assert sections["evaluation_month"].blocks == ("令和４年８月",)
    person = "自治行政局地域政策課地域情報化企画室長　小牧　兼太郎"
    assert sections["responsible"].blocks[1] == person


def test_numbers_without_texts_are_rendered_from_values() -> None:
    ind = Indicator(
        2,
        "対応率",
        main=True,
        unit="%",
        years=[
            IndicatorYear(
                2020,
                target=100,
                actual=95.5,
                numerator=191,
                denominator=200,
                as_of=date(2021, 3, 31),
            ),
        ],
    )
    ind.target.value, ind.target.approximate, ind.target.fiscal_year = 1600, True, 2023
    report = Report("k", objectives=[Objective("目標", [ind])])
    strings = _strings(report)
    assert "②　対応率" in strings
    assert "目標（値）【令和５年度】　約1,600%" in strings
    assert "95.5%（191／200）\n（R3.3.31現在）" in strings
    assert "100%" in strings


def test_blank_report_renders_blank_cells() -> None:
    report = Report("k", cabinet_policies=[CabinetPolicy("名称")])
    sections = {s.name: s for s in printed_sections(report)}
    assert sections["title"].title == "主要な政策に係る評価書"
    table = sections["cabinet"].blocks[0]
    assert isinstance(table, Table) and table.rows == (("名称", "", ""),)
    assert sections["evaluation_month"].blocks == ()


def test_circled_numbers() -> None:
    numbers = (1, 9, 20, 21, 35, 36, 50)
    assert [circled(n) for n in numbers] == ["①", "⑨", "⑳", "㉑", "㉟", "㊱", "㊿"]
    assert circled(51) == "（51）"
