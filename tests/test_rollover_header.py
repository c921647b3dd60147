"""Issue 26, items 6 and 7: roll-over moves the header on — the 表題 names the new year, the
評価書番号 moves a year when it has the usual shape (else it is kept, and ``check`` says so), the
政策評価実施時期 is cleared — and an indicator whose 目標年度 has passed is flagged and listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.report.heading_years import id_year, moved_id, title_year, titled
from models.rules.check import check_report
from models.services.rollover import describe, roll_over
from models.snapshot.sample import load_sample
from tests.test_cli import hyoka
from tests.test_cli_rollover import KEY, _db


@pytest.mark.parametrize(
    ("number", "year", "moved"),
    [
        ("総務省R4－⑧", 2022, "総務省R5－⑧"),
        ("総務省Ｒ４－⑧", 2022, "総務省Ｒ５－⑧"),  # full-width letter and digit stay so
        ("総務省R04-08", 2022, "総務省R05-08"),  # zero padding kept
        ("r4-8", 2022, "r5-8"),
        ("令和4年度 文部科学省 1-1", 2022, "令和5年度 文部科学省 1-1"),
        ("令和４年度－１", 2022, "令和５年度－１"),
        ("令和元年度－１", 2019, "令和２年度－１"),
        ("R9－①", 2027, "R10－①"),
        ("総務省H30－⑧", 2018, "総務省R1－⑧"),  # across the era change
        ("平成30年度評価書３", 2018, "令和元年度評価書３"),
        ("Ｈ３０－１", 2018, "Ｒ１－１"),
    ],
)
def test_the_usual_shapes_move_on_a_year(number: str, year: int, moved: str) -> None:
    assert id_year(number) == year
    assert moved_id(number, 1) == moved


@pytest.mark.parametrize(
    "number", ["総務省４－⑧", "2022-8", "政策評価書No.12", "", "R0-1", "H32-1", "DR4-1", "R123"]
)
def test_other_shapes_name_no_year_and_are_not_moved(number: str) -> None:
    assert id_year(number) is None
    assert moved_id(number, 1) is None


def test_a_roll_over_of_two_years_moves_two() -> None:
    assert moved_id("総務省R4－⑧", 2) == "総務省R6－⑧"
    assert moved_id("総務省H30－⑧", 2) == "総務省R2－⑧"


def test_the_title_names_the_new_year() -> None:
    seed = "主要な政策に係る評価書（令和３年度実施政策）"
    assert title_year(seed) == 2021
    assert titled(seed, 2022) == "主要な政策に係る評価書（令和４年度実施政策）"
    assert titled("評価書(2021年度実施政策)", 2022) == "評価書(2022年度実施政策)"
    assert titled("主要な政策に係る評価書（平成30年度実施政策）", 2019) == (
        "主要な政策に係る評価書（令和元年度実施政策）"
    )
    assert titled("主要な政策に係る評価書", 2022) is None


def test_the_sample_rolled_to_2022_moves_its_header_on() -> None:
    result = roll_over(load_sample(), 2022)
    new = result.report
    assert new.title == "主要な政策に係る評価書（令和４年度実施政策）"
    assert new.document_id == "総務省R5－⑧"
    assert new.evaluation_month == ""
    assert not result.document_id_kept
    # indicator 2's target year 令和３年度 has passed before 令和４年度: a new target is needed
    assert [(i.number, part, year) for i, part, year in result.targets_passed] == [(2, "", 2021)]
    lines = describe(result)
    assert "表題 主要な政策に係る評価書（令和４年度実施政策）" in lines
    assert "評価書番号 総務省R5－⑧、政策評価実施時期は空欄" in lines
    assert (
        "新しい目標が必要な測定指標２: 地方行税政統計システム利用課室からの新規要望への対応率"
        "（目標年度 令和３年度 は終了）" in lines
    )
    findings = check_report(new)
    (i027,) = [f for f in findings if f.code == "I027"]
    assert (i027.severity, i027.place) == ("warning", "indicator[2].target.fiscal_year")
    assert not [f for f in findings if f.code in ("R003", "R010", "R011")]


def test_a_number_of_another_shape_is_kept_and_flagged() -> None:
    source = load_sample()
    source.document_id = "総務省８"
    result = roll_over(source, 2022)
    assert result.report.document_id == "総務省８" and result.document_id_kept
    assert (
        "評価書番号「総務省８」は年を読み取れないためそのまま（確認してください）"
        in (describe(result)[3])
    )
    (r011,) = [f for f in check_report(result.report) if f.code == "R011"]
    assert (r011.severity, r011.place) == ("info", "report.document_id")
    assert not [f for f in check_report(source) if f.code == "R011"]  # not rolled over


def test_a_stale_number_is_flagged_in_any_report() -> None:
    """A 令和４年度 report still numbered R4 (last year's): R010."""
    report = load_sample()
    assert not [f for f in check_report(report) if f.code == "R010"]
    report.evaluated_fiscal_year = 2022
    report.title = "主要な政策に係る評価書（令和４年度実施政策）"
    (r010,) = [f for f in check_report(report) if f.code == "R010"]
    assert (r010.severity, r010.place) == ("warning", "report.document_id")
    assert r010.data == {"document_id_year": 2022, "expected": 2023}
    assert "総務省R4－⑧" in r010.message


def test_a_target_year_passed_in_any_report_and_a_part_of_its_own() -> None:
    report = load_sample()
    report.indicators()[0].parts[0].target.fiscal_year = 2020
    (i027,) = [f for f in check_report(report) if f.code == "I027"]
    assert (
        i027.place == "indicator[1].parts" and i027.data["part"] == "うち自治体クラウド導入団体数"
    )


def test_the_command_says_what_moved_and_what_needs_a_new_target(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = hyoka("rollover", KEY, "--to", "2022", db=db)
    assert result.returncode == 0, result.stderr
    assert "表題 主要な政策に係る評価書（令和４年度実施政策）" in result.stdout
    assert "評価書番号 総務省R5－⑧、政策評価実施時期は空欄" in result.stdout
    assert "新しい目標が必要な測定指標２: " in result.stdout
    checked = hyoka("check", "soumu-r5-08", db=db)
    assert "I027\t測定指標２ 目標（値） 年度\t測定指標２の目標年度" in checked.stdout
    assert "［indicator[2].target.fiscal_year］" in checked.stdout
    assert "R010" not in checked.stdout
