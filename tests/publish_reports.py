"""Reports the publishing tests render: the sample, and one full of markup-like, hostile text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from models.report.model import CabinetPolicy, Report, Verdict
from models.snapshot.codec import loads_snapshot

TRICKY = Path(__file__).resolve().parent / "hostile" / "accepted" / "tricky.toml"

# Text a renderer could take for its own syntax: Typst, HTML, Markdown, Rich, Excel formulas,
# XML escapes (Excel's _xHHHH_), TeX; plus emoji and a combining sequence. Each must print as typed.
HOSTILE = (
    "#set text(red) $x^2$ *強調* _下線_ \\ バックスラッシュ",
    "<script>alert('x')</script> &amp; &lt;b&gt; \"引用\" 'single'",
    "=1+1",
    "@SUM(A1)",
    "[b]太字[/b] [/] [red]x[/red]",
    "_x0041_ と _x000D_",
    "絵文字 🏛️📊👩‍💻🇯🇵 が゙ ﾊﾞ",
    "  先頭と末尾の空白  ",
)


def hostile_report() -> Report:
    """tests/hostile/accepted/tricky.toml, each hostile string in fields every renderer prints."""
    report = loads_snapshot(TRICKY.read_bytes(), source=TRICKY.name)
    return replace(
        report,
        overview="\n".join(HOSTILE),
        cabinet_policies=[CabinetPolicy(name=text, excerpt=text) for text in HOSTILE],
        verdict=Verdict(category="目標達成", rationale="\n".join(HOSTILE), analysis=HOSTILE[0]),
    )
