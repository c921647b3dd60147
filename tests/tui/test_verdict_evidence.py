"""F5's evidence: a qualitative indicator's texts, and both readings of 達成率 with the one
that drives the suggested mark first (``[rules] close_basis``)."""

from __future__ import annotations

from pathlib import Path

from models.report.model import IndicatorYear
from models.rules.settings import RuleSettings
from models.rules.suggest.readings import rate_label
from models.snapshot.sample import load_sample
from models.store.store import open_store
from tests.tui.helpers import settle
from tui.app.app import HyokaApp
from tui.widgets.verdict_basis import VerdictBasis


async def _basis_text(db: Path, rules: RuleSettings | None = None) -> str:
    app = HyokaApp(str(db), user="tester", cursor_blink=False, rules=rules)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        return str(app.screen.query_one(VerdictBasis).render())


async def test_a_qualitative_indicator_shows_its_actual_and_target_texts(tmp_path: Path) -> None:
    report = load_sample()
    ind = report.objectives[0].indicators[1]
    ind.qualitative = True
    ind.target.value = None
    ind.target.text = "各府省の要望に全て対応する"
    ind.years = [
        IndicatorYear(2020, actual_text="要望２件に対応"),
        IndicatorYear(2021, actual_text="要望５件に全て対応した"),
        IndicatorYear(2022, actual_text="（評価年度より後: 出さない）"),
    ]
    db = tmp_path / "q.db"
    store = open_store(str(db))
    store.import_report(report)
    store.close()
    text = await _basis_text(db)
    assert "実績: 要望５件に全て対応した（令和３年度）" in text
    assert "目標 各府省の要望に全て対応する【令和３年度】" in text
    assert "実績なし" not in text and "評価年度より後" not in text


async def test_both_readings_each_named_the_driving_one_first(db_path: Path) -> None:
    text = await _basis_text(db_path)
    # the sample's indicator 1: 1,404 of 約1,600 from a baseline of 1,066 (its うち series too)
    assert "達成率（目標比）87.8% ／ 参考 基準から 63.2%" in text
    assert "うち自治体クラウド導入団体数: 実績 713団体（令和３年度）" in text
    assert "達成率（目標比）64.8% ／ 参考 基準から 44.2%" in text
    assert "close_basis = to_target" in text


async def test_close_basis_from_baseline_puts_the_progress_first(db_path: Path) -> None:
    text = await _basis_text(db_path, RuleSettings(close_basis="from_baseline"))
    assert "達成率（基準から）63.2% ／ 参考 目標比 87.8%" in text
    assert "close_basis = from_baseline" in text


def test_rate_label_with_one_reading_is_the_rate() -> None:
    assert rate_label(None, 1.0, "from_baseline") == "達成率（目標比）100.0%"
    assert (
        rate_label(0.75, 0.995, "from_baseline") == "達成率（基準から）75.0% ／ 参考 目標比 99.5%"
    )
    assert rate_label(None, None, "to_target") == ""


async def test_f5_shows_where_each_trend_leads_beside_its_evidence(db_path: Path) -> None:
    """Issue 26: at 80×24, under indicator 1's readings and under its うち series', the value
    the trend reaches by the end of 令和５年度, once each (the explanation below leaves it out)."""
    app = HyokaApp(str(db_path), user="tester", cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        text = str(app.screen.query_one(VerdictBasis).render())
    flat = "".join(line.strip() for line in text.split("\n"))
    own = "このペースなら令和５年度末に約1,730団体（目標 約1,600団体）"
    part = "このペースなら令和５年度末に約1,040団体（目標 約1,100団体）"
    assert flat.count(own) == 1 and flat.count(part) == 1
    assert flat.index("達成率（目標比）87.8%") < flat.index(own) < flat.index("うち自治体クラウド")
    assert flat.index("うち自治体クラウド") < flat.index(part) < flat.index("提案区分")
