"""``hyoka calendar`` (issue 26 item 2): per policy, its evaluation and monitoring years from the
reports and their 政策評価実施予定時期, and what is due this fiscal year, in text, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from models.report.cycle import planned_year
from models.services.evaluation_calendar import fiscal_year_of
from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.cli_main import run

KEY = "soumu-r4-08"


@pytest.fixture
def cycle_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The sample (evaluation, 2021), its monitoring year 2022 planning the next evaluation in
    令和８年８月 (on 2025), and another ministry's policy with one report on 2022."""
    done = run(capsys, "rollover", KEY, "--to", "2022", "--monitoring", "--db", str(db_path))
    assert done.code == 0, done.err
    other = load_sample()
    other.key, other.ministry, other.policy_number = "mext-r5-03", "文部科学省", 3
    other.evaluated_fiscal_year = 2022
    store = open_store(str(db_path))
    try:
        store.set_value("soumu-r5-08", "report.planned_evaluation", "令和８年８月頃")
        store.import_report(other)
    finally:
        store.close()
    return db_path


def _json(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> dict:  # type: ignore[type-arg]
    done = run(capsys, "calendar", "--format", "json", "--db", str(db), *argv)
    assert done.code == 0, done.err
    return json.loads(done.out)  # type: ignore[no-any-return]


def test_years_of_a_chain_and_its_plan(cycle_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = _json(capsys, cycle_db, "--today", "2024-06-01")
    assert (found["fiscal_year"], found["due_year"]) == (2024, 2023)
    assert found["years"] == [2021, 2022, 2023, 2024, 2025]
    soumu, mext = sorted(found["policies"], key=lambda p: p["ministry"] != "総務省")
    assert soumu["keys"] == [KEY, "soumu-r5-08"]
    assert [(y["fiscal_year"], y["stage"], y["planned"], y["key"]) for y in soumu["years"]] == [
        (2021, "evaluation", False, KEY),
        (2022, "monitoring", False, "soumu-r5-08"),
        (2023, "monitoring", True, ""),
        (2024, "monitoring", True, ""),
        (2025, "evaluation", True, ""),
    ]
    assert soumu["due"] == {"fiscal_year": 2023, "stage": "monitoring", "planned": True, "key": ""}
    assert mext["keys"] == ["mext-r5-03"] and mext["due"] is None  # nothing planned there


def test_what_is_due_follows_today(cycle_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    on = {day: _json(capsys, cycle_db, "--today", day) for day in ("2023-05-01", "2027-03-31")}
    soumu = {
        day: next(p for p in f["policies"] if p["ministry"] == "総務省") for day, f in on.items()
    }
    assert soumu["2023-05-01"]["due"]["key"] == "soumu-r5-08"  # FY2023 makes 2022's monitoring
    assert soumu["2027-03-31"]["due"]["stage"] == "evaluation"  # FY2026: the planned evaluation
    text = run(capsys, "calendar", "--today", "2026-04-01", "--db", str(cycle_db))
    assert text.code == 0, text.err
    assert "令和８年度（2026-04-01）: 今年度は令和７年度実施政策" in text.out
    assert "評価（未作成）" in text.out and "（評価）" in text.out and "モニ" in text.out


def test_ministry_years_and_csv(cycle_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(cycle_db)
    argv = ("calendar", "--ministry", "総務省", "--from", "R4", "--to", "2023", "--today")
    done = run(capsys, *argv, "2023-05-01", "--format", "csv", "--db", db)
    assert done.code == 0, done.err
    rows = list(csv.reader(io.StringIO(done.out)))
    assert rows == [
        ["府省", "政策", "令和４年度", "令和５年度", "今年度（令和４年度）"],
        [
            "総務省",
            "8：電子自治体の推進",
            "モニタリング",
            "（モニタリング）",
            "モニタリング（soumu-r5-08）",
        ],
    ]
    english = run(capsys, *argv, "2023-05-01", "--format", "csv", "--lang", "en", "--db", db)
    assert list(csv.reader(io.StringIO(english.out)))[1][2:] == [
        "monitoring",
        "(monitoring)",
        "monitoring (soumu-r5-08)",
    ]
    assert _json(capsys, cycle_db, "--ministry", "外務省")["policies"] == []
    backwards = run(capsys, "calendar", "--from", "2024", "--to", "2023", "--db", db)
    assert backwards.code == 2 and "--from" in backwards.err


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("令和４年８月", 2021),
        ("2022-08", 2021),
        ("令和５年１月", 2021),  # January 2023 is in fiscal year 2022
        ("令和５年度", 2022),
        ("R6年8月頃", 2023),
        ("未定", None),
        ("", None),
    ],
)
def test_the_planned_evaluation_as_an_evaluated_year(text: str, year: int | None) -> None:
    assert planned_year(text) == year


def test_the_fiscal_year_starts_in_april() -> None:
    assert fiscal_year_of(date(2027, 3, 31)) == 2026 and fiscal_year_of(date(2027, 4, 1)) == 2027


def test_ministries_in_the_governments_order(
    cycle_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """総務省 before 文部科学省, the government's order, though 文 sorts first by code point."""
    found = _json(capsys, cycle_db, "--today", "2024-06-01")
    assert "文部科学省" < "総務省"
    assert [p["ministry"] for p in found["policies"]] == ["総務省", "文部科学省"]
