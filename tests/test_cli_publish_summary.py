"""``hyoka publish --summary`` as a user runs it: the 評価結果一覧 as CSV or xlsx, exit codes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.test_cli import hyoka

ROW = "総務省,8,電子自治体の推進,目標達成,Ⅲ　予算の継続・現状維持,"


def test_csv_to_stdout_filtered_by_year_and_ministry(db_path: Path) -> None:
    done = hyoka("publish", "--summary", "--year", "令和３年度", "--ministry", "総務省", db=db_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "\ufeff府省名,政策番号,政策名,測定結果,予算要求,担当部局課室名"  # BOM
    assert lines[1].startswith(ROW) and len(lines) == 2
    other = hyoka("publish", "--summary", "--year", "2020", db=db_path)
    assert other.returncode == 0 and other.stdout.splitlines()[1:] == []


def test_xlsx_to_a_file_and_no_overwrite_without_force(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "一覧.xlsx"
    done = hyoka("publish", "--summary", "-o", str(out), db=db_path)
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and sheet.cell(3, 3).value == "電子自治体の推進"
    before = out.read_bytes()
    again = hyoka("publish", "--summary", "-o", str(out), "--ministry", "財務省", db=db_path)
    assert again.returncode == 1 and "--force" in again.stderr
    assert out.read_bytes() == before
    forced = hyoka(
        "publish", "--summary", "-o", str(out), "--force", "--ministry", "財務省", db=db_path
    )
    assert forced.returncode == 0 and out.read_bytes() != before


@pytest.mark.parametrize(
    "args",
    [
        ("publish", "--summary", "--format", "xlsx"),  # xlsx needs -o
        ("publish", "--summary", "soumu-r4-08"),  # no KEYs with --summary
        ("publish", "--summary", "--format", "pdf"),
        ("publish", "--summary", "--year", "昭和60年度"),
        ("publish", "soumu-r4-08", "--format", "csv"),  # csv is for the summary
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], db_path: Path) -> None:
    done = hyoka(*args, db=db_path)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and done.stderr.startswith("hyoka: ")
