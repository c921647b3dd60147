"""The hyoka/1 rules: canonical writing, absent = empty, unknown keys and types refused."""

from __future__ import annotations

import tomllib
from dataclasses import fields

import pytest

from models.report import model as r
from models.snapshot.codec import SnapshotError, dumps_snapshot, loads_snapshot, read_snapshot
from models.snapshot.kinds import ArrayOf, Table
from models.snapshot.schema import REPORT_HEADER, SECTIONS
from tests.conftest import ROOT, SEED

# The seed with its うち series and a bound transcribed (spec/snapshot.md, 2026-12).
FIXTURE = ROOT.parent / "shared" / "fixtures" / "next" / "soumu-r4-08.toml"


def test_bundled_sample_is_the_shared_fixture() -> None:
    if FIXTURE.exists():  # the shared folder sits beside the clone on developer and CI machines
        assert SEED.read_bytes() == FIXTURE.read_bytes()


def test_seed_round_trips_byte_for_byte() -> None:
    text = SEED.read_text(encoding="utf-8")
    report = read_snapshot(SEED)
    assert dumps_snapshot(report) == text
    assert report.budget.years[2].total == 431001
    assert report.budget.years[0].carryover == -13745
    assert report.indicator(1).main is True and report.indicator(2).main is False
    assert report.indicator(1).target.approximate is True
    assert report.cabinet_policies[0].date.isoformat() == "2021-06-18"
    (part,) = report.indicator(1).parts
    assert part.name == "うち自治体クラウド導入団体数" and part.unit == "団体"
    assert (part.baseline.value, part.target.value, part.target.approximate) == (407, 1100, True)
    assert [(y.fiscal_year, y.actual) for y in part.years] == [
        (2019, 497),
        (2020, 611),
        (2021, 713),
    ]
    assert report.indicator(2).bound == "at_least" and report.indicator(1).bound == ""


PARTS = """
[[objectives]]
[[objectives.indicators]]
number = 1
name = "指標"
bound = "at_most"

[[objectives.indicators.parts]]
name = "うち甲"

[[objectives.indicators.parts.years]]
fiscal_year = 2020
actual = 1

[[objectives.indicators.parts.years]]
fiscal_year = 2020
actual = 2

[[objectives.indicators.parts]]
unit = "件"
colour = "red"
"""


def test_bound_parts_and_predecessor_are_read_and_checked() -> None:
    report = loads_snapshot(MINIMAL + 'predecessor = "soumu-r3-08"\n')
    assert report.predecessor == "soumu-r3-08"
    assert 'predecessor = "soumu-r3-08"\n' in dumps_snapshot(report)
    assert _errors(MINIMAL + 'predecessor = "R3 ⑧"\n') == [
        "report.predecessor: 形式が違います（例: soumu-r4-08）: 'R3 ⑧'"
    ]
    assert _errors(MINIMAL + PARTS) == [
        "objectives[0].indicators[0].parts[1].colour: 未知のキーです",
        "objectives[0].indicators[0].parts[1].name: 必須です",
    ]
    dup = MINIMAL + PARTS.replace('unit = "件"\ncolour = "red"\n', 'name = "うち乙"\n')
    assert _errors(dup) == [
        "objectives[0].indicators[0].parts[0].years[1].fiscal_year: 重複しています: 2020"
    ]
    assert _errors(MINIMAL + PARTS.replace("at_most", "below"))[0].startswith(
        "objectives[0].indicators[0].bound: 次のいずれかが必要です: at_least, at_most"
    )


def _errors(text: str) -> list[str]:
    with pytest.raises(SnapshotError) as caught:
        loads_snapshot(text, source="x.toml")
    return [f"{issue.path}: {issue.message}" for issue in caught.value.issues]


MINIMAL = 'schema = "hyoka/1"\n\n[report]\nkey = "k"\npolicy_name = "p"\n'


def test_minimal_report_and_absent_means_empty() -> None:
    report = loads_snapshot(MINIMAL + 'ministry = ""\n')
    assert report.ministry == "" and report.budget.years == []
    assert dumps_snapshot(report) == MINIMAL


def test_unknown_key_is_reported_with_its_path() -> None:
    text = (
        MINIMAL + '[[objectives]]\n[[objectives.indicators]]\nnumber = 1\nname = "a"\n'
        '[[objectives.indicators]]\nnumber = 2\nname = "b"\nyeras = []\n'
    )
    assert _errors(text) == ["objectives[0].indicators[1].yeras: 未知のキーです"]


def test_every_problem_is_listed_at_once() -> None:
    text = MINIMAL + 'field = 3\n[budget]\nunit = "ドル"\n[[budget.years]]\ninitial = "1,000"\n'
    errors = _errors(text)
    assert any(e.startswith("report.field:") for e in errors)
    assert any(e.startswith("budget.unit:") for e in errors)
    assert "budget.years[0].fiscal_year: 必須です" in errors
    assert any(e.startswith("budget.years[0].initial:") for e in errors)


