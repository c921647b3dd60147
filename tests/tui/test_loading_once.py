"""Each report screen reads and shows its report once when opened.

Textual calls ``on_mount`` of every class along a screen's MRO itself: a screen that also
called ``super().on_mount()`` read the report twice and showed it twice (F5 and F6 did)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.helpers import make_app, settle
from tui.screens import REPORT_SCREENS, report_screen
from tui.screens.base import ReportScreen

KEY = "soumu-r4-08"


@pytest.mark.parametrize("name", sorted(REPORT_SCREENS))
async def test_a_report_screen_reads_and_shows_its_report_once(
    db_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    shown: list[str] = []
    read, loaded = ReportScreen._read, ReportScreen._loaded

    def counting_read(self: ReportScreen, store):  # type: ignore[no-untyped-def]
        reads.append(self.key)
        return read(self, store)

    def counting_loaded(self: ReportScreen, result):  # type: ignore[no-untyped-def]
        shown.append(self.key)
        return loaded(self, result)

    monkeypatch.setattr(ReportScreen, "_read", counting_read)
    monkeypatch.setattr(ReportScreen, "_loaded", counting_loaded)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.push_screen(report_screen(name, KEY))
        await settle(pilot)
        assert app.screen.report is not None  # type: ignore[attr-defined]
    assert (reads, shown) == ([KEY], [KEY])
