"""What the verdict rests on: each indicator's numbers, hyoka's suggestion and its reasons.

Shown beside the evaluator's choice on the verdict screen: per indicator its number (① for a
main one), name and 達成 mark, the actual that counts against the target with the achievement
rate; then the explanation of :func:`models.rules.suggest.verdict.explain`; then the checks'
findings about
the verdict, lines broken by :func:`tui.widgets.broken_text.break_lines`.
:func:`comparison` says in one line whether the evaluator's category agrees with
the suggestion. Every piece of report text goes in as :class:`rich.text.Text`, never as markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from models.i18n import tr
from models.printed.indicators import indicator_number
from models.report.eras import fiscal_year_label, year_tag
from models.report.labels import label
from models.report.model import Indicator, Report
from models.report.numbers import render_number
from models.rules.findings import Finding
from models.rules.settings import RuleSettings
from models.rules.suggest.marks import suggest_mark
from models.rules.suggest.verdict import VerdictSuggestion, explain

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_SIGN = {"error": "✗", "warning": "⚠", "info": "ℹ"}


def _evidence(ind: Indicator, evaluated: int | None, settings: RuleSettings) -> Text:
    s = suggest_mark(ind, evaluated, settings)
    head = Text(f"{indicator_number(ind)} ", style="bold")
    head.append(ind.name, style="bold")
    head.append(f"　{label('mark')} {ind.mark or tr('（空欄）', '(blank)')}")
    if s.mark and s.mark != ind.mark:
        suggested = tr("（数値からの提案 {m}）", " (numbers suggest {m})", m=s.mark)
        head.append(suggested, style="yellow")
    actual = tr("実績なし", "no actual")
    if s.actual is not None and s.fiscal_year is not None:
        actual = tr(
            "実績 {v}（{y}）",
            "actual {v} ({y})",
            v=render_number(s.actual) + ind.unit,
            y=fiscal_year_label(s.fiscal_year),
        )
    t = ind.target
    target = ("約" if t.approximate else "") + render_number(t.value) + ind.unit
    if t.fiscal_year is not None:
        target += year_tag(t.fiscal_year)
    line = f"\n    {actual} ／ {tr('目標', 'target')} {target or tr('なし', 'none')}"
    if s.rate is not None:
        line += tr("　達成率 {r:.1f}%", "  achievement {r:.1f}%", r=s.rate * 100)
    head.append(line)
    return head


def comparison(category: str, suggestion: VerdictSuggestion) -> Text:
    """One line naming the evaluator's choice and hyoka's suggestion, and whether they agree.

    Both are named in words, so the line reads without colour:
    「選択: 相当程度進展あり ≠ 提案: 目標達成」."""
    chosen = category or tr("（未選択）", "(none)")
    head = tr("選択: {c}", "chosen: {c}", c=chosen)
    suggested = suggestion.category
    if suggested is None:
        return Text(
            head
            + tr(
                " ／ 提案なし（判定に使える測定指標がありません）",
                " / no suggestion (no indicator can be judged)",
            ),
            style="dim",
        )
    if category == suggested:
        return Text("✓ " + head + tr(" ＝ 提案", " = suggested"), style="green")
    return Text(head + tr(" ≠ 提案: {s}", " ≠ suggested: {s}", s=suggested), style="bold yellow")


def finding_line(f: Finding) -> Text:
    text = Text(f"{SEVERITY_SIGN[f.severity]} {f.code} ", style=SEVERITY_STYLE[f.severity])
    text.append(f.message)
    return text


class VerdictBasis(Static):
    """The evidence and the suggestion, redrawn from a report on every change.

    Lines are broken by hyoka's Japanese line breaker at the panel's width (and again when
    the width changes), not by Rich's, which breaks only at spaces."""

    _shown: Text | None = None

    def show(self, report: Report, suggestion: VerdictSuggestion, findings: list[Finding]) -> None:
        settings = suggestion.settings
        parts = [
            _evidence(ind, report.evaluated_fiscal_year, settings) for ind in report.indicators()
        ]
        parts.append(Text(explain(suggestion), style="dim"))
        parts += [finding_line(f) for f in findings]
        self._shown = Text("\n").join(parts)
        self._draw()

    def _draw(self) -> None:
        from tui.widgets.broken_text import break_lines

        if self._shown is not None:
            width = self.content_region.width or self.app.size.width
            self.update(break_lines(self._shown, width, hang=True))

    def on_resize(self) -> None:
        self._draw()