@pytest.mark.parametrize(
    ("addition", "where"),
    [
        ('evaluated_fiscal_year = "2021"\n', "report.evaluated_fiscal_year"),
        ("evaluated_fiscal_year = 21\n", "report.evaluated_fiscal_year"),
        ('evaluation_month = "2022/08"\n', "report.evaluation_month"),
        ("intermediate_outcomes = [1]\n", "report.intermediate_outcomes[0]"),
        ('responsible = [{ title = "a", mail = "b" }]\n', "report.responsible[0].mail"),
        ('ministry = "a\\u001b[31m"\n', "report.ministry"),
        ("policy_number = true\n", "report.policy_number"),
    ],
)
def test_wrong_types_name_the_place(addition: str, where: str) -> None:
    assert any(e.startswith(where + ":") for e in _errors(MINIMAL + addition))


def test_indicator_values_types_and_duplicates() -> None:
    text = MINIMAL + (
        '[[objectives]]\n[[objectives.indicators]]\nnumber = 1\nname = "a"\nmark = "A"\n'
        "[objectives.indicators.target]\nvalue = nan\nas_of = 2020-01-01\n"
        "[[objectives.indicators.years]]\nfiscal_year = 2020\nas_of = 2020-04-01T00:00:00\n"
        '[[objectives]]\n[[objectives.indicators]]\nnumber = 1\nname = "b"\n'
    )
    errors = _errors(text)
    assert any(e.startswith("objectives[0].indicators[0].mark:") for e in errors)
    assert any(e.startswith("objectives[0].indicators[0].target.value:") for e in errors)
    assert "objectives[0].indicators[0].target.as_of: 未知のキーです" in errors
    assert any(e.startswith("objectives[0].indicators[0].years[0].as_of:") for e in errors)


def test_duplicate_numbers_and_years_are_refused() -> None:
    text = MINIMAL + (
        "[[budget.years]]\nfiscal_year = 2020\n[[budget.years]]\nfiscal_year = 2020\n"
        '[[objectives]]\n[[objectives.indicators]]\nnumber = 1\nname = "a"\n'
        "[[objectives.indicators.years]]\nfiscal_year = 2020\n"
        "[[objectives.indicators.years]]\nfiscal_year = 2020\n"
        '[[objectives.indicators]]\nnumber = 1\nname = "b"\n'
    )
    errors = _errors(text)
    assert "budget.years[1].fiscal_year: 重複しています: 2020" in errors
    assert "objectives[0].indicators[0].years[1].fiscal_year: 重複しています: 2020" in errors
    assert "objectives[0].indicators[1].number: 重複しています: 1" in errors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('schema = "hyoka/2"\n', "schema: 未知の schema です: 'hyoka/2'"),
        ('[report]\nkey = "k"\n', "schema: schema がありません"),
        (MINIMAL + "key2 = \n", "6 行目 8 文字目: TOML として読めません"),
        ('schema = "hyoka/1"\n', "report: [report] がありません"),
    ],
)
def test_document_level_errors(text: str, expected: str) -> None:
    assert _errors(text)[0].startswith(expected)


def test_bad_report_key_is_refused() -> None:
    assert any(e.startswith("report.key:") for e in _errors(MINIMAL.replace('"k"', '"../x"')))


def test_not_utf8_names_the_line() -> None:
    data = MINIMAL.encode() + 'ministry = "総務省"\n'.encode("shift_jis")
    with pytest.raises(SnapshotError) as caught:
        loads_snapshot(data, source="sjis.toml")
    assert caught.value.issues[0].path == "6 行目"
    assert "UTF-8" in str(caught.value) and str(caught.value).startswith("sjis.toml: ")


def test_multiline_text_is_written_as_multiline_string() -> None:
    report = loads_snapshot(MINIMAL)
    report.verdict.rationale = '一行目\n二行目 [b]\\x"""'
    text = dumps_snapshot(report)
    assert 'rationale = """' in text
    assert tomllib.loads(text)["verdict"]["rationale"] == report.verdict.rationale


def test_english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HYOKA_LANG", "en")
    assert _errors(MINIMAL + "bogus = 1\n") == ["report.bogus: unknown key"]


def _spec_fields(spec: Table) -> set[str]:
    return {name for name, _ in spec.fields}


def test_spec_covers_every_dataclass_field() -> None:
    """The snapshot spec and the model cannot drift apart: every field has a key."""
    header = _spec_fields(REPORT_HEADER) | {name for name, _ in SECTIONS}
    assert header == {f.name for f in fields(r.Report)}
    for _, spec in SECTIONS:
        table = spec.table if isinstance(spec, ArrayOf) else spec
        assert _spec_fields(table) == {f.name for f in fields(table.cls)}
