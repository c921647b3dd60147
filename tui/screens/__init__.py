"""The screens. Report screens are named here so F2–F6 and F8 can switch between them."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.screens.base import ReportScreen

# name: (module, class) — imported on first use
REPORT_SCREENS: dict[str, tuple[str, str]] = {
    "report": ("tui.screens.header", "HeaderScreen"),
    "budget": ("tui.screens.budget", "BudgetScreen"),
    "indicators": ("tui.screens.indicators", "IndicatorsScreen"),
    "verdict": ("tui.screens.verdict", "VerdictScreen"),
    "preview": ("tui.screens.preview", "PreviewScreen"),
    "plan": ("tui.screens.plan", "PlanScreen"),
}


def report_screen(name: str, key: str) -> ReportScreen:
    module, cls = REPORT_SCREENS[name]
    return getattr(importlib.import_module(module), cls)(key)
