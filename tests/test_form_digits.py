"""One style of numbers in Japanese text (issue 24, item 11): the form's — one digit full-width
(測定指標１, 施策目標１), two or more half-width (測定指標12) — in every finding, explanation and
place, through one helper (models.report.places.form_number)."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import HealthCheck, given, settings

from models.i18n import set_language
from models.report.places import form_number, form_numbers, place_label
from models.rules.check import check_report
from models.rules.suggest.explain import explain
from models.rules.suggest.verdict import suggest_verdict
from models.snapshot.sample import load_sample
from tests.strategies import reports

NUMBERED = "測定指標|施策目標|施策手段|内閣の重要政策|作成責任者"
# a single half-width digit, or full-width digits run together, after a numbered word
MIXED = re.compile(rf"(?:{NUMBERED})(?:[0-9](?![0-9])|[０-９]{{2}})|[０-９]行目|（[0-9]番目）")


def _texts(report) -> list[str]:  # type: ignore[no-untyped-def]
    findings = check_report(report)
    return [
        *(f.message for f in findings),
        *(place_label(f.place) for f in findings),
        explain(suggest_verdict(report)),
    ]


def test_the_helper() -> None:
    assert [form_number(n) for n in (1, 9, 10, 12, 100)] == ["１", "９", "10", "12", "100"]
    assert form_numbers([1, 2, 12]) == "１、２、12"
    set_language("en")
    assert form_number(1) == "1" and form_numbers([1, 2]) == "1, 2"


def test_the_seeds_findings_write_numbers_as_the_form() -> None:
    report = load_sample()
    first = report.objectives[0].indicators[0]
    report.objectives[0].indicators[0] = replace(first, mark="")
    texts = _texts(report)
    assert any("測定指標１の達成欄が空欄です" in t for t in texts), texts
    assert not [t for t in texts if MIXED.search(t)]
    assert any("測定指標１、２" in t for t in texts)  # R005: several numbers, one style


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports)
def test_no_finding_mixes_digit_widths(report) -> None:  # type: ignore[no-untyped-def]
    set_language("ja")
    texts = _texts(report)  # check_report never raises on a generated report
    mixed = [t for t in texts if MIXED.search(t)]
    assert not mixed, mixed
