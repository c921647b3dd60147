"""The two readings of 達成率 in one short label, the one that drives the mark first.

「達成率（基準から）75.0% ／ 参考 目標比 99.5%」: progress from the baseline, and the ratio of
the actual to the target (models/rules/suggest/bounds.py). The reading the ``[rules]
close_basis`` setting names — the one the suggested mark rests on — comes first as 「達成率（…）」;
the other follows as 「参考」 (for reference). In words, not by colour or a mark that a line
break could strand. Either reading may be undefined (no baseline with a way to go, a target of
0): then the one that exists is the 達成率. :func:`legend` says once per panel which setting
chose.
"""

from __future__ import annotations

from models.i18n import tr

_NAMES = {
    "from_baseline": ("基準から", "from baseline"),
    "to_target": ("目標比", "of target"),
}


def _percent(x: float) -> str:
    return f"{x * 100:.1f}%"


def rate_pieces(
    from_baseline: float | None, to_target: float | None, basis: str
) -> list[tuple[str, bool]]:
    """``(text, drives)`` for each reading that exists, the driving one first."""
    values = {"from_baseline": from_baseline, "to_target": to_target}
    order = ["to_target", "from_baseline"] if basis == "to_target" else list(values)
    present = [(name, values[name]) for name in order if values[name] is not None]
    pieces: list[tuple[str, bool]] = []
    for i, (name, value) in enumerate(present):
        assert value is not None
        which = tr(*_NAMES[name])
        if i == 0:
            text = tr("達成率（{w}）{r}", "achievement ({w}) {r}", w=which, r=_percent(value))
        else:
            text = tr("参考 {w} {r}", "ref. {w} {r}", w=which, r=_percent(value))
        pieces.append((text, i == 0))
    return pieces


def rate_label(from_baseline: float | None, to_target: float | None, basis: str) -> str:
    """Both readings in one line; ``""`` when neither exists."""
    return " ／ ".join(t for t, _ in rate_pieces(from_baseline, to_target, basis))


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
