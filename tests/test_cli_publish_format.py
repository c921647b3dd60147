"""``publish -o NAME --format F`` (issue 24, item 5): a name whose extension says another format
is refused (exit 2, nothing written), in the language chosen; without ``--format`` the extension
chooses, and one that names no format is refused too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli_main import run

KEY = "soumu-r4-08"


@pytest.mark.parametrize(
    ("name", "given"),
    [("x.pdf", "xlsx"), ("x.xlsx", "pdf"), ("x.html", "docx"), ("x.txt", "pdf"), ("x.htm", "pdf")],
)
def test_an_extension_that_disagrees_with_format_is_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, given: str
) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / name
    ran = run(capsys, "--db", str(db_path), "publish", KEY, "--format", given, "-o", str(out))
    assert ran.code == 2, ran
    assert f"--format {given}" in ran.err and "合いません" in ran.err
    assert list((tmp_path / "out").iterdir()) == []
    english = run(
        capsys, "--lang", "en", "--db", str(db_path), "publish", KEY, "-f", given, "-o", str(out)
    )
    assert english.code == 2 and "does not match" in english.err
    assert not re.search(r"[ぁ-んァ-ヶ一-龠]", english.err)


def test_without_format_the_extension_chooses_or_is_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "x.xlsx"
    assert run(capsys, "--db", str(db_path), "publish", KEY, "-o", str(book)).code == 0
    assert book.read_bytes()[:2] == b"PK"  # a zip: the Excel book
    page = tmp_path / "x.htm"
    assert run(capsys, "--db", str(db_path), "publish", KEY, "-o", str(page)).code == 0
    assert page.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    agreed = tmp_path / "y.html"
    ran = run(capsys, "--db", str(db_path), "publish", KEY, "-f", "html", "-o", str(agreed))
    assert ran.code == 0 and agreed.is_file()
    text = tmp_path / "x.txt"
    refused = run(capsys, "--db", str(db_path), "publish", KEY, "-o", str(text))
    assert refused.code == 2 and ".txt" in refused.err and "--format" in refused.err
    assert not text.exists()


def test_a_folder_has_no_say(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out.pdf"  # a folder that happens to look like a file name
    folder.mkdir()
    ran = run(capsys, "--db", str(db_path), "publish", KEY, "-f", "html", "-o", str(folder))
    assert ran.code == 0, ran.err
    assert (folder / f"{KEY}.html").is_file()


def test_the_summary_refuses_a_disagreeing_name_too(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "list.xlsx"
    ran = run(capsys, "--db", str(db_path), "publish", "--summary", "-f", "csv", "-o", str(out))
    assert ran.code == 2 and "合いません" in ran.err and not out.exists()
