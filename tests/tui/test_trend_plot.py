"""F4's trend chart: a bar chart of actuals against the yearly and final targets where the
screen has room (200×50, 120×40), the one-line sparkline at 80×24."""

from __future__ import annotations

from pathlib import Path

from models.report.model import Indicator, IndicatorYear, Target
from tests.tui.helpers import make_app, settle
from tests.tui.screen_text import region_text
from tui.widgets.trend_chart import TrendChart
from tui.widgets.trend_plot import plot


def test_bars_follow_the_actuals_and_the_targets_are_marked() -> None:
    ind = Indicator(
        number=1,
        name="x",
        unit="件",
        target=Target(fiscal_year=2023, value=100),
        years=[
            IndicatorYear(fiscal_year=2021, actual=25, target=30),
            IndicatorYear(fiscal_year=2022, actual=50, target=60),
        ],
    )
    chart = plot(ind, 60, 8)
    assert chart is not None
    lines = chart.plain.split("\n")
    plot_rows = lines[:8]
    heights = [sum(1 for row in plot_rows if "█" in row[5 + 10 * i : 15 + 10 * i]) for i in (0, 1)]
    assert heights == [2, 4]  # 25 and 50 of 100 over 8 rows
    assert "╌" in plot_rows[0] and "━" in "".join(plot_rows)
    assert "R3" in lines[9] and "R5" in lines[9]
    assert "目標 100件（R5）" in lines[10]
    assert plot(ind, 60, 2) is not None  # two rows of eighth blocks still read
    assert plot(ind, 60, 1) is None  # too few rows: the sparkline is shown instead


async def test_the_chart_takes_the_room_at_200x50_and_not_at_80x24(db_path: Path) -> None:
    for size, tall in (((200, 50), True), ((80, 24), False)):
        app = make_app(db_path)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("f4")
            await settle(pilot)
            chart = app.screen.query_one(TrendChart)
            shown = region_text(app, chart.region)
            text = "\n".join(shown)
            assert ("実績の推移" not in text) is tall, text
            if tall:
                assert chart.region.height >= 12
                assert "約1,600団体（R5）" in text and text.count("█") > 20
            assert app.screen.query_one("#year-table").region.height >= 4


async def test_at_120x40_the_chart_fills_its_room_without_a_blank_band(db_path: Path) -> None:
    """The chart gets seven lines under the form at 120×40: a chart of two plot rows, not the
    one-line sparkline over four blank lines."""
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        chart = app.screen.query_one(TrendChart)
        shown = region_text(app, chart.region)
        assert "実績の推移" not in "\n".join(shown), shown  # the chart, not the sparkline
        assert all(line.strip() for line in shown), shown  # every line of its room used
        assert "約1,600団体（R5）" in shown[-1]
