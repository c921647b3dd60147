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


def mark_line(indicator: Indicator, s: MarkSuggestion) -> Text:
    """達成 イ　数値からの提案 ロ（達成率 85.0%、R3）: the evaluator's mark, then the numbers'."""
    out = Text(f"{label('mark')} ")
    out.append(indicator.mark or tr("（空欄）", "(blank)"), style="bold")
    out.append(f"　{label('suggested_mark')} ")
    out.append(s.mark or "…", style="bold" if s.mark == indicator.mark else "bold yellow")
    why = [] if s.rate is None else [f"{label('achievement_rate')} {s.rate * 100:.1f}%"]
    if s.reason in REASONS:
        why.append(tr(*REASONS[s.reason]))
    if s.fiscal_year is not None:
        why.append(_short_year(s.fiscal_year))
    if why:
        out.append(f"（{'、'.join(why)}）")
    return out


class TrendChart(Static):
    """The mark line, then a bar chart where the widget has the rows for one (a tall screen
    gives it the room under the form), else the one-line sparkline; redrawn on resize."""

    _shown: tuple[Indicator, MarkSuggestion] | None = None

    def show(self, indicator: Indicator | None, suggestion: MarkSuggestion | None) -> None:
        self._shown = None if indicator is None or suggestion is None else (indicator, suggestion)
        self._draw()

    def _draw(self) -> None:
        from tui.widgets.trend_plot import plot

        if self._shown is None:
            self.update("")
            return
        indicator, suggestion = self._shown
        lines = mark_line(indicator, suggestion)
        if not indicator.qualitative:
            width, height = self.content_region.width, self.content_region.height
            chart = plot(indicator, width, height - 4) if self.has_class("-room") else None
            lines.append("\n").append_text(chart or sparkline(indicator))
        self.update(lines)

    def on_resize(self) -> None:
        self._draw()
