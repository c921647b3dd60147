"""The 評価書の要旨 (issue 25, item 10): the one-page summary published with each report, from
the report's own texts or the evaluator's shorter ones (``[gist]``), in every format; ``hyoka
check`` warns (G001) when it would not fit one page, counting the pages as the PDF lays them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document as WordDocument
from openpyxl import load_workbook
from pypdf import PdfReader

from models.printed import gist_sections
from models.publish.gist_fit import gist_findings, gist_pages
from models.report.model import Gist, Report
from models.snapshot.codec import dumps_snapshot, loads_snapshot
from models.snapshot.sample import load_sample
from tests.cli_main import run
from tests.test_cli import KEY

SHORT = Gist(
    objectives="便利で効率的な電子自治体を実現する。",
    rationale="主要な測定指標が目標を達成したため「目標達成」とした。",
    analysis="クラウド導入と新規要望への対応が進んだ。",
    next_steps="指標１を削除し、オンライン利用率の指標を設定する。",
)


def _texts(report: Report) -> dict[str, str]:
    return {s.name: "\n".join(s.strings()) for s in gist_sections(report)}


def test_blank_parts_print_the_reports_own_text() -> None:
    report = load_sample()
    texts = _texts(report)
    assert report.objectives[0].text in texts["objectives"]
    assert report.verdict.category in texts["verdict"]
    assert report.verdict.rationale.split("\n")[0] in texts["verdict"]
    assert report.verdict.analysis.split("\n")[-1] in texts["analysis"]
    assert report.next_steps.measures.split("\n")[0] in texts["next_steps"]
    assert report.policy_name in texts["policy"]
    assert "（総務省R4－⑧）" in texts["title"]
    assert "評価書の要旨" in texts["title"]


def test_shorter_texts_replace_the_reports_own_where_written() -> None:
    report = replace(load_sample(), gist=replace(SHORT, objectives=""))
    texts = _texts(report)
    assert SHORT.rationale in texts["verdict"]
    assert report.verdict.rationale.split("\n")[0] not in texts["verdict"]
    assert texts["analysis"].endswith(SHORT.analysis)
    assert SHORT.next_steps in texts["next_steps"]
    assert report.objectives[0].text in texts["objectives"]  # blank: the report's own


def test_the_gist_round_trips_in_the_snapshot() -> None:
    report = replace(load_sample(), gist=SHORT)
    text = dumps_snapshot(report)
    assert "\n[gist]\n" in text
    assert loads_snapshot(text) == report
    assert "[gist]" not in dumps_snapshot(load_sample())  # absent when nothing is written


@pytest.mark.parametrize("fmt", ["pdf", "html", "xlsx", "docx"])
def test_publish_gist_in_every_format(
    fmt: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path)
    ran = run(capsys, "--db", str(db_path), "publish", KEY, "--gist", "-f", fmt, "-o", out)
    assert ran.code == 0, ran.err
    written = tmp_path / f"{KEY}-gist.{fmt}"
    if fmt == "pdf":
        reader = PdfReader(written)
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
        assert "評価書の要旨" in text and "電子自治体の推進" in text
    elif fmt == "html":
        text = written.read_text(encoding="utf-8")
        assert "評価書の要旨" in text and "目標達成度合いの測定結果" in text
    elif fmt == "xlsx":
        sheet = load_workbook(written).active
        assert sheet.title == "要旨"
        values = {str(c.value) for row in sheet.iter_rows() for c in row if c.value}
        assert "評価書の要旨" in values and "目標達成度合いの測定結果" in values
    else:
        tables = WordDocument(str(written)).tables
        assert len(tables) == 1  # the 要旨 is one frame, as the form
        cells = {c.text for row in tables[0].rows for c in row.cells}
        assert "目標達成度合いの測定結果" in cells


def test_gist_and_plan_are_one_document_at_a_time(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    ran = run(capsys, "--db", str(db_path), "publish", KEY, "--gist", "--plan", "-o", str(out))
    assert ran.code == 2
    assert "--gist" in ran.err and "--plan" in ran.err
    assert list(out.iterdir()) == []


def _long(report: Report) -> Report:
    analysis = "\n".join([report.verdict.analysis] * 3)
    return replace(report, verdict=replace(report.verdict, analysis=analysis))


def test_pages_are_counted_as_the_pdf_lays_them(tmp_path: Path) -> None:
    from models.publish import document, render

    for report in (load_sample(), _long(load_sample())):
        path = tmp_path / "g.pdf"
        path.write_bytes(render(document(report, kind="gist"), "pdf"))
        assert len(PdfReader(path).pages) == gist_pages(report)
    assert gist_pages(_long(load_sample())) >= 2


def test_check_warns_when_the_gist_does_not_fit_and_a_short_text_cures_it() -> None:
    assert gist_findings(load_sample()) == []
    long = _long(load_sample())
    (found,) = gist_findings(long)
    assert (found.code, found.severity, found.place) == ("G001", "warning", "gist")
    assert found.data["pages"] == gist_pages(long)
    cured = replace(long, gist=replace(Gist(), analysis=SHORT.analysis))
    assert gist_findings(cured) == []


def test_hyoka_check_names_g001(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    snapshot = tmp_path / "long.toml"
    snapshot.write_text(dumps_snapshot(_long(load_sample())), encoding="utf-8")
    ran = run(capsys, "check", str(snapshot), "--format", "json")
    codes = [f["code"] for r in json.loads(ran.out)["reports"] for f in r["findings"]]
    assert "G001" in codes
    text = run(capsys, "check", str(snapshot))
    assert "G001" in text.out and "評価書の要旨" in text.out
    sample = tmp_path / "sample.toml"
    sample.write_text(dumps_snapshot(load_sample()), encoding="utf-8")
    assert "G001" not in run(capsys, "check", str(sample), "--format", "json").out


def test_a_monitoring_year_has_no_gist(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A monitoring year asks for no verdict: publishing its 要旨 is refused, exit 1, nothing
    written, and the TUI does not offer it (models.publish.KINDS)."""
    from models.publish import KINDS

    db = str(db_path)
    assert run(capsys, "--db", db, "rollover", KEY, "--to", "2022", "--monitoring").code == 0
    out = tmp_path / "out"
    out.mkdir()
    ran = run(capsys, "--db", db, "publish", "soumu-r5-08", "--gist", "-o", str(out))
    assert ran.code == 1
    assert "モニタリングの年" in ran.err
    assert list(out.iterdir()) == []
    monitoring = replace(load_sample(), stage="monitoring")
    assert not KINDS["gist"].offered(monitoring)
    assert KINDS["gist"].offered(load_sample())
