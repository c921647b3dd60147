"""``hyoka import FORM.xlsx|.docx``: a 別紙２ made by hand, read by its labels, compared field by
field with the report it was made from (models/foreign/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import make_report
from models.foreign import NotAForm, read_form
from models.publish import document, render
from models.report.model import Report
from models.snapshot.codec import read_snapshot
from tests.conftest import ROOT, SEED
from tests.foreign_forms import HABITS, compare, layout, shown, to_docx, to_xlsx

FOREIGN = ROOT.parent / "shared" / "fixtures" / "foreign" / "soumu-r4-08.xlsx"
# What the public example's form does not hold (the seed's snapshot has them from elsewhere:
# the 事前分析表, the as-of dates and the 主な反映内容 the published PDF prints).
NOT_IN_THE_EXAMPLE = (
    "tags",
    "as_of",
    "note",
    "budget_reflection",
    "institutional_reflection",
)


def _read(path: Path, key: str) -> Report:
    got = read_form(path)
    got.report.key = key
    return got.report


def test_the_public_example_imports_with_every_field_right() -> None:
    seed = read_snapshot(SEED)
    got = read_form(FOREIGN)
    assert got.key == "soumu-r4-08"
    got.report.key = seed.key
    right, wrong = compare(seed, got.report, skip=NOT_IN_THE_EXAMPLE)
    assert wrong == []
    assert right > 130
    report = got.report
    # the parts the issue names, spot-checked beyond the comparison
    assert report.budget.year(2019).carryover == -13745
    assert [y.fiscal_year for y in report.budget.years] == [2019, 2020, 2021, 2022]
    assert report.budget.year(2022).supplementary is None
    assert [c.date.isoformat() for c in report.cabinet_policies if c.date][:2] == [
        "2021-06-18",
        "2019-12-19",
    ]
    first, second = report.indicators()
    assert (first.number, first.main, first.kind) == (1, True, "アウトカム")
    assert (second.number, second.main, second.mark) == (2, False, "イ")
    assert first.target.approximate is True and first.target.fiscal_year == 2023
    assert first.parts[0].name == "うち自治体クラウド導入団体数"
    assert second.year(2021).numerator == 46
    assert report.verdict.category == "目標達成"
    assert report.next_steps.budget_request == "Ⅲ　予算の継続・現状維持"
    assert report.evaluation_month == "2022-08"
    assert [r.name for r in report.responsible] == ["奥田　隆則", "小牧　兼太郎"]


def test_the_public_example_says_where_each_value_came_from() -> None:
    got = read_form(FOREIGN)
    where = {p.path: p for p in got.provenance}
    assert where["budget[2019].carryover"].source == "別紙２!E10"
    assert where["budget[2019].carryover"].sure
    assert where["report.policy_name"].source.startswith("別紙２!A4")
    assert where["indicator[2].years[2021].actual"].source == "別紙２!J25"
    assert where["cabinet_policies[0].date"].source == "別紙２!E15"
    doubtful = {p.path for p in got.doubtful}
    # a figure taken out of a sentence with several figures is a guess, and says so
    assert "indicator[1].baseline.value" in doubtful
    assert "budget[2019].initial" not in doubtful
    assert not any(p.unplaced for p in got.provenance)


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_hyokas_own_published_form_comes_back(tmp_path: Path, fmt: str) -> None:
    seed = read_snapshot(SEED)
    path = tmp_path / f"own.{fmt}"
    path.write_bytes(render(document(seed), fmt))
    got = read_form(path)
    assert got.key == seed.key
    got.report.key = seed.key
    right, wrong = compare(seed, got.report)
    assert wrong == [] and right > 140


def _reports() -> list[tuple[str, Report]]:
    return [("seed", read_snapshot(SEED)), ("generated", make_report(1, 3))]


@pytest.mark.parametrize("habit", HABITS, ids=lambda h: h.name)
@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_forms_in_ministries_habits_come_back_field_by_field(
    tmp_path: Path, habit: object, fmt: str
) -> None:
    from tests.foreign_forms import Habit

    assert isinstance(habit, Habit)
    for name, report in _reports():
        form = layout(report, habit)
        path = tmp_path / f"{name}.{fmt}"
        path.write_bytes(to_xlsx(form, habit) if fmt == "xlsx" else to_docx(form))
        got = _read(path, report.key)
        right, wrong = compare(shown(report), got)
        assert wrong == [], (name, wrong[:5])
        assert right > 100


def test_labels_in_another_column_and_another_column_order_are_read_by_label(
    tmp_path: Path,
) -> None:
    seed = read_snapshot(SEED)
    habit = HABITS[2]  # labels in column C, no number column, years as 2019年度, figures as text
    assert habit.label_col == 2 and "number" not in habit.order
    path = tmp_path / "form.xlsx"
    path.write_bytes(to_xlsx(layout(seed, habit), habit))
    got = _read(path, seed.key)
    assert [(i.number, i.main) for i in got.indicators()] == [(1, True), (2, False)]
    assert got.budget.year(2021).carryover == -1582692


def test_figures_typed_as_text_with_either_minus_are_numbers(tmp_path: Path) -> None:
    seed = read_snapshot(SEED)
    habit = HABITS[1]  # ▲ and text figures, R1年度, R3.6.18
    assert habit.figures == "text" and habit.minus == "▲" and habit.dates == "short"
    path = tmp_path / "form.xlsx"
    path.write_bytes(to_xlsx(layout(seed, habit), habit))
    got = _read(path, seed.key)
    assert got.budget.year(2020).carryover == -357936
    assert got.cabinet_policies[0].date.isoformat() == "2021-06-18"
    assert got.evaluated_fiscal_year == 2021


def test_a_file_that_is_not_a_form_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "会議資料"
    book.active["B2"] = "予定表"
    path = tmp_path / "other.xlsx"
    book.save(path)
    with pytest.raises(NotAForm, match="別紙２"):
        read_form(path)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(NotAForm):
        read_form(broken)


def test_a_mark_that_is_not_one_of_the_four_is_a_finding_until_set(tmp_path: Path) -> None:
    import copy

    from models.report import paths
    from models.rules.imported import check_imported

    seed = copy.deepcopy(read_snapshot(SEED))
    seed.objectives[0].indicators[1].mark = "◎"
    habit = HABITS[0]
    path = tmp_path / "form.xlsx"
    path.write_bytes(to_xlsx(layout(seed, habit), habit))
    got = read_form(path)
    got.report.key = seed.key
    assert got.report.indicator(2).mark == ""
    found = [f for f in check_imported(got.report, got.provenance) if f.code == "M001"]
    mark = next(f for f in found if f.place == "indicator[2].mark")
    assert "◎" in mark.message
    paths.set_value(got.report, "indicator[2].mark", "イ")  # the evaluator sets it
    assert "indicator[2].mark" not in {f.place for f in check_imported(got.report, got.provenance)}
