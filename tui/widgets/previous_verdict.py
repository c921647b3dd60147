"""Last time's verdict beside this one: the predecessor's category and each indicator's marks.

Shown on the verdict screen (F5) of a report rolled over from another (``predecessor``),
when that report is in the database: the evaluator writes 判断根拠 knowing last time's. Two
read-only lines, e.g. 「前回 soumu-r4-08（令和３年度）: 目標達成」 and 「達成（前回→今回）:
1 イ→空欄　2 イ→ロ」. Hidden for a report without a predecessor in the database. The
predecessor is read in a worker, again only when ``predecessor`` changes.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.widgets import Static

from models.i18n import tr
from models.report.eras import fiscal_year_label
from models.report.model import Report
from models.services.chain import Previous
from tui.app_of import app_of


def previous_text(previous: Previous, report: Report) -> Text:
    """The two lines: last time's category, then each indicator's mark then → now."""
    year = (
        ""
        if previous.evaluated_fiscal_year is None
        else f"（{fiscal_year_label(previous.evaluated_fiscal_year)}）"
    )
    blank = tr("空欄", "blank")
    text = Text(tr("前回 ", "Last time "), style="bold")
    text.append(f"{previous.key}{year}: ")
    text.append(previous.category or blank, style="bold")
    marks = []
    for number, _name, mark in previous.marks:
        now = report.indicator(number)
        after = tr("なし", "gone") if now is None else (now.mark or blank)
        marks.append(f"{number} {mark or blank}→{after}")
    if marks:
        text.append("\n" + tr("達成（前回→今回）: ", "Marks (then→now): "), style="dim")
        text.append("　".join(marks))
    return text


class PreviousVerdict(Static):
    """Give it each report shown (``show``); it reads and shows the predecessor's verdict."""

    DEFAULT_CSS = """
    PreviousVerdict {
        height: auto;
        padding: 0 0 1 0;
        display: none;
    }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._loaded_for: str | None = None
        self._previous: Previous | None = None

    def show(self, report: Report) -> None:
        if report.predecessor != self._loaded_for:
            self._loaded_for = report.predecessor
            self._previous = None
            self.display = False
            if report.predecessor:
                self.load(report)
            return
        self._draw(report)

    @work(thread=True, exclusive=True, group="previous-verdict")
    def load(self, report: Report) -> None:
        from models.services.chain import previous_in
        from models.store.errors import StoreError

        store = app_of(self).store
        if store is None:
            return
        try:
            previous = previous_in(store, report)
        except StoreError:
            previous = None  # last time's verdict is a help, not a reason to stop the screen
        self.app.call_from_thread(self._loaded, report, previous)

    def _loaded(self, report: Report, previous: Previous | None) -> None:
        if report.predecessor != self._loaded_for:
            return  # the predecessor changed meanwhile: a newer load is under way
        self._previous = previous
        self._draw(report)

    def _draw(self, report: Report) -> None:
        self.display = self._previous is not None
        if self._previous is not None:
            self.update(previous_text(self._previous, report))
