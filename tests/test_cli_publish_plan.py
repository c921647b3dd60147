"""``hyoka publish KEY --plan`` as a user runs it: the 事前分析表 in every format, its own file
names, checks that leave out what the plan does not print, 昭和 years."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.publish import document, render
from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.conftest import SEED
from tests.test_cli import KEY, hyoka


@pytest.fixture
def db(tmp_path: Path) -> Path:
    db = tmp_path / "h.db"
    done = hyoka("import", str(SEED), db=db)
    assert done.returncode == 0, done.stderr
    return db


def _set(db: Path, path: str, value: object) -> None:
    store = open_store(str(db))
    try:
        store.set_value(KEY, path, value)
    finally:
        store.close()


@pytest.mark.parametrize("fmt", ["html", "xlsx", "docx"])
def test_the_plan_in_a_folder_is_the_models_bytes(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = hyoka("publish", KEY, "--plan", "-f", fmt, "-o", str(out), db=db)
    assert done.returncode == 0, done.stderr
    written = out / f"{KEY}-plan.{fmt}"
    assert [p.name for p in out.iterdir()] == [written.name]
    assert written.read_bytes() == render(document(load_sample(), kind="plan"), fmt)
    assert written.read_bytes() != render(document(load_sample()), fmt)


def test_the_plan_as_pdf_to_a_file(db: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "plan.pdf"
    done = hyoka("publish", KEY, "--plan", "-o", str(out), db=db)
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.title == "令和３年度実施政策に係る事前分析表"
    assert "測定指標の選定理由" in reader.pages[0].extract_text()


def test_a_blank_verdict_holds_up_the_report_not_its_plan(db: Path, tmp_path: Path) -> None:
    _set(db, "verdict.category", "")
    report = hyoka("publish", KEY, "-f", "html", "-o", str(tmp_path / "r.html"), db=db)
    assert report.returncode == 1 and "V001" in report.stderr
    plan = hyoka("publish", KEY, "--plan", "-f", "html", "-o", str(tmp_path / "p.html"), db=db)
    assert plan.returncode == 0, plan.stderr
    assert "事前分析表" in (tmp_path / "p.html").read_text(encoding="utf-8")


def test_an_error_in_what_the_plan_prints_still_needs_force(db: Path, tmp_path: Path) -> None:
    _set(db, "indicator[1].target.fiscal_year", 2010)  # before its baseline year: I003
    out = tmp_path / "p.html"
    refused = hyoka("publish", KEY, "--plan", "-f", "html", "-o", str(out), db=db)
    assert refused.returncode == 1 and "I003" in refused.stderr and not out.exists()
    forced = hyoka("publish", KEY, "--plan", "-f", "html", "-o", str(out), "--force", db=db)
    assert forced.returncode == 0, forced.stderr


def test_all_plans_to_a_folder_and_plan_with_summary_refused(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "all"
    done = hyoka("publish", "--all", "--plan", "-f", "html", "-o", str(out), db=db)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in out.iterdir()] == [f"{KEY}-plan.html"]
    both = hyoka("publish", "--plan", "--summary", "-f", "csv", db=db)
    assert both.returncode == 2 and "--summary" in both.stderr and "Traceback" not in both.stderr


def test_showa_years_publish_from_the_command_line(db: Path, tmp_path: Path) -> None:
    _set(db, "indicator[1].baseline.fiscal_year", 1985)
    for extra, name in (((), "r.html"), (("--plan",), "p.html")):
        target = tmp_path / name
        done = hyoka("publish", KEY, *extra, "-f", "html", "-o", str(target), "--force", db=db)
        assert done.returncode == 0, done.stderr
        page = target.read_text(encoding="utf-8").replace('<span class="fig">', "")
        assert "【昭和60年度】" in page.replace("</span>", "")
