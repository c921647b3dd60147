"""The evaluator's mark beside the one the numbers suggest, and a sparkline of actuals to target."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from models.i18n import tr
from models.report.eras import era_of_fiscal_year
from models.report.labels import label
from models.report.model import Indicator
from models.report.numbers import render_number
from models.rules.suggest.marks import MarkSuggestion
from models.rules.suggest.readings import figures_of, rate_label

BLOCKS = "▁▂▃▄▅▆▇█"
REASONS = {
    "target-year-ahead": ("目標年度が先", "target year ahead"),
    "qualitative": ("定性的な指標", "qualitative"),
    "no-target": ("目標値なし", "no target"),
    "no-actual": ("実績なし", "no actual"),
    "inconsistent": ("目標が基準の逆側", "target on the wrong side of the baseline"),
}


def _short_year(fy: int) -> str:
    """R3, H30 (the Western year before 平成)."""
    try:
        era, n = era_of_fiscal_year(fy)
    except ValueError:
        return str(fy)
    return f"{era.letter}{n}"


def sparkline(indicator: Indicator) -> Text:
    """One block per year with an actual, scaled from 0 to the largest of actuals and target."""
    points = [(y.fiscal_year, y.actual) for y in indicator.years if y.actual is not None]
    target = indicator.target.value
    top = max(
        [abs(v) for _, v in points] + ([abs(target)] if target is not None else []), default=0
    )
    out = Text(f"{label('trend')} ")
    for fy, value in points:
        level = 0 if not top else round(abs(value) / top * (len(BLOCKS) - 1))
        out.append(BLOCKS[level], style="bold green")
        out.append(f"{_short_year(fy)} ", style="dim")
    if target is not None:
        out.append("│ ", style="dim")
        out.append(BLOCKS[-1], style="bold magenta")
        year = indicator.target.fiscal_year
        where = "" if year is None else _short_year(year)
        approx = "約" if indicator.target.approximate else ""
        figure = f"{approx}{render_number(target)}{indicator.unit}"
        out.append(f"{where} {label('year_target')} {figure}")
    return out


def mark_line(indicator: Indicator, s: MarkSuggestion, basis: str) -> Text:
    """達成 ロ　提案 ハ（R3）, then on a line of their own both readings of 達成率
    (models/rules/suggest/readings.py), the one ``basis`` (``[rules] close_basis``) names
    first: 達成率（基準から）75.0% ／ 参考 目標比 99.5%."""
    out = Text(f"{label('mark')} ")
    out.append(indicator.mark or tr("（空欄）", "(blank)"), style="bold")
    out.append(f"　{label('suggested_mark')} ")
    out.append(s.mark or "…", style="bold" if s.mark == indicator.mark else "bold yellow")
    why = [tr(*REASONS[s.reason])] if s.reason in REASONS else []
    if s.fiscal_year is not None:
        why.append(_short_year(s.fiscal_year))
    if why:
        out.append(tr("（{w}）", " ({w})", w=tr("、", ", ").join(why)))
    readings = rate_label(s.from_baseline, s.to_target, basis, figures_of(s))
    if readings:
        out.append("\n" + readings)
    return out


class TrendChart(Static):
    """The mark line, then a bar chart where the widget has the rows for one (a tall screen
    gives it the room under the form), else the one-line sparkline; redrawn on resize."""

    _shown: tuple[Indicator, MarkSuggestion, str] | None = None

    def show(
        self, indicator: Indicator | None, suggestion: MarkSuggestion | None, basis: str
    ) -> None:
        """``basis``: ``[rules] close_basis``, the reading of 達成率 shown first."""
        self._shown = (
            None if indicator is None or suggestion is None else (indicator, suggestion, basis)
        )
        self._draw()

    def _draw(self) -> None:
        from tui.widgets.broken_text import break_lines
        from tui.widgets.trend_plot import FRAME, plot

        if self._shown is None:
            self.update("")
            return
        indicator, suggestion, basis = self._shown
        width, height = self.content_region.width, self.content_region.height
        # broken by the Japanese line breaker, so a reading of 達成率 is never split mid-figure
        lines = break_lines(mark_line(indicator, suggestion, basis), width) if width else None
        if lines is None:
            lines = mark_line(indicator, suggestion, basis)
        if not indicator.qualitative:
            rows = len(lines.plain.split("\n"))
            room = height - FRAME - rows  # the plot rows that fit under the mark line
            chart = plot(indicator, width, room) if self.has_class("-room") else None
            lines.append("\n").append_text(chart or sparkline(indicator))
        self.update(lines)

    def on_resize(self) -> None:
        self._draw()
