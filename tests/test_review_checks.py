"""Issue 12: the checks a 評価担当課 reviewer runs, each firing on a small snapshot and quiet on
its near miss."""

from __future__ import annotations

import pytest

from models.rules.check import check_report
from models.rules.settings import RuleSettings
from models.snapshot.codec import loads_snapshot

HEAD = """schema = "hyoka/1"

[report]
key = "t"
document_id = "テスト省R4－1"
policy_name = "テスト政策"
evaluated_fiscal_year = 2021
field = "テスト"
overview = "テストの概要。"
final_outcome = "テストの最終アウトカム。"
expert_knowledge = "有識者の意見を聴いた。"
materials = "〇〇統計（令和３年）"
bureau = "テスト局"
responsible = [{ title = "テスト課長", name = "試験　太郎" }]
evaluation_month = "2022-08"
planned_evaluation = "2022-08"
"""

ONE_CABINET = """
[[cabinet_policies]]
name = "テストの基本方針"
date = 2021-06-18
"""

INDICATOR = """
[[objectives]]
text = "施策目標"

[[objectives.means]]
name = "〇〇事業"
review_number = "0001"

[[objectives.indicators]]
number = 1
main = true
kind = "アウトカム"
name = "地方行税政統計システムの利用率"
direction = "increase"
mark = "イ"
reason = "利用の広がりを測るため。"

[objectives.indicators.baseline]
fiscal_year = 2018
value = 50

[objectives.indicators.target]
fiscal_year = 2021
value = 100

[[objectives.indicators.years]]
fiscal_year = 2021
actual = 100
note = "出典：〇〇調べ"
"""

VERDICT = """
[verdict]
category = "目標達成"
rationale = "測定指標１：地方行税政統計システムの利用率は目標を達成した。"
analysis = "測定指標１について分析した。"

[next_steps]
measures = "引き続き推進する。"
budget_request = "Ⅲ　予算の継続・現状維持"
budget_reflection = "予算に反映する。"
institutional_reflection = "―"
"""

QUIET = HEAD + ONE_CABINET + INDICATOR + VERDICT


def found(text: str, code: str, settings: RuleSettings | None = None) -> list:  # type: ignore[type-arg]
    return [f for f in check_report(loads_snapshot(text), settings) if f.code == code]


def test_the_base_snapshot_is_quiet() -> None:
    assert [f.code for f in check_report(loads_snapshot(QUIET))] == []


CASES = [
    # code, severity, place, the changes from QUIET that fire it (old, new, old, new …)
    ("F001", "warning", "report.field", ('field = "テスト"\n', "")),
    ("F002", "warning", "report.overview", ('overview = "テストの概要。"', 'overview = "　"')),
    (
        "F003",
        "warning",
        "report.final_outcome",
        ('final_outcome = "テストの最終アウトカム。"\n', ""),
    ),
    (
        "F004",
        "warning",
        "cabinet_policies",
        ('[[cabinet_policies]]\nname = "テストの基本方針"\ndate = 2021-06-18\n', ""),
    ),
    (
        "F005",
        "warning",
        "report.expert_knowledge",
        ('expert_knowledge = "有識者の意見を聴いた。"\n', ""),
    ),
    ("F006", "warning", "report.materials", ('materials = "〇〇統計（令和３年）"\n', "")),
    ("F007", "warning", "report.bureau", ('bureau = "テスト局"\n', "")),
    (
        "F008",
        "warning",
        "responsible",
        ('responsible = [{ title = "テスト課長", name = "試験　太郎" }]\n', ""),
    ),
    ("F009", "warning", "report.evaluation_month", ('evaluation_month = "2022-08"\n', "")),
    (
        "F010",
        "warning",
        "next_steps.budget_request",
        ('budget_request = "Ⅲ　予算の継続・現状維持"\n', ""),
    ),
    (
        "F011",
        "warning",
        "next_steps.budget_reflection",
        ('budget_reflection = "予算に反映する。"\n', ""),
    ),
    (
        "F012",
        "warning",
        "next_steps.institutional_reflection",
        ('institutional_reflection = "―"\n', ""),
    ),
    ("F013", "warning", "report.document_id", ('document_id = "テスト省R4－1"\n', "")),
    ("F014", "warning", "report.planned_evaluation", ('planned_evaluation = "2022-08"\n', "")),
    ("F015", "warning", "indicator[1].reason", ('reason = "利用の広がりを測るため。"\n', "")),
    ("I020", "warning", "indicator[1].target.value", ("value = 100\n", "")),
    (
        "I021",
        "warning",
        "indicator[1].target.fiscal_year",
        ("fiscal_year = 2021\nvalue = 100", "value = 100"),
    ),
    ("I022", "warning", "indicator[1].baseline.fiscal_year", ("fiscal_year = 2018\n", "")),
    (
        "I023",
        "warning",
        "indicator[1].criterion",
        ('mark = "イ"', 'mark = "イ"\nqualitative = true'),
    ),
    ("I024", "warning", "objectives[0]", ('kind = "アウトカム"', 'kind = "アウトプット"')),
    (
        "I025",
        "info",
        "objectives[0].means",
        ('[[objectives.means]]\nname = "〇〇事業"\nreview_number = "0001"\n', ""),
    ),
    ("I026", "warning", "objectives[0].means[0].review_number", ('review_number = "0001"\n', "")),
    (
        "R005",
        "warning",
        "report.materials",
        ('materials = "〇〇統計（令和３年）"', 'materials = "―"', 'note = "出典：〇〇調べ"\n', ""),
    ),
    (
        "R008",
        "warning",
        "indicator[1].target.fiscal_year",
        ("fiscal_year = 2021\nvalue = 100", "fiscal_year = 2117\nvalue = 100"),
    ),
    (
        "R009",
        "warning",
        "report.policy_name",
        ('policy_name = "テスト政策"', 'policy_name = "' + "長" * 501 + '"'),
    ),
    ("V009", "warning", "verdict.rationale", ("測定指標１：地方行税政", "測定指標１：地方行税制")),
    ("N001", "warning", "next_steps.budget_request", ("予算の継続・現状維持", "予算の継続")),
    (
        "N002",
        "warning",
        "next_steps.measures",
        (
            'category = "目標達成"\n',
            'category = "相当程度進展あり"\n',
            'measures = "引き続き推進する。"\n',
            "",
        ),
    ),
]


