"""F4 at 80×24 shows both readings of 達成率 — the one ``[rules] close_basis`` names first, the
other as 参考 — under the marks and in the status line's findings, in Japanese and English
(issue 12). The report is the issue's example: baseline 90, target 92, actual 91.5, marked ロ:
75% of the way from the baseline (ハ) and 99.5% of the target."""

from __future__ import annotations

from pathlib import Path

from models.i18n import language, set_language
from models.rules.settings import RuleSettings
from models.snapshot.codec import loads_snapshot
from models.store.store import open_store
from tests.test_finding_readings import SNAPSHOT
from tests.tui.helpers import settle
from tests.tui.screen_text import region_text
from tui.app.app import HyokaApp


async def _f4(tmp_path: Path, rules: RuleSettings | None = None) -> tuple[str, str]:
    """The chart's and the status line's text as the screen shows them on F4 (tree on
    indicator 1), each as its rows joined (``sep`` between rows: "" for Japanese)."""
    db = tmp_path / "r.db"
    store = open_store(str(db))
    store.import_report(loads_snapshot(SNAPSHOT.replace("{mark}", "ロ")))
    store.close()
    app = HyokaApp(str(db), user="tester", cursor_blink=False, rules=rules)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("enter", "f4"):
            await settle(pilot)
            await pilot.press(key)
        await settle(pilot)
        sep = " " if language() == "en" else ""
        chart, status = (
            app.screen.query_one(selector).region
            for selector in ("#indicator-chart", "#indicator-status")
        )
        return (
            "\n".join(row.strip() for row in region_text(app, chart)),
            sep.join(row.strip() for row in region_text(app, status)),
        )


FROM_BASELINE = RuleSettings(close_basis="from_baseline")  # the default is to_target (issue 26)


async def test_f4_shows_both_readings_in_japanese(tmp_path: Path) -> None:
    chart, status = await _f4(tmp_path, FROM_BASELINE)
    assert "達成 ロ　提案 ハ（R3）\n達成率（基準から）75.0% ／ 参考 目標比 99.5%\n" in chart
    assert status.startswith("測定指標１")
    assert (
        "▲ I018 測定指標１は「ロ」ですが、数値からは「ハ」です"
        "（達成率（基準から）75.0% ／ 参考 目標比 99.5%）" in status
    )


async def test_f4_by_default_shows_the_ratio_to_the_target_first(tmp_path: Path) -> None:
    chart, status = await _f4(tmp_path)
    assert "達成 ロ　提案 ロ（R3）\n達成率（目標比）99.5% ／ 参考 基準から 75.0%\n" in chart
    assert "I018" not in status


async def test_f4_shows_both_readings_in_english(tmp_path: Path) -> None:
    set_language("en")  # reset by the conftest
    chart, status = await _f4(tmp_path, FROM_BASELINE)
    mark, *readings = chart.split("\n")[:3]
    assert mark == "Mark ロ　Suggested ハ (R3)"
    assert " ".join(readings).startswith(
        "achievement (from baseline) 75.0% ／ ref. of target 99.5%"
    )
    assert status.startswith("Indicator 1 ▲ I018 indicator 1 is marked ロ, but the numbers")
    assert "give ハ (achievement (from baseline) 75.0% ／ ref. of target 99.5%)" in status
