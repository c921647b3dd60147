"""Edits one row of a list (e.g. 名称・年月日・抜粋); dismisses with the parsed values or None.

Enter moves to the next field and, on the last one, saves; in a text area it starts a new
line (tab moves on); ctrl+s saves from anywhere. The hint under the fields says which.
A value that does not parse is refused with its message under the field.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, TextArea

from models.i18n import tr
from tui.editing.storable import refuse_unstorable
from tui.widgets.row_list import Column, ListSpec


class RowEditScreen(ModalScreen[dict[str, Any] | None]):
    AUTO_FOCUS = "Input, TextArea"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", tr("保存", "Save"), id="row.save", priority=True),
        Binding("escape", "dismiss(None)", tr("やめる", "Cancel"), id="row.cancel"),
    ]

    def __init__(self, spec: ListSpec, values: dict[str, Any], title: str):
        super().__init__()
        self.spec, self.values, self.title_text = spec, values, title

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="row-edit", classes="dialog"):
            yield Static(Text(self.title_text), classes="title")
            for column in self.spec.columns:
                with Vertical(classes="row-field"):
                    yield Label(Text(column.label))
                    text = column.show(self.values.get(column.name))
                    if column.multiline:
                        yield TextArea(
                            text, id=f"in-{column.name}", soft_wrap=True, tab_behavior="focus"
                        )
                    else:
                        yield Input(text, id=f"in-{column.name}", select_on_focus=False)
                    yield Static("", id=f"err-{column.name}", classes="error-message -blank")
            yield Static(id="row-hint", classes="hint")

    def on_descendant_focus(self) -> None:
        """The hint says what the keys do in the field that has the cursor."""
        self.query_one("#row-hint", Static).update(self._hint())

    def _hint(self) -> str:
        names = [c.name for c in self.spec.columns]
        here = (getattr(self.focused, "id", None) or "").removeprefix("in-")
        if isinstance(self.focused, TextArea):
            enter = tr("Enter 改行・Tab 次の欄", "Enter new line, Tab next field")
        elif here == names[-1]:
            enter = tr("Enter 保存", "Enter save")
        else:
            enter = tr("Enter 次の欄", "Enter next field")
        return enter + tr("・Ctrl+S 保存・Esc やめる", ", Ctrl+S save, Esc cancel")

    def _raw(self, name: str) -> str:
        widget = self.query_one(f"#in-{name}")
        return widget.text if isinstance(widget, TextArea) else widget.value  # type: ignore[attr-defined]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        names = [c.name for c in self.spec.columns]
        here = names.index((event.input.id or "").removeprefix("in-"))
        if not self._check(self.spec.columns[here], {}):
            return
        if here == len(names) - 1:
            self.action_save()
        else:
            self.query_one(f"#in-{names[here + 1]}").focus()

    def _check(self, column: Column, parsed: dict[str, Any]) -> bool:
        """Parse one field into ``parsed``; show its message and return False if refused."""
        raw = self._raw(column.name)
        problem = ""
        try:
            parsed[column.name] = refuse_unstorable(column.parse(raw))
        except ValueError as exc:
            problem = str(exc)
        if not problem and column.name == self.spec.required and not raw.strip():
            problem = tr("{label}を入力してください", "enter {label}", label=column.label)
        message = self.query_one(f"#err-{column.name}", Static)
        message.update(Text(problem))
        message.set_class(not problem, "-blank")
        return not problem

    def action_save(self) -> None:
        parsed: dict[str, Any] = {}
        bad = [c.name for c in self.spec.columns if not self._check(c, parsed)]
        if bad:
            self.query_one(f"#in-{bad[0]}").focus()
        else:
            self.dismiss(parsed)
