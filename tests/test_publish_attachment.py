"""The report inside its PDF: every published PDF carries its hyoka/1 snapshot as an attached
file, and ``hyoka import REPORT.pdf`` reads it back — the same report, byte for byte on export;
a PDF without hyoka's attachment is refused with a message saying so."""

from __future__ import annotations

from pathlib import Path

import typst
from pypdf import PdfReader

from models.publish import document, render
from models.publish.attachment import attached_snapshot
from models.snapshot.codec import dumps_snapshot
from models.snapshot.sample import load_sample
from tests.conftest import SEED
from tests.plan_reports import plan_report
from tests.test_cli import KEY, hyoka


def test_the_report_and_its_plan_carry_the_snapshot(tmp_path: Path) -> None:
    for name, report, kind in (("r", load_sample(), "report"), ("p", plan_report(), "plan")):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(render(document(report, kind=kind), "pdf"))
        attachments = PdfReader(path).attachments
        assert list(attachments) == [f"{report.key}.toml"]
        assert attached_snapshot(path) == dumps_snapshot(report)


def test_publish_then_import_gives_the_same_report_byte_for_byte(
    db_path: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "評価書.pdf"
    done = hyoka("publish", KEY, "-o", str(pdf), db=db_path)
    assert done.returncode == 0, done.stderr
    other = tmp_path / "other.db"
    done = hyoka("import", str(pdf), db=other)
    assert done.returncode == 0, done.stderr
    assert KEY in done.stdout
    exported = hyoka("export", KEY, db=other)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.encode("utf-8") == SEED.read_bytes()


def test_a_pdf_without_hyokas_attachment_is_read_as_a_form(tmp_path: Path) -> None:
    """Without the snapshot, a PDF is a ministry's form to read by its labels (models/foreign);
    one with none of the form's labels is refused as not a 別紙２."""
    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes(typst.compile(b'#set text(lang: "ja")\nHello', format="pdf"))
    done = hyoka("import", str(foreign), db=tmp_path / "x.db")
    assert done.returncode == 1
    assert "別紙２の様式ではありません" in done.stderr and "foreign.pdf" in done.stderr
    english = hyoka("--lang", "en", "import", str(foreign), db=tmp_path / "x.db")
    assert "not a 別紙２ form" in english.stderr
    assert not (tmp_path / "x.db").exists()  # nothing to import: no database made


def test_a_file_that_is_not_a_pdf_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    done = hyoka("import", str(broken), db=tmp_path / "x.db")
    assert done.returncode == 1 and "broken.pdf" in done.stderr
    assert "Traceback" not in done.stderr
