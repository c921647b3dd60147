"""The history in the form's words (issue 24, item 10): figures as the form prints them, rows
added or removed and the plan fixed as sentences, a replacement field by field — in
``hyoka history`` and on F7; ``--format json`` keeps the recorded data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from models.report.model import BudgetYear, Indicator, IndicatorYear
from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.cli_main import run
from tests.tui.helpers import make_app, settle
from tui.screens.history import HistoryScreen

KEY = "soumu-r4-08"


def _edits(db_path: Path) -> None:
    store = open_store(str(db_path), user="tester")
    try:
        store.set_value(KEY, "budget[2021].executed", -1234, expected=238163)
        store.insert_item(KEY, "budget.years", BudgetYear(2023))
        store.remove_item(KEY, "budget.years", 0)  # 令和元年度
        store.insert_item(KEY, "indicator[1].years", IndicatorYear(2023))
        store.set_value(KEY, "cabinet_policies[0].date", date(2022, 1, 1))
        store.set_value(KEY, "report.evaluated_fiscal_year", 2022)
        changed = load_sample()
        changed.policy_name = "電子自治体の推進（改）"
        changed.budget.year(2020).initial = 1500  # type: ignore[union-attr]
        changed.objectives[0].indicators.append(Indicator(9, name="新しい指標"))
        store.import_report(changed, replace=True)
    finally:
        store.close()


def _history(capsys: pytest.CaptureFixture[str], db: Path, *more: str) -> str:
    ran = run(capsys, "--db", str(db), "history", KEY, *more)
    assert ran.code == 0, ran.err
    return ran.out


def test_hyoka_history_reads_as_the_form(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edits(db_path)
    fix = run(capsys, "--db", str(db_path), "plan", "fix", KEY, "--date", "2021-08-31")
    assert fix.code == 0, fix.err
    lines = [line.split("  ", 2)[2] for line in _history(capsys, db_path).splitlines()]
    assert lines[1:7] == [
        "変更  令和３年度 執行額  238,163 → △ 1,234",
        "追加  令和５年度 予算  令和５年度の列を追加",
        "行の削除  令和元年度 予算  令和元年度の列を削除",
        "追加  測定指標１ 令和５年度  測定指標１ 令和５年度の行を追加",
        "変更  内閣の重要政策１ 年月日  令和３年６月18日 → 令和４年１月１日",
        "変更  評価対象年度  令和３年度 → 令和４年度",
    ]
    replaced = [line for line in lines if line.startswith("置き換え")]
    assert "置き換え  政策名  電子自治体の推進 → 電子自治体の推進（改）" in replaced
    assert "置き換え  令和２年度 当初予算（a）  418,996 → 1,500" in replaced
    assert "置き換え  令和元年度 予算  令和元年度の列を追加" in replaced  # brought back whole
    assert "置き換え  測定指標９  測定指標９「新しい指標」を追加" in replaced
    assert "置き換え  評価対象年度  令和４年度 → 令和３年度" in replaced
    assert not any("スナップショット" in line or "（空）" in line for line in replaced)
    assert lines[-1] == "変更  事前分析表  事前分析表を確定（令和３年８月31日）"
    assert not any("{" in line or "-1234" in line for line in lines)


def test_json_keeps_the_data(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edits(db_path)
    rows = json.loads(_history(capsys, db_path, "--format", "json"))
    assert (rows[1]["old"], rows[1]["new"]) == (238163, -1234)
    assert rows[2]["new"] == {
        "fiscal_year": 2023,
        "initial": None,
        "supplementary": None,
        "carryover": None,
        "total": None,
        "executed": None,
    }
    replace = rows[-1]
    assert replace["action"] == "replace" and replace["path"] == ""
    assert 'policy_name = "電子自治体の推進（改）"' in replace["new"]  # the report after, whole


def test_english_reads_as_the_form_too(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edits(db_path)
    out = run(capsys, "--lang", "en", "--db", str(db_path), "history", KEY).out
    assert "set  FY2021 Executed  238,163 → △ 1,234" in out
    assert "add  FY2023 Budget  added the FY2023 column" in out


async def test_f7_reads_as_the_form(db_path: Path) -> None:
    _edits(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = HistoryScreen(KEY)
        await app.push_screen(screen)
        await settle(pilot)
        table = screen.query_one(DataTable)
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        by_place = {(r[2], r[3]): r for r in rows}
        assert by_place["変更", "令和３年度 執行額"][4:] == ["238,163", "△ 1,234"]
        assert by_place["追加", "令和５年度 予算"][5] == "令和５年度の列を追加"
        assert by_place["置き換え", "政策名"][4:] == ["電子自治体の推進", "電子自治体の推進（改）"]
        assert by_place["置き換え", "令和２年度 当初予算（a）"][4:] == ["418,996", "1,500"]
        assert not [r for r in rows if "スナップショット" in " ".join(r)]
        # the detail under the table
        table.move_cursor(row=rows.index(by_place["追加", "令和５年度 予算"]))
        await settle(pilot)
        detail = str(screen.query_one("#detail", Static).render())
        assert "令和５年度 予算" in detail and "令和５年度の列を追加" in detail
        assert "{" not in detail
