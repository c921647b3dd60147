"""The report's comments beside the form (ctrl+o or F10): read them, answer one, resolve one.

A panel on the right half of the screen over the form: the open comments (with ``a`` the
resolved too), each with who, when, its place in the form's words and its answers; ``enter``
on a comment moves to the answer line, whose ``enter`` saves the answer; ``r`` resolves the
comment under the cursor; ``escape`` closes. What a person's role may not do is refused by the
store, with its message."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from models.i18n import tr
from tui.notices import tell_error

if TYPE_CHECKING:
    from models.report.review import Review
    from models.store.store import Store


class CommentsPanel(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", tr("閉じる", "Close"), id="comments.close"),
        Binding("r", "resolve", tr("解決", "Resolve"), id="comments.resolve"),
        Binding("a", "everything", tr("解決済みも", "All"), id="comments.all"),
    ]
    DEFAULT_CSS = """
    CommentsPanel { align: right top; }
    #comments-panel { width: 50%; height: 100%; border-left: heavy $accent; background: $panel; }
    #comments-list { height: 1fr; }
    """

    def __init__(self, store: Store, key: str):
        super().__init__()
        self.store, self.key = store, key
        self.everything = False
        self.review: Review | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="comments-panel"):
            yield Static(Text(tr("コメント", "Comments")), classes="title", id="comments-title")
            yield OptionList(id="comments-list")
            yield Input(placeholder=tr("回答を入力して enter", "type an answer, enter"))
            yield Static(
                tr("enter: 回答　r: 解決　a: 解決済みも　esc: 閉じる",
                   "enter: answer  r: resolve  a: all  esc: close"),
                classes="hint",
            )  # fmt: skip

    def on_mount(self) -> None:
        self.reload()

    @work(thread=True, exclusive=True, group="comments")
    def reload(self) -> None:
        from models.store.errors import StoreError

        try:
            review = self.store.review(self.key)
        except StoreError as exc:
            tell_error(self, exc)
            return
        self.app.call_from_thread(self._show, review)

    def _show(self, review: Review) -> None:
        from models.services.review_text import comment_lines

        self.review = review
        shown = review.comments if self.everything else review.open_comments()
        title = tr("コメント（{s}）", "Comments ({s})", s=review.status)
        self.query_one("#comments-title", Static).update(Text(title))
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        options.add_options(
            [Option(Text("\n".join(comment_lines(c))), id=str(c.id)) for c in shown]
            or [Option(Text(tr("未解決のコメントはありません", "no open comments")), disabled=True)]
        )
        if shown:
            options.highlighted = min(highlighted or 0, len(shown) - 1)
        options.focus()

    def _chosen(self) -> int | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        option = options.get_option_at_index(options.highlighted)
        return int(option.id) if option.id else None

    def on_option_list_option_selected(self, _event: OptionList.OptionSelected) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        chosen, text = self._chosen(), event.value.strip()
        if chosen is not None and text:
            event.input.value = ""
            self._write(lambda store: store.reply(self.key, chosen, text))

    def action_resolve(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self._write(lambda store: store.resolve(self.key, chosen))

    def action_everything(self) -> None:
        self.everything = not self.everything
        if self.review is not None:
            self._show(self.review)

    def action_close(self) -> None:
        self.dismiss(None)

    @work(thread=True, group="comments-write")
    def _write(self, job) -> None:  # type: ignore[no-untyped-def]
        from models.store.errors import StoreError

        try:
            job(self.store)
        except StoreError as exc:
            tell_error(self, exc)
        self.app.call_from_thread(self.reload)
