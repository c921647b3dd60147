"""``hyoka publish --summary`` as a user runs it: the 評価結果一覧 as CSV or xlsx, exit codes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.test_cli import hyoka

ROW = "総務省,総務省R4－⑧,令和３年度,8,電子自治体の推進,目標達成,Ⅲ　予算の継続・現状維持,"


def test_csv_to_stdout_filtered_by_year_and_ministry(db_path: Path) -> None:
    done = hyoka("publish", "--summary", "--year", "令和３年度", "--ministry", "総務省", db=db_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    header = "府省名,評価書番号,評価対象年度,政策番号,政策名,測定結果,予算要求,担当部局課室名"
    assert lines[0] == "\ufeff" + header  # BOM
    assert lines[1].startswith(ROW) and len(lines) == 2
    other = hyoka("publish", "--summary", "--year", "2020", db=db_path)
    assert other.returncode == 0 and other.stdout.splitlines()[1:] == []


def test_xlsx_to_a_file_and_no_overwrite_without_force(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "一覧.xlsx"
    done = hyoka("publish", "--summary", "-o", str(out), db=db_path)
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and sheet.cell(3, 5).value == "電子自治体の推進"
    assert sheet.cell(1, 1).value == "評価結果一覧（令和３年度実施政策）"  # the year named
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
        ("publish", "--summary", "--format", "pdf"),  # pdf needs -o
        ("publish", "--summary", "--year", "昭和60年度"),
        ("publish", "soumu-r4-08", "--format", "csv"),  # csv is for the summary
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], db_path: Path) -> None:
    done = hyoka(*args, db=db_path)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and done.stderr.startswith("hyoka: ")


def test_pdf_names_the_year_and_lists_in_the_governments_order(
    db_path: Path, tmp_path: Path
) -> None:
    from models.report.model import Report, Verdict
    from models.store.store import open_store
    from tests.pdf_reading import read_pdf, reading_order

    store = open_store(str(db_path))
    for key, ministry in (("t", "テスト省"), ("m", "国土交通省"), ("c", "内閣府")):
        store.import_report(
            Report(
                key,
                ministry=ministry,
                policy_name=f"{ministry}の政策",
                evaluated_fiscal_year=2021,
                verdict=Verdict("目標達成"),
            )
        )
    store.close()
    out = tmp_path / "一覧.pdf"
    done = hyoka("publish", "--summary", "--year", "2021", "-o", str(out), db=db_path)
    assert done.returncode == 0, done.stderr
    text = reading_order(read_pdf(out))
    assert text.startswith("評価結果一覧（令和３年度実施政策）")
    flat = text.replace("\n", "")
    for label in ("府省名", "評価書番号", "評価対象年度", "政策名", "測定結果", "予算要求"):
        assert label in flat
    order = [flat.find(f"{m}の政策") for m in ("内閣府", "総務省", "国土交通省", "テスト省")]
    order[1] = flat.find("電子自治体の推進")
    assert order == sorted(order) and -1 not in order
