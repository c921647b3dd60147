"""The two readings of 達成率 in one short label, the one that drives the mark first.

「達成率（基準から）75.0% ／ 参考 目標比 99.5%」: progress from the baseline, and the ratio of
the actual to the target (models/rules/suggest/bounds.py). The reading the ``[rules]
close_basis`` setting names — the one the suggested mark rests on — comes first as 「達成率（…）」;
the other follows as 「参考」 (for reference). In words, not by colour or a mark that a line
break could strand. Either reading may be undefined (no baseline with a way to go, a target of
0): then the one that exists is the 達成率. :func:`legend` says once per panel which setting
chose.

Where a ratio to the target says little — a target of 0 (3件 against 0件 is no percentage) or a
maintained count (120人 against 100人以下) — the figures take the ratio's place:
「目標 0件に対し 3件」 (:func:`figures_of`, for a series whose ``in_figures`` is set).
"""

from __future__ import annotations

from typing import Protocol

from models.i18n import tr
from models.report.model import Number
from models.report.numbers import render_number

_NAMES = {
    "from_baseline": ("基準から", "from baseline"),
    "to_target": ("目標比", "of target"),
}


def _percent(x: float) -> str:
    return f"{x * 100:.1f}%"


def figure(value: Number, unit: str, approximate: bool = False) -> str:
    """A figure as the form writes it: 約1,600団体, 3件."""
    return ("約" if approximate else "") + render_number(value) + unit


def figures(target: Number, actual: Number, unit: str, approximate: bool = False) -> str:
    """The actual against the target in figures: 目標 0件に対し 3件."""
    return tr(
        "目標 {t}に対し {a}",
        "target {t}, actual {a}",
        t=figure(target, unit, approximate),
        a=figure(actual, unit),
    )


class Figured(Protocol):
    """A series' suggestion (MarkSuggestion, or its copy in a verdict suggestion)."""

    @property
    def in_figures(self) -> bool: ...
    @property
    def target(self) -> Number | None: ...
    @property
    def actual(self) -> Number | None: ...
    @property
    def unit(self) -> str: ...
    @property
    def approximate(self) -> bool: ...


def figures_of(s: Figured) -> str:
    """The figures that take the ratio's place for ``s``, or ``""`` where the ratio stands."""
    if not s.in_figures or s.target is None or s.actual is None:
        return ""
    return figures(s.target, s.actual, s.unit, s.approximate)


def rate_pieces(
    from_baseline: float | None, to_target: float | None, basis: str, figures: str = ""
) -> list[tuple[str, bool]]:
    """``(text, drives)`` for each reading that exists, the driving one first. ``figures``
    (:func:`figures_of`) stands in for the ratio to the target, after the reading that drives
    when the ratio is undefined."""
    values = {"from_baseline": from_baseline, "to_target": to_target}
    order = ["to_target", "from_baseline"] if basis == "to_target" else list(values)
    present = [(name, values[name]) for name in order if values[name] is not None]
    pieces: list[tuple[str, bool]] = []
    for i, (name, value) in enumerate(present):
        assert value is not None
        which = tr(*_NAMES[name])
        if name == "to_target" and figures:
            text = figures if i == 0 else tr("参考 {f}", "ref. {f}", f=figures)
        elif i == 0:
            text = tr("達成率（{w}）{r}", "achievement ({w}) {r}", w=which, r=_percent(value))
        else:
            text = tr("参考 {w} {r}", "ref. {w} {r}", w=which, r=_percent(value))
        pieces.append((text, i == 0))
    if figures and to_target is None:
        pieces.append(
            (figures if not pieces else tr("参考 {f}", "ref. {f}", f=figures), not pieces)
        )
    return pieces


def rate_label(
    from_baseline: float | None, to_target: float | None, basis: str, figures: str = ""
) -> str:
    """Both readings in one line (``figures`` in the ratio's place); ``""`` when none exists."""
    return " ／ ".join(t for t, _ in rate_pieces(from_baseline, to_target, basis, figures))


def legend(close_basis: str) -> str:
    """Which reading the marks use, naming the setting."""
    which = tr(*_NAMES.get(close_basis, _NAMES["from_baseline"]))
    return tr(
        "達成率は提案の判定に使う読み方（{w}、[rules] close_basis = {b}）、参考はもう一方の読み方",
        "achievement: the suggested marks read it {w} ([rules] close_basis = {b}); "
        "'ref.' is the other reading",
        w=which,
        b=close_basis,
    )
