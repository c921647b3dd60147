"""Roll-over from the report list: ``r`` (or the palette) on the selected report.

Asks the year, key and stage — evaluation or monitoring — (``RollOverScreen``), makes the new
report in a worker (``models.services.rollover.roll_over_in``), says what was done and which
indicators were left out, then opens the new report. Mixed into the home screen, with ``c``:
the calendar of the policies' evaluation and monitoring years (roll-over chains are policies).
"""

from __future__ import annotations

from textual import work

from models.i18n import tr
from tui.app_of import app_of
from tui.background import deliver
from tui.notices import tell
from tui.screens.report_list import ReportList


class RollOverAction(ReportList):
    """Roll-over of the report under the cursor."""

    def action_rollover(self, key: str | None = None) -> None:
        from tui.dialogs.rollover_dialog import RollOverScreen

        key = key or self.current_key()
        if key is None:
            return
        row = next((r for r in self.rows if r.key == key), None)
        year = None if row is None else row.summary.evaluated_fiscal_year
        if year is None:
            tell(
                self,
                tr(
                    "{key} には評価対象年度がないため繰り越せません",
                    "{key} has no evaluated fiscal year, so it cannot be rolled over",
                    key=key,
                ),
                severity="error",
            )
            return

        def chosen(answer: tuple[int, str, str] | None) -> None:
            if answer is not None:
                self.roll_over(key, *answer)

        self.app.push_screen(RollOverScreen(key, year, self.known_keys()), chosen)

    def action_calendar(self) -> None:
        """The calendar of evaluations and monitoring, every policy (tui/screens/calendar.py)."""
        from tui.screens.calendar import CalendarScreen

        self.app.push_screen(CalendarScreen())

    @work(thread=True, group="admin")
    def roll_over(self, key: str, fiscal_year: int, new_key: str, stage: str) -> None:
        from models.services.rollover import describe, roll_over_in

        def job() -> tuple[str, str]:
            store = app_of(self).ready_store()
            result = roll_over_in(store, key, fiscal_year, new_key, stage)
            return new_key, "\n".join(describe(result))

        deliver(self, job, self._rolled_over)

    def _rolled_over(self, outcome: tuple[str, str]) -> None:
        from tui.screens import report_screen

        new_key, message = outcome
        tell(self, message, timeout=10)
        self.refresh_list()
        self.app.push_screen(report_screen("report", new_key))
