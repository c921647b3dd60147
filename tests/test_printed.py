"""The report laid out as the printed form: order, wording, eras, number forms, merged cells."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models.printed import (
    Field,
    Heading,
    Note,
    Table,
    circled,
    load_profile,
    printed_document,
    printed_sections,
    profile_for,
)
from models.printed.profiles import ProfileError
from models.report.model import CabinetPolicy, Indicator, IndicatorYear, Objective, Report
from models.snapshot.sample import load_sample

SEED_TEXT = Path(__file__).parent / "fixtures" / "seed-soumu-r4-08.txt"


def _strings(report: Report) -> list[str]:
    return [s for section in printed_sections(report) for s in section.strings()]


def _text(report: Report) -> str:
    return "\n".join(_strings(report))


def _sections(report: Report) -> dict:
    return {s.name: s for s in printed_sections(report)}


def test_sections_in_printed_order() -> None:
    names = [s.name for s in printed_sections(load_sample())]
    assert names == [
        "title",
        "policy",
        "overview",
        "basic_goal",
        "budget",
        "cabinet",
        "indicators",
        "verdict",
        "analysis",
        "next_steps",
        "expert_knowledge",
        "materials",
        "bureau",
        "evaluation_month",
        "notes",
    ]


def test_seed_heading_and_policy() -> None:
    s = _sections(load_sample())
    assert s["title"].title == "主要な政策に係る評価書（令和３年度実施政策）"
    assert s["title"].blocks == ("（総務省R4－⑧）",)
    assert s["policy"].title == "政策（※１）名"
    # 分野 is a label cell of its own on the 政策（※１）名 row, as the seed prints it
    assert s["policy"].blocks == ("政策８：電子自治体の推進",)
    assert s["policy"].beside == (Field("分野", "電子自治体"),)
    assert s["basic_goal"].title == "基本目標【達成すべき目標】"
    assert s["basic_goal"].blocks[0].startswith("［最終アウトカム］：デジタルの活用により")


def test_seed_budget_table_has_the_row_group_and_numbers() -> None:
    budget = _sections(load_sample())["budget"]
    # the seed: the unit in the left label, 予算の状況 with （注） under it, plain 執行額
    assert budget.title == "政策の予算額・執行額等（百万円）"
    table = budget.blocks[0]
    assert isinstance(table, Table)
    assert table.header == ("区　　分", "", "令和元年度", "令和２年度", "令和３年度", "令和４年度")
    rows = {row[1] or row[0]: row[2:] for row in table.rows}
    assert rows["繰越し等（c）"] == ("△ 13,745", "△ 357,936", "△ 1,582,692", "")
    assert rows["当初予算（a）"][-1] == "106,687"
    assert rows["執行額"][-1] == ""  # blank stays blank, never 0
    group = table.grid[1][0]
    assert (group.text, group.rowspan) == ("予算の状況\n（注）", 4)
    assert table.grid[0][0].colspan == 2 and table.grid[5][0].colspan == 2
    carry = table.grid[3][1:]
    assert [(c.text, c.value) for c in carry][:3] == [
        ("△ 13,745", -13745),
        ("△ 357,936", -357936),
        ("△ 1,582,692", -1582692),
    ]
    assert carry[3].value is None and not carry[3].numeric
    note = budget.blocks[1]
    assert isinstance(note, Note) and note.mark == "（注）"
    assert note.text.startswith("令和元年度から令和３年度は")


def test_seed_cabinet_dates_are_long_era_dates() -> None:
    text = _text(load_sample())
    assert "令和３年６月18日" in text
    assert "令和元年12月５日" in text


def test_seed_indicator_grid() -> None:
    indicators = _sections(load_sample())["indicators"]
    table = indicators.blocks[0]
    assert isinstance(table, Table)
    assert table.header[:5] == (
        "施策目標",
        "測定指標（数字に○を付した測定指標は、主要な測定指標）",
        "",
        "基準（値）【年度】",
        "目標（値）【年度】",
    )
    assert table.header[-1] == "達成（※３）"
    assert table.grid[1][0].rowspan == 4  # the 施策目標 spans both indicators' two rows
    first, second = table.rows[0], table.rows[2]
    assert first[1] == "①" and first[2].startswith("クラウド導入市区町村数\n＜アウトカム指標＞")
    assert "【新経済・財政再生計画　改革工程表のKPI関係】" in first[2]
    # the baseline's value first, then its year tag
    assert first[3] == (
        "クラウド導入市区町村数：平成30年度1,067団体、うち自治体クラウド導入団体は407団体"
        "\n【平成30年度】"
    )
    assert first[4].endswith("約1,100団体\n【令和５年度】")
    assert first[-1] == "－" and second[-1] == "イ"
    assert second[1] == "２"
    actual = table.rows[1]
    assert actual[5] == "年度ごとの実績（値）又は施策の進捗状況（実績）（※２）"
    # the date's own era, although FY2019 is 令和元年度
    assert actual[6].endswith("（H31.4.1現在）")
    assert table.rows[3][6] == "対応率100%（46／46）"


def test_budget_labels_follow_the_unit_and_the_notes() -> None:
    report = load_sample()
    report.budget.unit = "千円"
    report.budget.notes = []
    budget = _sections(report)["budget"]
    assert budget.title == "政策の予算額・執行額等（千円）"
    table = budget.blocks[0]
    assert isinstance(table, Table) and table.grid[1][0].text == "予算の状況"
    assert len(budget.blocks) == 1


def test_seed_verdict_analysis_next_steps() -> None:
    s = _sections(load_sample())
    assert s["verdict"].blocks[:2] == (
        "（各行政機関共通区分）　　　目標達成",
        Heading("（判断根拠）"),
    )
    assert {s[n].group for n in ("verdict", "analysis", "next_steps")} == {"評価結果"}
    paragraphs = [b for b in s["analysis"].blocks if b]
    assert len(paragraphs) == 5 and len(s["analysis"].blocks) == 9  # paragraphs and gaps kept
    steps = s["next_steps"].blocks
    assert not any(isinstance(b, Heading) for b in steps)  # 総務省's form has no 【施策】
    assert "（令和５年度予算概算要求に向けた考え方）" in steps
    assert "　　Ⅲ　予算の継続・現状維持" in steps
    # label cells with their text beside them, as the seed prints them
    assert Field("税制、法令、組織、定員等への主な反映内容", "―") in steps
    assert steps[-2] == Field(
        "令和５年度予算概算要求への主な反映内容", load_sample().next_steps.budget_reflection
    )
    assert s["evaluation_month"].blocks == ("令和４年８月",)
    # 作成責任者名 on the 担当部局課室名 row
    (responsible,) = s["bureau"].beside
    assert responsible.label == "作成責任者名"
    assert responsible.text.split("\n")[1] == "自治行政局地域政策課地域情報化企画室長　小牧　兼太郎"


def test_seed_footnotes_have_the_seed_wording() -> None:
    notes = _sections(load_sample())["notes"].blocks
    assert [n.mark for n in notes if isinstance(n, Note)] == ["※１", "※２", "※３", "※４"]
    seed = SEED_TEXT.read_text(encoding="utf-8")
    for note in notes:
        assert isinstance(note, Note)
        assert f"{note.mark}　{note.text}" in seed


def test_every_label_is_in_the_seed() -> None:
    seed = SEED_TEXT.read_text(encoding="utf-8")
    flat = seed.replace("\n", "").replace(" ", "")
    for section in printed_sections(load_sample()):
        if section.layout == "row" and section.name != "analysis":
            assert section.title.replace(" ", "") in flat, section.title
    assert "測定指標（数字に○を付した測定指標は、主要な測定指標）" in flat


def test_guideline_profile_has_its_own_wording_and_headings() -> None:
    report = load_sample()
    s = {x.name: x for x in printed_sections(report, load_profile("guideline"))}
    assert s["policy"].title == "施策名"
    assert s["overview"].title == "施策の概要"
    assert s["expert_knowledge"].title == "学識経験を有する者の知見の活用"
    assert s["materials"].title == "政策評価を行う過程において使用した資料その他の情報"
    headings = [b.text for b in s["next_steps"].blocks if isinstance(b, Heading)]
    assert headings == ["【施策】", "【予算要求】", "【税制、法令、組織、定員等】"]
    assert "※１" not in [n.mark for n in s["notes"].blocks if isinstance(n, Note)]


def test_profile_chosen_by_ministry() -> None:
    assert profile_for("総務省").name == "soumu"
    assert profile_for("厚生労働省").name == "guideline"
    assert profile_for("総務省", "guideline").name == "guideline"
    assert printed_document(load_sample()).profile == "soumu"


def test_a_ministry_adds_a_profile_without_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    folder = tmp_path / "hyoka" / "profiles"
    folder.mkdir(parents=True)
    (folder / "mlit.toml").write_text(
        'name = "mlit"\nextends = "guideline"\nministries = ["国土交通省"]\n'
        '[labels]\npolicy_name = "施策（政策）名"\n',
        encoding="utf-8",
    )
    report = Report("k", ministry="国土交通省")
    sections = printed_sections(report)
    assert sections[1].title == "施策（政策）名"
    assert sections[2].title == "施策の概要"  # inherited from the guideline
    with pytest.raises(ProfileError, match="mlit"):
        load_profile("nothing")


def test_numbers_without_texts_are_rendered_from_values() -> None:
    ind = Indicator(
        2,
        name="対応率",
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
    assert "②" in strings
    assert "約1,600%\n【令和５年度】" in strings
    assert "95.5%（191／200）\n（R3.3.31現在）" in strings
    assert "100%" in strings


def test_bare_numbers_are_numeric_cells() -> None:
    ind = Indicator(1, name="件数", years=[IndicatorYear(2020, target=10, actual=1234)])
    report = Report("k", objectives=[Objective("目標", [ind])])
    table = _sections(report)["indicators"].blocks[0]
    assert isinstance(table, Table)
    values = [c.value for row in table.grid for c in row if c.numeric]
    assert values == [10, 1234]
    assert "1,234" in table.rows[1]


def test_blank_report_renders_blank_cells_and_dashes_for_required_fields() -> None:
    report = Report("k", cabinet_policies=[CabinetPolicy("名称")])
    sections = _sections(report)
    assert sections["title"].title == "主要な政策に係る評価書"
    table = sections["cabinet"].blocks[0]
    assert isinstance(table, Table) and table.rows == (("名称", "", ""),)  # a date is not required
    assert sections["evaluation_month"].blocks == ("－",)


def test_every_required_field_left_blank_prints_a_dash() -> None:
    """分野, ［最終アウトカム］, the cabinet table, 学識, 作成責任者名 … print 「－」, never an
    empty cell; the fields are those `hyoka check` names (models/rules/required.py)."""
    s = _sections(Report("k", ministry="総務省"))
    assert s["policy"].beside == (Field("分野", "－"),)
    assert s["basic_goal"].blocks[0] == "［最終アウトカム］：－"
    cabinet = s["cabinet"].blocks[0]
    assert isinstance(cabinet, Table) and cabinet.rows == (("－", "－", "－"),)
    for name in ("overview", "expert_knowledge", "materials", "evaluation_month"):
        assert s[name].blocks == ("－",), name
    assert s["bureau"].blocks == ("－",) and s["bureau"].beside == (Field("作成責任者名", "－"),)
    steps = s["next_steps"].blocks
    assert "　　－" in steps  # the 予算要求 category
    assert Field("予算概算要求への主な反映内容", "－") in steps
    assert Field("税制、法令、組織、定員等への主な反映内容", "－") in steps
    assert s["verdict"].blocks[0].endswith("－") and s["verdict"].blocks[2] == "－"
    assert s["analysis"].blocks == ("－",)


def test_means_are_printed_with_the_evaluation_years_and_note_4() -> None:
    """The seed's 施策手段 table: 令和元年度…令和３年度 columns, 関連する測定指標（※４）."""
    s = _sections(load_sample())
    means = s["indicators"].blocks[1]
    assert isinstance(means, Table)
    assert means.header == (
        "施策手段",
        "令和元年度",
        "令和２年度",
        "令和３年度",
        "関連する測定指標（※４）",
    )
    assert means.rows == (
        ("地方行税政の施策に係る基礎データべースの整理・統計処理等", "", "", "", "２（イ）"),
    )
    assert "※４" in [n.mark for n in s["notes"].blocks if isinstance(n, Note)]


