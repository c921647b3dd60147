"""``hyoka publish KEY -o FILE.xlsx|.docx`` as a user runs it: the files open in their readers."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from models.printed import printed_document
from models.publish import docx as publish_docx
from models.publish import xlsx
from models.snapshot.sample import load_sample
from tests.test_cli import KEY, hyoka


def test_publish_xlsx_and_docx_by_suffix(db_path: Path, tmp_path: Path) -> None:
    for ext, module in (("xlsx", xlsx), ("docx", publish_docx)):
        out = tmp_path / f"評価書.{ext}"
        done = hyoka("publish", KEY, "-o", str(out), db=db_path)
        assert done.returncode == 0, done.stderr
        assert out.read_bytes() == module.render(printed_document(load_sample()))
    sheet = openpyxl.load_workbook(tmp_path / "評価書.xlsx").active
    assert sheet is not None and sheet.title == "評価書"
    document = docx.Document(str(tmp_path / "評価書.docx"))
    assert document.paragraphs[0].text == "主要な政策に係る評価書（令和３年度実施政策）"
