"""``hyoka check`` as a user runs it: ``main(argv)`` in this process, exit codes included."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import cli_main
from tests.cli_main import Ran

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "models" / "data" / "soumu-r4-08.toml"


def hyoka(*args: str, db: Path | None = None, **env: str) -> Ran:
    """``hyoka check ARGS`` in this process (tests/cli_main.py), ``env`` as variables."""
    return cli_main.hyoka("check", *args, db=db, env=env)


def seed_variant(tmp_path: Path, old: str, new: str) -> Path:
    text = SEED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "variant.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


# The seed's findings (see docs/rules.md, "The sample's suggestion").
SEED_FINDINGS = [
    ("B001", "info", "budget[2021].total"),
    ("I026", "warning", "objectives[0].means[0].review_number"),
    ("V005", "info", "verdict.category"),
    ("R005", "warning", "report.materials"),
    ("R007", "warning", "cabinet_policies[2].name"),
    ("V009", "warning", "verdict.rationale"),
    ("F014", "warning", "report.planned_evaluation"),  # the 事前分析表's, blank in the seed
    ("F015", "warning", "indicator[1].reason"),
    ("F015", "warning", "indicator[2].reason"),
]


def test_snapshot_file_checked_without_import(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    result = hyoka(str(SEED), db=db)
    assert result.returncode == 0, result.stderr
    assert "soumu-r4-08" in result.stdout
    assert "B001" in result.stdout and "budget[2021].total" in result.stdout
    assert "提案区分: 相当程度進展あり" in result.stdout
    assert (
        "うち自治体クラウド導入団体数: － 達成率（目標比）64.8% ／ 参考 基準から 44.2%"
        in result.stdout
    )
    assert "進捗に基づく" in result.stdout
    assert not db.exists()  # a snapshot is checked as it is, no database touched


def test_key_from_the_database(db_path: Path) -> None:
    result = hyoka("soumu-r4-08", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "電子自治体の推進" in result.stdout
    assert "エラー 0、警告 7、情報 2" in result.stdout


def test_all_as_json(db_path: Path) -> None:
    result = hyoka("--all", "--format", "json", db=db_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [r["key"] for r in data["reports"]] == ["soumu-r4-08"]
    report = data["reports"][0]
    assert [(f["code"], f["severity"], f["place"]) for f in report["findings"]] == SEED_FINDINGS
    assert report["suggestion"]["category"] == "相当程度進展あり"
    first = report["suggestion"]["indicators"][0]
    assert first["to_target"] == first["rate"] == pytest.approx(1404 / 1600)
    assert first["from_baseline"] == pytest.approx(337 / 533)
    assert first["parts"][0]["name"] == "うち自治体クラウド導入団体数"
    assert first["parts"][0]["to_target"] == pytest.approx(713 / 1100)
    assert report["suggestion"]["rests_on_progress"] is True
    assert report["suggestion"]["indicators"][0]["part"] == "progress"
    assert data["summary"] == {"reports": 1, "error": 0, "warning": 7, "info": 2, "unreadable": 0}


def test_json_is_stable(db_path: Path, tmp_path: Path) -> None:
    """Two databases checked afresh give the same bytes, and so does the answer the findings
    cache keeps; each run also holds the seed's findings, so a run that lost them fails."""
    fresh = [tmp_path / "a.db", tmp_path / "b.db"]
    for copy in fresh:
        shutil.copyfile(db_path, copy)
    first, second = (hyoka("--all", "--format", "json", db=path) for path in fresh)
    cached = hyoka("--all", "--format", "json", db=fresh[0])  # from a's cache, filled above
    assert first.returncode == second.returncode == cached.returncode == 0
    assert first.stdout == second.stdout == cached.stdout
    report = json.loads(first.stdout)["reports"][0]
    assert [(f["code"], f["severity"], f["place"]) for f in report["findings"]] == SEED_FINDINGS


def test_error_finding_exits_1(tmp_path: Path) -> None:
    path = seed_variant(tmp_path, "total = 431001", "total = 431005")  # a gap of 5
    result = hyoka(str(path), "--format", "json", db=tmp_path / "x.db")
    assert result.returncode == 1
    findings = json.loads(result.stdout)["reports"][0]["findings"]
    assert ("B002", "error") in {(f["code"], f["severity"]) for f in findings}


def test_warnings_pass_unless_fail_on_warning(tmp_path: Path) -> None:
    path = seed_variant(tmp_path, 'mark = "イ"', 'mark = ""')  # I016 warning
    assert hyoka(str(path), db=tmp_path / "x.db").returncode == 0
    result = hyoka(str(path), "--fail-on", "warning", db=tmp_path / "x.db")
    assert result.returncode == 1
    assert "I016" in result.stdout


def test_unknown_key_exits_1(db_path: Path) -> None:
    result = hyoka("no-such-report", db=db_path)
    assert result.returncode == 1
    assert "no-such-report" in result.stderr


def test_broken_snapshot_exits_1_with_a_readable_message(tmp_path: Path) -> None:
    path = seed_variant(tmp_path, 'criterion = "対応率100%"', 'criterio = "対応率100%"')
    result = hyoka(str(path), db=tmp_path / "x.db")
    assert result.returncode == 1
    assert "criterio" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [(), ("--format", "xml", "--all")])
def test_usage_errors_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    result = hyoka(*args, db=tmp_path / "x.db")
    assert result.returncode == 2


def test_rules_from_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[rules]\nlow_execution_ratio = 0.6\n", encoding="utf-8")
    result = hyoka(str(SEED), "--format", "json", db=tmp_path / "x.db", HYOKA_CONFIG=str(config))
    assert result.returncode == 0, result.stderr
    codes = {f["code"] for f in json.loads(result.stdout)["reports"][0]["findings"]}
    assert "B004" in codes  # 令和３年度 executed 55.3% < 60%


def test_bad_rules_in_config_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[rules]\nclose = 0.8\n", encoding="utf-8")
    result = hyoka(str(SEED), db=tmp_path / "x.db", HYOKA_CONFIG=str(config))
    assert result.returncode == 2
    assert "close" in result.stderr


def test_english(tmp_path: Path) -> None:
    result = hyoka(str(SEED), "--lang", "en", db=tmp_path / "x.db")
    assert result.returncode == 0
    assert "Suggested category: 相当程度進展あり" in result.stdout
    assert "1 report(s): 0 error(s), 7 warning(s), 2 info" in result.stdout


def test_module_is_light_at_import() -> None:
    code = (
        "import sys, tui.cli.check as c; "
        "heavy = [m for m in ('sqlmodel', 'sqlalchemy', 'textual', 'rich') if m in sys.modules]; "
        "assert not heavy, heavy; assert c.NAME == 'check'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
