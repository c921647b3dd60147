"""``hyoka rollover`` and ``hyoka list --chain`` as a user runs them (issue 14, done means)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from models.store.store import open_store
from tests.conftest import SEED
from tests.test_cli import hyoka

KEY = "soumu-r4-08"


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "roll.db"
    result = hyoka("import", str(SEED), db=db)
    assert result.returncode == 0, result.stderr
    return db


def _export(key: str, db: Path) -> str:
    result = hyoka("export", key, db=db)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_sample_rolled_over_to_2022(tmp_path: Path) -> None:
    db = _db(tmp_path)
    source = _export(KEY, db)
    result = hyoka("rollover", KEY, "--to", "2022", db=db)
    assert result.returncode == 0, result.stderr
    assert "soumu-r5-08 を作りました（soumu-r4-08 から繰越し、令和４年度）" in result.stdout
    assert "予算額・執行額の列: 2020〜2023年度" in result.stdout
    # the seed's 次期目標等 drops indicator 1 (drop_next in the sample): roll-over applies it
    assert "除いた測定指標１: クラウド導入市区町村数（次期目標等で削除）" in result.stdout

    new = tomllib.loads(_export("soumu-r5-08", db))
    old = tomllib.loads(source)
    assert new["report"]["evaluated_fiscal_year"] == 2022
    assert new["report"]["predecessor"] == KEY
    assert [y["fiscal_year"] for y in new["budget"]["years"]] == [2020, 2021, 2022, 2023]
    assert new["budget"]["years"][:3] == old["budget"]["years"][1:]  # the figures kept
    assert new["budget"]["years"][3] == {"fiscal_year": 2023}
    assert "verdict" not in new and "next_steps" not in new
    indicators = [i for o in new["objectives"] for i in o["indicators"]]
    old_indicators = [i for o in old["objectives"] for i in o["indicators"]]
    kept = [i["number"] for i in old_indicators if not i.get("drop_next")]
    assert [i["number"] for i in indicators] == kept == [2]
    for indicator in indicators:
        assert "mark" not in indicator
        assert any(y["fiscal_year"] == 2022 for y in indicator["years"])
        for part in indicator.get("parts", []):
            assert any(y["fiscal_year"] == 2022 for y in part["years"])

    again = hyoka("rollover", KEY, "--to", "2022", db=db)
    assert again.returncode == 1
    assert "soumu-r5-08 は既にあります" in again.stderr
    assert _export(KEY, db) == source  # the source is untouched, byte for byte

    chain = hyoka("list", "--chain", "soumu-r5-08", db=db)  # piped: TSV
    assert chain.returncode == 0, chain.stderr
    assert chain.stdout.splitlines() == [
        "\tsoumu-r4-08\t2021\t目標達成\t",
        "▶\tsoumu-r5-08\t2022\t\tsoumu-r4-08",
    ]

    history = hyoka("history", "soumu-r5-08", db=db)
    assert history.returncode == 0, history.stderr
    (first,) = history.stdout.splitlines()
    assert "繰越し" in first and first.endswith("soumu-r4-08 から繰越し")


def test_nothing_left_out_when_no_indicator_is_dropped(tmp_path: Path) -> None:
    source = tmp_path / "kept.toml"
    text = SEED.read_text(encoding="utf-8")
    assert text.count("drop_next = true\n") == 1
    source.write_text(text.replace("drop_next = true\n", ""), encoding="utf-8")
    db = tmp_path / "kept.db"
    assert hyoka("import", str(source), db=db).returncode == 0
    result = hyoka("rollover", KEY, "--to", "2022", db=db)
    assert result.returncode == 0, result.stderr
    assert "除いた測定指標はありません" in result.stdout


def test_refusals_exit_1_and_change_nothing(tmp_path: Path) -> None:
    db = _db(tmp_path)
    for year in ("2021", "令和2年度"):
        result = hyoka("rollover", KEY, "--to", year, db=db)
        assert result.returncode == 1
        assert "評価対象年度（2021）より後に" in result.stderr
    missing = hyoka("rollover", "no-such", "--to", "2022", db=db)
    assert missing.returncode == 1 and "no-such" in missing.stderr
    taken = hyoka("rollover", KEY, "--to", "2022", "--key", KEY, db=db)
    assert taken.returncode == 1 and f"{KEY} は既にあります" in taken.stderr
    bad = hyoka("rollover", KEY, "--to", "来年", db=db)
    assert bad.returncode == 2
    store = open_store(str(db))
    try:
        assert store.keys() == [KEY] and len(store.history()) == 1
    finally:
        store.close()


def test_a_dropped_indicator_is_left_out_and_named(tmp_path: Path) -> None:
    db = _db(tmp_path)
    store = open_store(str(db))
    store.set_value(KEY, "indicator[1].drop_next", True)
    name = store.load_report(KEY).indicator(1).name
    store.close()
    result = hyoka("rollover", KEY, "--to", "R4", "--key", "soumu-next", "--lang", "en", db=db)
    assert result.returncode == 0, result.stderr
    assert "created soumu-next (rolled over from soumu-r4-08, fiscal year 2022)" in result.stdout
    assert f"left out indicator 1: {name}" in result.stdout
    new = tomllib.loads(_export("soumu-next", db))
    numbers = [i["number"] for o in new["objectives"] for i in o["indicators"]]
    assert 1 not in numbers and numbers
    for objective in new["objectives"]:
        for means in objective.get("means", []):
            assert 1 not in means.get("indicator_numbers", [])
