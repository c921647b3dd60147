"""``hyoka import FORM.xlsx|.docx|.pdf`` and ``hyoka confirm``, through ``main(argv)``: the
report stored with where each value came from, the history naming the file and its SHA-256,
the doubtful values as M findings of ``hyoka check`` until confirmed or edited."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest

from models.snapshot.codec import read_snapshot
from models.store.store import open_store
from tests.conftest import ROOT, SEED
from tests.foreign_forms import HABITS, layout, to_xlsx
from tui.cli.main import main

FOREIGN = ROOT.parent / "shared" / "fixtures" / "foreign" / "soumu-r4-08.xlsx"
KEY = "soumu-r4-08"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _findings(capsys: pytest.CaptureFixture[str], db: Path, key: str = KEY) -> list[dict]:
    code, out, _ = run(capsys, "--db", str(db), "check", key, "--format", "json", "--no-cache")
    assert code in (0, 1)
    return json.loads(out)["reports"][0]["findings"]


def test_import_stores_the_report_and_names_the_file_in_the_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "h.db"
    code, out, err = run(capsys, "--db", str(db), "import", str(FOREIGN))
    assert code == 0, err
    assert out.startswith(f"取り込みました: {KEY}（soumu-r4-08.xlsx、SHA-256 ")
    store = open_store(str(db))
    try:
        report = store.load_report(KEY)
        first = store.history(KEY)[0]
        records = store.provenance([KEY])[KEY]
    finally:
        store.close()
    assert report.policy_name == "電子自治体の推進"
    assert report.budget.year(2021).carryover == -1582692
    digest = hashlib.sha256(FOREIGN.read_bytes()).hexdigest()
    assert (first.action, first.new) == ("import", {"file": "soumu-r4-08.xlsx", "sha256": digest})
    by_path = {r.path: r for r in records}
    assert by_path["budget[2019].initial"].source == "別紙２!E8"
    assert by_path["budget[2019].initial"].sure
    code, out, _ = run(capsys, "--db", str(db), "history", KEY)
    assert f"soumu-r4-08.xlsx から（SHA-256 {digest}）" in out


def test_doubtful_values_are_findings_until_confirmed_or_edited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "h.db"
    assert run(capsys, "--db", str(db), "import", str(FOREIGN))[0] == 0
    m = {f["place"]: f for f in _findings(capsys, db) if f["code"] == "M001"}
    assert set(m) == {
        "indicator[1].baseline.value",
        "indicator[1].target.value",
        "indicator[1].parts[0].baseline.value",
        "indicator[1].parts[0].target.value",
    }
    baseline = m["indicator[1].baseline.value"]
    assert baseline["severity"] == "warning" and baseline["indicator"] == 1
    assert "別紙２!E22" in baseline["message"] and baseline["data"]["value"] == 1067
    code, out, _ = run(capsys, "--db", str(db), "confirm", KEY, "indicator[1].baseline.value")
    assert code == 0 and "indicator[1].baseline.value" in out
    store = open_store(str(db))
    try:
        store.set_value(KEY, "indicator[1].target.value", 1700)  # looked at: edited
        assert store.history(KEY)[-2].action == "confirm"
    finally:
        store.close()
    left = {f["place"] for f in _findings(capsys, db) if f["code"] == "M001"}
    assert left == {"indicator[1].parts[0].baseline.value", "indicator[1].parts[0].target.value"}
    assert run(capsys, "--db", str(db), "confirm", KEY, "--all")[0] == 0
    assert not [f for f in _findings(capsys, db) if f["code"].startswith("M")]


def test_confirming_a_path_that_was_not_imported_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "h.db"
    run(capsys, "--db", str(db), "import", str(FOREIGN))
    code, _, err = run(capsys, "--db", str(db), "confirm", KEY, "indicator[9].name")
    assert code == 1 and "indicator[9].name" in err
    assert run(capsys, "--db", str(db), "confirm", KEY)[0] == 2


def test_dry_run_writes_nothing_and_shows_the_snapshot_and_the_provenance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "h.db"
    code, out, _ = run(
        capsys, "--db", str(db), "import", str(FOREIGN), "--dry-run", "--format", "json"
    )
    assert code == 0 and not db.exists()
    plan = json.loads(out)
    assert plan["key"] == KEY and plan["sha256"] == hashlib.sha256(FOREIGN.read_bytes()).hexdigest()
    assert plan["snapshot"]["report"]["policy_name"] == "電子自治体の推進"
    assert plan["snapshot"]["budget"]["years"][0]["carryover"] == -13745
    assert plan["provenance"]["budget[2019].carryover"] == {
        "path": "budget[2019].carryover",
        "source": "別紙２!E10",
        "sure": True,
        "reason": "",
    }
    assert plan["provenance"]["indicator[1].baseline.value"]["sure"] is False
    assert plan["doubtful"] == 4 and plan["unplaced"] == []
    code, out, _ = run(capsys, "--db", str(db), "import", str(FOREIGN), "--dry-run")
    assert code == 0 and not db.exists()
    assert "indicator[1].baseline.value" in out and 'key = "soumu-r4-08"' in out


def _form_without_number(folder: Path) -> Path:
    report = copy.deepcopy(read_snapshot(SEED))
    report.document_id = ""
    path = folder / "no-number.xlsx"
    path.write_bytes(to_xlsx(layout(report, HABITS[0]), HABITS[0]))
    return path


def test_a_form_without_a_usual_number_asks_for_a_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "h.db"
    form = _form_without_number(tmp_path)
    code, _, err = run(capsys, "--db", str(db), "import", str(form))
    assert code == 2 and "--key" in err and not db.exists()
    code, _, err = run(capsys, "--db", str(db), "import", str(form), "--key", "Bad Key")
    assert code == 2
    code, _, err = run(capsys, "--db", str(db), "import", str(form), "--key", "soumu-x")
    assert code == 0, err
    # the empty （） the form printed for the number has no place: an M002 until confirmed
    m2 = [f for f in _findings(capsys, db, "soumu-x") if f["code"] == "M002"]
    assert [f["data"]["text"] for f in m2] == ["（）"]
    assert run(capsys, "--db", str(db), "confirm", "soumu-x", m2[0]["place"])[0] == 0
    assert not [f for f in _findings(capsys, db, "soumu-x") if f["code"] == "M002"]


def test_a_file_that_is_not_a_form_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "出張旅費の精算"
    path = tmp_path / "travel.xlsx"
    book.save(path)
    db = tmp_path / "h.db"
    code, _, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 1 and "別紙２" in err and not db.exists()


def test_an_existing_key_is_replaced_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "h.db"
    assert run(capsys, "--db", str(db), "import", str(FOREIGN))[0] == 0
    code, _, err = run(capsys, "--db", str(db), "import", str(FOREIGN))
    assert code == 1 and "--replace" in err
    assert run(capsys, "--db", str(db), "import", str(FOREIGN), "--replace")[0] == 0
    store = open_store(str(db))
    try:
        replaced, source = store.history(KEY)[-2:]
    finally:
        store.close()
    assert replaced.action == "replace" and isinstance(replaced.new, str)  # the new snapshot
    assert source.action == "import" and source.new["file"] == "soumu-r4-08.xlsx"


def test_a_snapshot_replacing_an_imported_report_drops_its_provenance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "h.db"
    run(capsys, "--db", str(db), "import", str(FOREIGN))
    assert run(capsys, "--db", str(db), "import", str(SEED), "--replace")[0] == 0
    assert not [f for f in _findings(capsys, db) if f["code"].startswith("M")]


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "h.db"
    assert run(capsys, "--db", str(db), "import", str(FOREIGN), "--profile", "nosuch")[0] == 2
    assert run(capsys, "--db", str(db), "import", str(FOREIGN), "--format", "json")[0] == 2
    assert run(capsys, "--db", str(db), "import", str(FOREIGN), str(SEED))[0] == 2
    assert not db.exists()