def test_note_4_only_where_something_refers_to_it() -> None:
    report = load_sample()
    for objective in report.objectives:
        objective.means = []
    marks = [n.mark for n in _sections(report)["notes"].blocks if isinstance(n, Note)]
    assert marks == ["※１", "※２", "※３"]


def test_circled_numbers() -> None:
    numbers = (1, 9, 20, 21, 35, 36, 50)
    assert [circled(n) for n in numbers] == ["①", "⑨", "⑳", "㉑", "㉟", "㊱", "㊿"]
    assert circled(51) == "（51）"


def test_parts_are_printed_under_their_indicator_when_rendered_from_figures() -> None:
    report = load_sample()
    ind = report.objectives[0].indicators[0]
    assert ind.parts and ind.parts[0].name == "うち自治体クラウド導入団体数"
    table = _sections(report)["indicators"].blocks[0]
    assert isinstance(table, Table)
    # the sample's texts already say their うち series: printed once, as written
    assert table.rows[1][6].count("うち自治体クラウド導入団体数") == 1
    for y in ind.years:
        y.actual_text = ""
    ind.baseline.text = ind.target.text = ""
    table = _sections(report)["indicators"].blocks[0]
    assert isinstance(table, Table)
    assert table.rows[1][6] == "1,182団体\nうち自治体クラウド導入団体数：497団体\n（H31.4.1現在）"
    assert table.rows[0][3] == "1,067団体\nうち自治体クラウド導入団体数：407団体\n【平成30年度】"
    assert "うち自治体クラウド導入団体数：約1,100団体" in table.rows[0][4]
    assert not table.grid[2][1].numeric  # a cell with parts is text, not one number
