"""The 新旧対照表 of the 事前分析表 (issue 26 item 5): ``hyoka publish KEY --plan-changes`` in every
format, each changed item with 旧 (the fixed plan), 新 (now) and its reason; none without a fixed
plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models.printed.blocks import Table
from models.printed.plan_changes import plan_changes_document
from models.publish import PublishError, document, render
from models.report.model import Report
from models.report.plan import fixed_plan
from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.cli_main import run
from tests.pdf_reading import read_pdf, reading_order

KEY = "soumu-r4-08"
REASON = "要望の性質が変わり、基準を見直した。"


def _moved() -> Report:
    """The sample, its plan fixed, then the うち target, a yearly target and a criterion moved."""
    report = load_sample()
    report.plan = fixed_plan(report, date(2021, 4, 1))
    report.indicator(1).parts[0].target.value = 900
    two = report.indicator(2)
    two.year(2021).target = 90
    two.criterion = "90%以上"
    two.change_reason = REASON
    return report


def _rows(report: Report) -> list[tuple[str, ...]]:
    doc = plan_changes_document(report)
    (table,) = [b for s in doc.sections for b in s.blocks if isinstance(b, Table)]
    return [tuple(c.text for c in row) for row in table.grid]


def test_each_changed_item_old_new_and_reason() -> None:
    rows = _rows(_moved())
    assert rows[0] == ("変更箇所", "旧（事前分析表確定時）", "新（現在）", "変更理由")
    assert rows[1] == (
        "測定指標１　クラウド導入市区町村数\nうち自治体クラウド導入団体数の目標（値）",
        "約1,100団体",
        "約900団体",
        "－",
    )
    assert rows[2][1:] == ("100%（対応率100%）", "90%（対応率100%）", REASON)
    assert rows[2][0].endswith("年度ごとの目標（値）（令和３年度）")
    assert rows[3][1:] == ("対応率100%", "90%以上", REASON)
    assert len(rows) == 4
    doc = plan_changes_document(_moved())
    assert doc.kind == "plan_changes"
    assert doc.title == "令和３年度実施政策に係る事前分析表　新旧対照表"


def test_a_plan_without_changes_says_so_and_no_plan_has_no_table() -> None:
    report = load_sample()
    report.plan = fixed_plan(report, date(2021, 4, 1))
    assert _rows(report)[1:] == [("事前分析表の確定後の変更はありません。",)]
    with pytest.raises(PublishError, match="確定されていない"):
        document(load_sample(), kind="plan_changes")


@pytest.mark.parametrize("fmt", ["pdf", "html", "xlsx", "docx"])
def test_every_format_from_the_command_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, fmt: str
) -> None:
    db = ["--db", str(db_path)]
    out = tmp_path / "out"
    out.mkdir()
    refused = run(capsys, *db, "publish", KEY, "--plan-changes", "-f", fmt, "-o", str(out))
    assert refused.code == 1 and "hyoka plan fix" in refused.err  # the plan is not fixed
    store = open_store(str(db_path))
    try:
        store.import_report(_moved(), replace=True)
    finally:
        store.close()
    done = run(capsys, *db, "publish", KEY, "--plan-changes", "-f", fmt, "-o", str(out))
    assert done.code == 0, done.err
    written = out / f"{KEY}-plan-changes.{fmt}"
    assert [p.name for p in out.iterdir()] == [written.name]
    if fmt == "pdf":
        text = reading_order(read_pdf(written))
        assert "新旧対照表" in text and "約1,100団体" in text and "約900団体" in text
        assert "90%以上" in text
    else:
        assert written.read_bytes() == render(document(_moved(), kind="plan_changes"), fmt)
        assert written.read_bytes() != render(document(_moved(), kind="plan"), fmt)
    both = run(capsys, *db, "publish", KEY, "--plan", "--plan-changes", "-o", str(out))
    assert both.code == 2