@pytest.mark.parametrize(("code", "severity", "place", "change"), CASES, ids=[c[0] for c in CASES])
def test_reviewer_check_fires(
    code: str, severity: str, place: str, change: tuple[str, ...]
) -> None:
    text = QUIET
    for old, new in zip(change[::2], change[1::2], strict=True):
        assert old in text
        text = text.replace(old, new, 1)
    (finding,) = found(text, code)
    assert (finding.severity, finding.place) == (severity, place)
    assert finding.message
    assert not found(QUIET, code)


def test_qualitative_target_needs_text_and_criterion() -> None:
    qualitative = QUIET.replace(
        'mark = "イ"', 'mark = "イ"\nqualitative = true\ncriterion = "〇〇を実施"'
    )
    assert not found(qualitative, "I023")
    assert not found(
        qualitative.replace("value = 100\n", 'value = 100\ntext = "〇〇を実施"\n'), "I020"
    )
    assert found(qualitative, "I020")[0].place == "indicator[1].target.text"


def test_materials_pass_when_the_figures_name_their_source() -> None:
    dash = QUIET.replace('materials = "〇〇統計（令和３年）"', 'materials = "－"')
    assert not found(dash, "R005")  # the 2021 actual's note names 〇〇調べ
    assert found(dash.replace('note = "出典：〇〇調べ"\n', ""), "R005")


CABINET = """
[[cabinet_policies]]
name = "経済財政運営と改革の基本方針2019"
date = 2019-06-21

[[cabinet_policies]]
name = "デジタル社会の実現に向けた重点計画"
date = {date}

[[cabinet_policies]]
name = "経済財政運営と改革の基本方針２０２０"
date = 2020-07-17
"""


def test_cabinet_policy_after_the_evaluation_and_in_two_versions() -> None:
    late = HEAD + CABINET.format(date="2022-09-01") + INDICATOR + VERDICT
    (r006,) = found(late, "R006")
    assert (r006.severity, r006.place) == ("warning", "cabinet_policies[1].date")
    assert not found(HEAD + CABINET.format(date="2022-08-31") + INDICATOR + VERDICT, "R006")
    (r007,) = found(late, "R007")
    assert r007.place == "cabinet_policies[0].name"
    assert "基本方針2019" in r007.message and "基本方針２０２０" in r007.message
    one_version = late.replace("基本方針２０２０", "骨太の方針")
    assert not found(one_version, "R007")


def test_rationale_names_checked_in_quotes_too() -> None:
    quoted = QUIET.replace(
        "測定指標１：地方行税政統計システムの利用率は",
        "測定指標１：「地方行税制統計システムの利用率」は",
    )
    (finding,) = found(quoted, "V009")
    assert finding.data == {
        "cited": "地方行税制統計システムの利用率",
        "name": "地方行税政統計システムの利用率",
    }
    other_plan = QUIET.replace(
        "は目標を達成した。", "は「自治体ＤＸ推進計画」により目標を達成した。"
    )
    assert not found(other_plan, "V009")


def test_implausible_budget_and_years_and_settings() -> None:
    budget = (
        HEAD
        + '\n[budget]\nunit = "百万円"\n\n[[budget.years]]\nfiscal_year = 2021\ninitial = {v}\n'
    )
    (b011,) = found(budget.replace("{v}", "600_000_000") + INDICATOR + VERDICT, "B011")
    assert (b011.severity, b011.place) == ("warning", "budget[2021].initial")
    assert not found(budget.replace("{v}", "133_986") + INDICATOR + VERDICT, "B011")
    far = QUIET.replace("fiscal_year = 2018\n", "fiscal_year = 1980\n")
    assert found(far, "R008")[0].place == "indicator[1].baseline.fiscal_year"
    assert not found(far, "R008", RuleSettings(year_reach=50))
    listed = RuleSettings(budget_request_categories=("Ⅲ 予算の継続",))
    assert not found(QUIET.replace("予算の継続・現状維持", "予算の継続"), "N001", listed)


def test_every_code_in_the_checks_is_documented() -> None:
    """docs/rules.md has a row for every code models/rules/ can give."""
    import re

    from tests.conftest import ROOT

    source = "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "models" / "rules").rglob("*.py")
    )
    emitted = set(re.findall(r'"([RBIVNPM]\d{3})"', source))
    documented = set(
        re.findall(
            r"^\| ([RBIVNPM]\d{3}) \|",
            (ROOT / "docs" / "rules.md").read_text(encoding="utf-8"),
            re.M,
        )
    )
    assert {"I017", "I026", "R009", "B011", "V009", "N002", "M001", "M002"} <= emitted
    assert emitted <= documented
