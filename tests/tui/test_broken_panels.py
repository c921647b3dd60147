"""Read-only panels break their lines with hyoka's Japanese line breaker, not Rich's."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len

from models.text.linebreak import NO_END, NO_START
from tests.tui.helpers import make_app, settle
from tui.widgets.verdict_basis import VerdictBasis


async def test_the_verdict_evidence_keeps_the_rules_at_80_columns(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f5")
        await settle(pilot)
        basis = app.screen.query_one(VerdictBasis)
        width = basis.content_region.width
        lines = str(basis.render()).split("\n")
        assert len(lines) > 10 and 20 < width < 80
        assert all(cell_len(line) <= width for line in lines), width
        assert not any(line[:1] in NO_START for line in lines)
        assert not any(line[-1:] in NO_END for line in lines)
        assert any("63.2%" in line for line in lines)  # a figure kept whole on its line
