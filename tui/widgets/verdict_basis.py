"""What the verdict rests on: each indicator's numbers, hyoka's suggestion and its reasons.

Shown beside the evaluator's choice on the verdict screen: per indicator its number (① for a
main one), name and 達成 mark, the actual that counts against the target (a qualitative
indicator's 実績 and 目標 texts) with both readings of 達成率
(:mod:`models.rules.suggest.readings`, ＊ on the one ``[rules] close_basis`` names), and the same
for each うち series, each with where its trend leads by its target year
(:mod:`models.rules.suggest.projection`); then the explanation of
:func:`models.rules.suggest.verdict.explain`; then the checks' findings about the verdict, lines
broken by :func:`tui.widgets.broken_text.break_lines`. The marks are the suggestion's own
(``VerdictSuggestion.marks``), not computed again.
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
from models.report.model import Indicator, IndicatorPart, Report, Target
from models.report.numbers import render_number
from models.rules.findings import Finding
from models.rules.suggest.marks import MarkSuggestion
from models.rules.suggest.projection import words as projection_words
from models.rules.suggest.readings import figures_of, legend, rate_pieces
from models.rules.suggest.verdict import VerdictSuggestion, explain

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_SIGN = {"error": "✗", "warning": "⚠", "info": "ℹ"}


def _qualitative_actual(
    ind: Indicator | IndicatorPart, evaluated: int | None
) -> tuple[str, int | None]:
    """The latest 実績 text up to the evaluated year (a qualitative indicator's actual)."""
    years = [
        y
        for y in ind.years
        if y.actual_text.strip() and (evaluated is None or y.fiscal_year <= evaluated)
    ]
    latest = max(years, key=lambda y: y.fiscal_year, default=None)
    return (latest.actual_text.strip(), latest.fiscal_year) if latest else ("", None)


def _actual(
    ind: Indicator | IndicatorPart, s: MarkSuggestion, unit: str, evaluated: int | None
) -> str:
    if s.actual is not None and s.fiscal_year is not None:
        return tr(
            "実績 {v}（{y}）",
            "actual {v} ({y})",
            v=render_number(s.actual) + unit,
            y=fiscal_year_label(s.fiscal_year),
        )
    text, year = _qualitative_actual(ind, evaluated)
    if text:
        when = tr("（{y}）", " ({y})", y=fiscal_year_label(year)) if year is not None else ""
        return tr("実績: {t}{w}", "actual: {t}{w}", t=text, w=when)
    return tr("実績なし", "no actual")


def _target(t: Target, unit: str) -> str:
    if t.value is not None:
        body = ("約" if t.approximate else "") + render_number(t.value) + unit
    else:
        body = t.text.strip()
    if not body:
        return tr("目標なし", "no target")
    tag = year_tag(t.fiscal_year) if t.fiscal_year is not None else ""
    return tr("目標 {b}{y}", "target {b}{y}", b=body, y=tag)


def _readings(text: Text, s: MarkSuggestion, basis: str) -> None:
    pieces = rate_pieces(s.from_baseline, s.to_target, basis, figures_of(s))
    if not pieces:
        return
    text.append("\n      ")
    for i, (piece, drives) in enumerate(pieces):
        if i:
            text.append(" ／ ")
        text.append(piece, style="bold" if drives else "")


def _projection(text: Text, s: MarkSuggestion) -> None:
    """Where the series' trend leads by its target year, under its readings."""
    if s.projection is not None:
        text.append("\n      ")
        text.append(projection_words(s.projection))


def _evidence(ind: Indicator, s: MarkSuggestion, evaluated: int | None, basis: str) -> Text:
    head = Text(f"{indicator_number(ind)} ", style="bold")
    head.append(ind.name, style="bold")
    head.append(f"　{label('mark')} {ind.mark or tr('（空欄）', '(blank)')}")
    if s.mark and s.mark != ind.mark:
        suggested = tr("（数値からの提案 {m}）", " (numbers suggest {m})", m=s.mark)
        head.append(suggested, style="yellow")
    head.append(f"\n    {_actual(ind, s, ind.unit, evaluated)} ／ {_target(ind.target, ind.unit)}")
    _readings(head, s, basis)
    _projection(head, s)
    for part, ps in zip(ind.parts, s.parts, strict=False):
        name = (part.name or ps.name).removeprefix("うち")
        head.append(tr("\n    うち{n}: ", "\n    of which {n}: ", n=name))
        actual = _actual(part, ps, part.unit, evaluated)
        head.append(f"{actual} ／ {_target(part.target, part.unit)}")
        _readings(head, ps, basis)
        _projection(head, ps)
    return head


def comparison(category: str, suggestion: VerdictSuggestion) -> Text:
    """One line naming the evaluator's choice and hyoka's suggestion, and whether they agree.

    Both are named in words, so the line reads without colour:
    「選択: 相当程度進展あり ≠ 提案: 目標達成」."""
    chosen = category or tr("（未選択）", "(none)")
    head = tr("選択: {c}", "chosen: {c}", c=chosen)
    suggested = suggestion.category
    if suggested is None:
        none = tr(
            " ／ 提案なし（判定に使える測定指標がありません）",
            " / no suggestion (no indicator can be judged)",
        )
        return Text(head + none, style="dim") + plan_moved(suggestion)
    if category == suggested:
        line = Text("✓ " + head + tr(" ＝ 提案", " = suggested"), style="green")
    else:
        differs = tr(" ≠ 提案: {s}", " ≠ suggested: {s}", s=suggested)
        line = Text(head + differs, style="bold yellow")
    return line + plan_moved(suggestion)


def plan_moved(suggestion: VerdictSuggestion) -> Text:
    """「計画どおりの目標なら提案は 相当程度進展あり」 on a line of its own when the fixed
    事前分析表's targets suggest another category than today's (P016); empty otherwise."""
    if not suggestion.plan_moved:
        return Text()
    planned = suggestion.plan_category or tr("提案なし", "no suggestion")
    return Text(
        tr(
            "\n計画どおりの目標なら提案は {p}",
            "\nwith the plan's targets the suggestion is {p}",
            p=planned,
        ),
        style="bold magenta",
    )


def finding_line(f: Finding) -> Text:
    text = Text(f"{SEVERITY_SIGN[f.severity]} {f.code} ", style=SEVERITY_STYLE[f.severity])
    text.append(f.message)
    return text


class VerdictBasis(Static):
    """The evidence and the suggestion, redrawn from a report on every change.

    Lines are broken by hyoka's Japanese line breaker at the panel's width (and again when
    the width changes), not by Rich's, which breaks only at spaces."""

    _shown: Text | None = None
    _version = 0  # counts the texts shown
    _drawn: tuple[int, int] = (0, 0)  # (version, width) last broken into lines

    def show(self, report: Report, suggestion: VerdictSuggestion, findings: list[Finding]) -> None:
        basis = suggestion.settings.close_basis
        evaluated = report.evaluated_fiscal_year
        marks = suggestion.marks  # computed once for the suggestion: not again here
        parts = [
            _evidence(ind, s, evaluated, basis)
            for ind, s in zip(report.indicators(), marks, strict=True)
        ]
        if any(len(rate_pieces(s.from_baseline, s.to_target, basis)) == 2 for s in marks):
            parts.append(Text(legend(basis), style="dim"))
        parts.append(Text(explain(suggestion, projections=False), style="dim"))
        parts += [finding_line(f) for f in findings]
        self._shown = Text("\n").join(parts)
        self._version += 1
        self._draw()

    def _draw(self) -> None:
        """Break the text at the panel's width: once per text and width (a resize that only
        changes the height, as the panel's own new content does, breaks nothing again); not
        before the panel has a width (its first resize draws it)."""
        from tui.widgets.broken_text import break_lines

        width = self.content_region.width
        if self._shown is None or width <= 0:
            return
        drawn = (self._version, width)
        if drawn != self._drawn:
            self._drawn = drawn
            self.update(break_lines(self._shown, width, hang=True))

    def on_resize(self) -> None:
        self._draw()
