"""Moving between the screens of one report: F2–F6 and F8, F7 for the history, and
``ctrl+g`` then a digit or letter where a terminal keeps the F-keys for itself."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from models.i18n import tr

# (screen name, F-key, key after ctrl+g, label)
NAVIGATION = (
    ("report", "f2", "2", ("報告書", "Report")),
    ("budget", "f3", "3", ("予算", "Budget")),
    ("indicators", "f4", "4", ("指標", "Indicators")),
    ("verdict", "f5", "5", ("測定結果", "Verdict")),
    ("preview", "f6", "6", ("プレビュー", "Preview")),
    ("plan", "f8", "8", ("事前分析表", "Plan")),
)
SHOWN_IN_FOOTER = ("budget", "indicators", "verdict")  # 80 columns hold about six keys


def navigation_bindings() -> list[BindingType]:
    return [
        *(
            Binding(
                fkey,
                f"goto('{name}')",
                tr(*label),
                id=f"screen.{name}",
                priority=True,
                show=name in SHOWN_IN_FOOTER,
            )
            for name, fkey, _, label in NAVIGATION
        ),
        Binding(
            "f7", "history", tr("履歴", "History"), id="screen.history", show=False, priority=True
        ),
        Binding("ctrl+g", "choose_screen", tr("移動", "Go to"), id="screen.go", priority=True),
    ]
