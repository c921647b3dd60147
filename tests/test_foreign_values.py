"""Figures, years, dates, keys and labels as ministries write them (models/foreign/)."""

from __future__ import annotations

from datetime import date

import pytest

from models.foreign.grid import GridCell
from models.foreign.keys import key_from_document_id, ministry_of
from models.foreign.quantities import read_cell
from models.foreign.values import date_in, figure, fiscal_year, fiscal_year_in, month_in
from models.foreign.vocabulary import vocabulary


def _cell(text: str, number: float | None = None) -> GridCell:
    return GridCell(0, 0, 0, 0, text, "別紙２!A1", number)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("△13,745", -13745),
        ("▲403,220", -403220),
        ("1,879,706", 1879706),
        ("△ 1,582,692", -1582692),
        ("－", None),
        ("", None),
        ("１，０６７", 1067),
    ],
)
def test_budget_figures_typed_as_text(text: str, value: int | None) -> None:
    got = figure(_cell(text))
    assert got.value == value and got.sure


def test_a_stored_figure_is_taken_as_it_is_and_an_unreadable_one_is_a_doubt() -> None:
    assert figure(_cell("△ 13,745", -13745)).value == -13745
    got = figure(_cell("約1.5億"))
    assert not got.sure and got.reason


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("令和元年度", 2019),
        ("R1年度", 2019),
        ("平成30年度", 2018),
        ("2019年度", 2019),
        ("令和３年度", 2021),
        ("H31年度", 2019),
    ],
)
def test_fiscal_years_in_every_habit(text: str, year: int) -> None:
    assert fiscal_year(text).value == year
    assert fiscal_year_in(f"【{text}】").value == year


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("令和３年６月18日", date(2021, 6, 18)),
        ("R3.6.18", date(2021, 6, 18)),
        ("令和元年12月５日", date(2019, 12, 5)),
        ("H31.4.1", date(2019, 4, 1)),
    ],
)
def test_dates_in_every_habit(text: str, day: date) -> None:
    got = date_in(text)
    assert got.value == day and got.sure


def test_a_date_with_words_around_it_is_read_with_doubt() -> None:
    got = date_in("令和３年６月18日閣議決定")
    assert got.value == date(2021, 6, 18) and not got.sure


def test_months() -> None:
    assert month_in("令和４年８月").value == "2022-08"
    assert month_in("R4年8月").value == "2022-08"
    assert month_in("－").value is None


def test_an_indicator_cell_taken_apart() -> None:
    got = read_cell(
        "地方行税政統計システム利用課室からの新規要望への対応率：平成30年度100％（45／45）\n"
        "【平成30年度】\n※数値は累計",
        tagged=True,
    )
    assert (got.fiscal_year, got.figure.value, got.figure.numerator) == (2018, 100, 45)
    assert got.figure.unit == "%" and got.note == "※数値は累計" and got.sure
    actual = read_cell(
        "クラウド導入市区町村数：1,182団体\nうち自治体クラウド導入団体数：497団体\n（H31.4.1現在）",
        dated=True,
    )
    assert actual.figure.value == 1182 and actual.as_of == date(2019, 4, 1)
    assert [(p.name, p.figure.value) for p in actual.parts] == [
        ("うち自治体クラウド導入団体数", 497)
    ]
    several = read_cell("令和５年度末までに約1,600団体、うち自治体クラウド導入団体は約1,100団体")
    assert several.figure.value == 1600 and several.figure.approximate and not several.sure


@pytest.mark.parametrize(
    ("number", "key"),
    [
        ("総務省R4－⑧", "soumu-r4-08"),
        ("（総務省R4－⑧）", "soumu-r4-08"),
        ("国土交通省R5-12", "mlit-r5-12"),
        ("文部科学省H30－３", "mext-h30-03"),
    ],
)
def test_keys_from_document_numbers(number: str, key: str) -> None:
    assert key_from_document_id(number) == key


def test_a_number_of_another_shape_gives_no_key() -> None:
    assert key_from_document_id("総務省第８号") is None
    assert key_from_document_id("某庁R4-1") is None
    assert ministry_of("総務省R4－⑧") == "総務省"


def test_labels_of_every_profile_and_their_variants() -> None:
    vocab = vocabulary()
    assert vocab.exact("政策（※１）名").name == "policy_name"
    assert vocab.exact("施策名").name == "policy_name"
    assert vocab.exact("施策の概要").name == "overview"
    assert vocab.exact("達成すべき目標").name == "basic_goal"
    budget = vocab.exact("政策の予算額・執行額等\n（千円）")
    assert budget.name == "budget" and budget.unit == "千円"
    assert vocab.exact("区　　分").name == "category_column"
    reflection = vocab.exact("令和５年度予算概算要求への主な反映内容")
    assert reflection.name == "budget_reflection" and reflection.year == "令和5年度"
    inline = vocab.leading("分野　電子自治体")
    assert inline.name == "field" and inline.rest == "電子自治体"
    assert vocab.leading("施策目標「地方公共団体の…」") is None
    guideline = vocabulary("guideline")
    assert guideline.exact("政策（※１）名") is None or guideline.exact("政策（※１）名").name


def test_an_as_of_date_and_a_uchi_line_run_on_in_one_line_are_read_apart_as_a_doubt() -> None:
    from models.foreign.quantities import read_cell

    got = read_cell(
        "クラウド導入市区町村数：1,182団体うち自治体クラウド導入団体数：497団体（H31.4.1現在）",
        dated=True,
    )
    assert got.text == "クラウド導入市区町村数：1,182団体\nうち自治体クラウド導入団体数：497団体"
    assert got.as_of is not None and got.as_of.isoformat() == "2019-04-01"
    assert got.figure.value == 1182
    assert [(p.name, p.figure.value) for p in got.parts] == [("うち自治体クラウド導入団体数", 497)]
    assert not got.sure and got.reason
    text = "1,182団体\nうち自治体クラウド導入団体数：497団体\n（H31.4.1現在）"
    apart = read_cell(text, dated=True)
    assert apart.sure and apart.as_of == got.as_of
