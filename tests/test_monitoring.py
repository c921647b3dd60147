"""A monitoring year (issue 26 item 1): ``hyoka rollover KEY --to FY --monitoring`` starts one; it
asks for no verdict, analysis or 次期目標等, and publishes as the モニタリング結果 — the plan's
columns with the year's actuals and marks — in every format."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

from models.publish import document
from models.report.model import Report
from models.rules.check import check_report
from models.services.rollover import roll_over
from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.cli_main import run

KEY = "soumu-r4-08"
NEW = "soumu-r5-08"


def _stored(db: Path, key: str) -> Report:
    store = open_store(str(db))
    try:
        return store.load_report(key)
    finally:
        store.close()


def _codes(capsys: pytest.CaptureFixture[str], db: Path, key: str) -> set[str]:
    done = run(capsys, "check", key, "--format", "json", "--db", str(db))
    result = json.loads(done.out)["reports"][0]
    assert result.get("stage", "evaluation") == _stored(db, key).stage
    return {f["code"] for f in result["findings"]}


def test_rollover_monitoring_is_stored_and_asks_for_no_verdict(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(db_path)
    done = run(capsys, "rollover", KEY, "--to", "2022", "--monitoring", "--db", db)
    assert done.code == 0, done.err
    assert "モニタリングの年度です" in done.out
    assert _stored(db_path, NEW).stage == "monitoring"
    assert _stored(db_path, KEY).stage == "evaluation"  # the source is not changed
    codes = _codes(capsys, db_path, NEW)
    assert not {c for c in codes if c[0] in "VN"}
    assert not codes & {"F009", "F010", "F011", "F012"}
    assert "I013" in codes  # the year's blank actual is still asked for
    text = run(capsys, "check", NEW, "--db", db)
    assert "モニタリングの年度です: 測定結果・政策の分析・次期目標等は求められません" in text.out

    evaluation = run(capsys, "rollover", KEY, "--to", "2022", "--key", "eval-r5", "--db", db)
    assert evaluation.code == 0, evaluation.err
    assert _stored(db_path, "eval-r5").stage == "evaluation"
    assert {"V001", "V003", "V008", "F009"} <= _codes(capsys, db_path, "eval-r5")


def test_monitoring_publishes_in_every_format_without_force(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    db = str(db_path)
    assert run(capsys, "rollover", KEY, "--to", "2022", "--monitoring", "--db", db).code == 0
    assert run(capsys, "rollover", KEY, "--to", "2022", "--key", "e", "--db", db).code == 0
    refused = run(capsys, "publish", "e", "-f", "html", "-o", str(tmp_path / "e.html"), "--db", db)
    assert refused.code == 1 and "V001" in refused.err  # an evaluation needs its verdict
    title = "令和４年度実施政策に係る事前分析表（モニタリング結果）"
    for fmt in ("pdf", "html", "xlsx", "docx"):
        out = tmp_path / f"m.{fmt}"
        done = run(capsys, "publish", NEW, "-f", fmt, "-o", str(out), "--db", db)
        assert done.code == 0, done.err
    pdf = PdfReader(tmp_path / "m.pdf")
    assert pdf.metadata is not None and pdf.metadata.title == title
    text = "".join(page.extract_text() for page in pdf.pages).replace("\n", "").replace(" ", "")
    assert "（46／46）" in text and "測定指標の選定理由" in text  # actuals beside the plan
    assert "目標達成度合いの測定結果" not in text
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert title in html and "年度ごとの実績（値）" in html and "判断根拠" not in html
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").active
    assert sheet is not None and sheet.title == "モニタリング結果"
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert any("（46／46）" in c for c in cells) and "目標達成基準" in cells
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "m.docx")).paragraphs]
    assert title in paragraphs


def test_the_monitoring_table_carries_marks_and_the_plans_columns() -> None:
    report = roll_over(load_sample(), 2022, stage="monitoring").report
    report.indicators()[0].mark = "イ"
    doc = document(report)
    assert doc.kind == "monitoring"
    tables = [b for s in doc.sections for b in s.blocks if hasattr(b, "cells")]
    first = tables[0]
    assert first.header[0] == "施策目標"
    strings = [text for s in doc.sections for text in s.strings()]
    assert "達成（※３）" in strings and "イ" in strings
    assert "年度ごとの目標（値）及び実績（値）" in strings
    assert any(s.startswith("※３") or "凡例「イ」" in s for s in strings)
    assert not [f for f in check_report(report) if f.code.startswith(("V", "N"))]


def test_the_summary_lists_evaluations_not_monitoring_years() -> None:
    from models.publish.summary import summary_rows

    sample = load_sample()
    monitoring = roll_over(sample, 2022, stage="monitoring").report
    evaluation = roll_over(sample, 2022, key="next-eval").report
    evaluation.document_id = "総務省R5－⑧（評価）"
    numbers = [row.document_id for row in summary_rows([sample, monitoring, evaluation])]
    assert numbers == ["総務省R4－⑧", "総務省R5－⑧（評価）"]
