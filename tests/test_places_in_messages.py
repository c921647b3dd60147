"""Places in the form's words (issue 24, item 8): check's text output, publish's refusals, a
snapshot's problems and a refused edit name the place as the form does; the path stays only as
a trailing reference (JSON keeps it as data), and no Japanese message names a field by its
machine name."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from models.report.model import Indicator
from models.snapshot.sample import load_sample
from models.store.errors import StoreError
from models.store.store import open_store
from tests.cli_main import run
from tests.conftest import ROOT, SEED

KEY = "soumu-r4-08"


def _set(db: Path, path: str, value: object) -> None:
    store = open_store(str(db))
    try:
        store.set_value(KEY, path, value)
    finally:
        store.close()


def test_check_text_names_the_place_in_words_and_keeps_the_path_last(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ran = run(capsys, "--db", str(db_path), "check", KEY)
    rows = [line.split("\t") for line in ran.out.splitlines() if line.count("\t") == 3]
    assert rows, ran.out
    by_code = {row[1]: row for row in rows}
    assert by_code["B001"][2] == "令和３年度 合計（a＋b＋c）"
    assert by_code["B001"][3].endswith("　［budget[2021].total］")
    for _severity, _code, place, message in rows:
        assert not re.search(r"[a-z_]+\[\d+\]|[a-z]+\.[a-z_]+", place), place
        assert re.search(r"　［[^］]+］$", message), message  # the path, last
    data = json.loads(run(capsys, "--db", str(db_path), "check", KEY, "--format", "json").out)
    places = {f["code"]: f["place"] for f in data["reports"][0]["findings"]}
    assert places["B001"] == "budget[2021].total"  # JSON: the path as data


def test_publish_refusal_names_the_place_in_words(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _set(db_path, "budget[2019].total", 1)  # B002: the total disagrees with a+b+c
    out = tmp_path / "out.html"
    ran = run(capsys, "--db", str(db_path), "publish", KEY, "-o", str(out))
    assert ran.code == 1 and not out.exists()
    line = next(line for line in ran.err.splitlines() if "B002" in line)
    assert "B002 令和元年度 合計（a＋b＋c）: " in line, line
    assert line.endswith("　［budget[2019].total］"), line


def test_a_snapshots_problems_name_the_place_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SEED.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^(initial = )(\d+)$", r'\1"\2"', text, count=1)
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    ran = run(capsys, "--db", str(tmp_path / "h.db"), "import", str(bad))
    assert ran.code == 1
    assert (
        f"{bad}: 令和元年度 当初予算（a）: 整数が必要です（文字列）　［budget.years[0].initial］"
        in (ran.err)
    ), ran.err


def test_a_refused_edit_names_the_place_in_words(db_path: Path) -> None:
    store = open_store(str(db_path))
    try:
        outcomes = load_sample().intermediate_outcomes
        with pytest.raises(StoreError) as refused:
            store.set_value(KEY, "report.intermediate_outcomes", ["a\x1bb", *outcomes[1:]])
        assert str(refused.value).startswith("［中間アウトカム］（１番目）: 制御文字 U+001B")
        assert "intermediate_outcomes" not in str(refused.value)
        first = load_sample().objectives[0].indicators[0]
        broken = Indicator(first.number + 100, name="x\x07")
        with pytest.raises(StoreError) as refused:
            store.insert_item(KEY, "objectives[0].indicators", broken)
        assert str(refused.value).startswith("測定指標101 名称: 制御文字 U+0007"), refused.value
    finally:
        store.close()


# ---------------------------------------------------------------- every message, read
# A machine name in a Japanese message: a path (report.key, budget[2019]), or a snake_case key.
MACHINE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b|\b[a-z_]+\[\d*\]|\b[a-z]+\.[a-z_]+\b")
# ...allowed where the user types it: keys of the config file, of a snapshot file, a file name
ALLOWED = {
    "history_merge_seconds",  # config.toml keys, named where the config file is refused
    "close_basis",
    "font_path",
    "hyoka.db",  # file names and file patterns
    "idle_minutes",  # [serve] of the config file
    "authorized_keys",  # OpenSSH's file, which `hyoka users authorized-keys` writes
    # what `hyoka comment KEY PLACE` and `hyoka plan reason KEY ITEM` take: a path as typed
    "indicator[1]",
    "budget[2021]",
    "verdict.rationale",
    "planned_evaluation",
}


def _japanese_messages() -> list[tuple[str, str]]:
    found = []
    for path in sorted([*ROOT.glob("models/**/*.py"), *ROOT.glob("tui/**/*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                text = re.sub(r"\{[^}]*\}", "", node.args[0].value)
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", text))
    return found


def test_no_japanese_message_names_a_field_by_its_machine_name() -> None:
    messages = _japanese_messages()
    assert len(messages) > 500
    raw = [
        (where, word)
        for where, text in messages
        for word in MACHINE.findall(re.sub(r"--[a-z-]+|\*\.toml|\b\w+\.toml\b", "", text))
        if word not in ALLOWED
    ]
    assert raw == []
