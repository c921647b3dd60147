"""Preview (F6): every paragraph and table cell is broken by hyoka's line breaker at the screen's
width, checked line by line with the breaker's own rule checker at 80 and 100 columns."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from textual.widget import Widget

from models.text.line_check import violations
from tests.tui.helpers import make_app, settle


def drawn(widget: Widget) -> list[str]:
    """The lines ``widget``'s content draws at the width it has on screen."""
    width = widget.content_region.width
    console = Console(width=width, file=io.StringIO(), color_system=None, legacy_windows=False)
    rendered = console.render_lines(widget.content, console.options, pad=False)  # type: ignore[attr-defined]
    return ["".join(seg.text for seg in line) for line in rendered]


def cell_paragraphs(lines: list[str]) -> list[list[str]]:
    """The lines of each table cell, read column by column between the ruled lines."""
    out: list[list[str]] = []
    block: list[list[str]] = []

    def flush() -> None:
        if block:
            out.extend([list(column) for column in zip(*block, strict=False)])
        block.clear()

    for line in lines:
        if "│" not in line:  # ┌ ├ └: a ruled line ends a row of cells
            flush()
            continue
        block.append(line.strip().strip("│").split("│"))
    flush()
    return out


@pytest.mark.parametrize("columns", [80, 100])
async def test_preview_lines_keep_the_breaking_rules(db_path: Path, columns: int) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(columns, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        screen = app.screen
        paragraphs: list[list[str]] = []
        wrapped = 0
        for widget in screen.query(".preview-line, .preview-title"):
            lines = drawn(widget)
            assert all(cell_len(line) <= widget.content_region.width for line in lines)
            assert len(lines) == widget.content_region.height, str(widget.content)
            wrapped += len(lines) > 1
            paragraphs.append(lines)
        tables = list(screen.query(".preview-table"))
        assert tables
        for widget in tables:
            lines = drawn(widget)
            assert max(cell_len(line) for line in lines) <= columns - 2
            paragraphs += cell_paragraphs(lines)
        assert wrapped >= 5  # the sample's long paragraphs do wrap at these widths
        found = [v for lines in paragraphs for v in violations(lines)]
        assert found == []


def test_the_checker_finds_what_rich_would_do() -> None:
    """The checker is not blind: Rich's own wrapping of the sample's sentences breaks rules."""
    text = "デジタルの活用により、一人ひとりのニーズに合ったサービスを選ぶことができ、多様な幸せ"
    found = []
    for width in range(16, 60):
        console = Console(width=width, file=io.StringIO())
        rendered = console.render_lines(text, console.options, pad=False)
        found += violations(["".join(s.text for s in line) for line in rendered])
    assert any("line starts with '、'" in v for v in found)
    assert violations(["繰越し等 △", "1,582,692"]) and violations(["年度ごとの目標（", "値）"])
    assert violations(["令和元年", "度"]) and not violations(["令和元年度", "の予算"])
    assert violations(["（46／4", "6）"]) and not violations(["  ・箇条書きの", "  続き"])
