"""Asks the fiscal year, key and stage of a roll-over; dismisses with ``(fiscal_year, key, stage)``
or None. The stage is which the new year is: an evaluation (評価書, the default) or a monitoring
year (モニタリング結果, ``Report.stage = "monitoring"``), chosen with the arrows in
:class:`~tui.widgets.stage_choice.StageChoice`; Enter creates from any field.

Opened from the report list on the selected report (``r``, or the palette). The year starts
at the source's next, the key at :func:`models.services.rollover.default_key` for it, and the key
follows the year while the evaluator has not typed one of their own. A year not after the
source's or a key that is taken is refused under its field.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from models.i18n import tr
from models.report.eras import fiscal_year_label, parse_fiscal_year
from models.report.labels import label
from models.services.rollover import default_key
from tui.dialogs.new_report import key_problem
from tui.widgets.stage_choice import StageChoice


class RollOverScreen(ModalScreen[tuple[int, str, str] | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", tr("やめる", "Cancel"), id="rollover.cancel"),
    ]
    DEFAULT_CSS = """
    RollOverScreen {
        align: center middle;
    }
    """

    def __init__(self, key: str, fiscal_year: int, taken: Collection[str]):
        super().__init__()
        self.source_key = key
        self.source_year = fiscal_year
        self.taken = taken
        self._suggested = default_key(key, fiscal_year, fiscal_year + 1)

    def compose(self) -> ComposeResult:
        with Vertical(id="rollover", classes="dialog"):
            yield Static(
                Text(
                    tr(
                        "繰越し: {key}（{label}）から次の評価書",
                        "Roll over {key} ({year}) to a new report",
                        key=self.source_key,
                        label=fiscal_year_label(self.source_year),
                        year=self.source_year,
                    )
                ),
                classes="title",
            )
            yield Label(label("evaluated_fiscal_year"))
            yield Input(str(self.source_year + 1), id="year")
            yield Static("", id="year-error", classes="error-message")
            yield Label(tr("新しいキー（a-z 0-9 -）", "New key (a-z 0-9 -)"))
            yield Input(self._suggested, id="key")
            yield Static("", id="key-error", classes="error-message")
            yield StageChoice(id="stage")
            yield Static(
                tr(
                    "達成・測定結果・次期目標等は空になり、元の評価書は変わりません。"
                    "↑↓ で評価／モニタリング、Enter で作成、Esc でやめる",
                    "Marks, verdict and next steps start blank; the source is not changed. "
                    "↑↓ evaluation / monitoring, Enter creates, Esc cancels",
                ),
                classes="hint",
            )

    def _year(self) -> tuple[int | None, str]:
        text = self.query_one("#year", Input).value
        try:
            year = parse_fiscal_year(text)
        except ValueError as exc:
            return None, str(exc)
        if year <= self.source_year:
            return None, tr(
                "{key} の評価対象年度（{year}）より後の年度にしてください",
                "give a fiscal year after {key}'s ({year})",
                key=self.source_key,
                year=self.source_year,
            )
        return year, ""

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "year":
            return
        year, _ = self._year()
        key_input = self.query_one("#key", Input)
        if year is not None and key_input.value == self._suggested:  # not typed over
            self._suggested = default_key(self.source_key, self.source_year, year)
            key_input.value = self._suggested

    def on_stage_choice_create(self, _event: StageChoice.Create) -> None:
        self.create()

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self.create()

    def create(self) -> None:
        year, year_error = self._year()
        key = unicodedata.normalize("NFKC", self.query_one("#key", Input).value).strip()
        key_error = key_problem(key, self.taken)
        self.query_one("#year-error", Static).update(Text(year_error))
        self.query_one("#key-error", Static).update(Text(key_error))
        if year_error:
            self.query_one("#year", Input).focus()
        elif key_error:
            self.query_one("#key", Input).focus()
        elif year is not None:
            self.dismiss((year, key, self.query_one(StageChoice).stage))
