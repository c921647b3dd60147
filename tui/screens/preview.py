"""F6: the whole report as the printed form lays it out, read-only, section by section.

The layout comes from :func:`models.printed.stage_sections` (the 評価書, or in a monitoring year
the モニタリング結果: the same model every published
format renders); this screen only draws it: headings, lines of text and Rich tables (merged
cells shown in their first position), every report string broken into lines by hyoka's
Japanese line breaker at the width it is drawn at (:class:`tui.widgets.broken_renderable.Broken`):
no line starts with 、 or ）, figures stay whole, bullets and notes hang.
Keys: ``n``/``]`` next section, ``p``/``[`` previous, ``o`` publish (PDF, HTML…); the
scroll's own ``home``/``end``, ``pageup``/``pagedown`` and arrows move through it.
"""

from __future__ import annotations

from rich import box
from rich.table import Table as RichTable
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Header, Static

from models.i18n import tr
from models.printed import Block, Heading, Section, Table, block_text, stage_sections
from models.report.model import Report
from tui.screens.base import ReportScreen
from tui.screens.doubts import doubts_text, open_doubts
from tui.widgets.broken_renderable import Broken
from tui.widgets.fitted_footer import FittedFooter
from tui.widgets.fitted_table import FittedTable


def _table(table: Table) -> FittedTable:
    out = RichTable(box=box.SQUARE, show_lines=True, expand=False, header_style="bold")
    for i, heading in enumerate(table.header):
        numeric = i > 0 and all(_is_figure(row[i]) for row in table.rows)
        out.add_column(Broken(heading), justify="right" if numeric else "left", overflow="fold")
    for row in table.rows:
        out.add_row(*(Broken(cell) for cell in row))
    return FittedTable(out)


def _is_figure(cell: str) -> bool:
    return cell.replace("△", "").replace(",", "").replace(".", "").strip().isdigit() or not cell


def _block(block: Block) -> Static:
    if isinstance(block, Table):
        return Static(_table(block), classes="preview-table")
    if isinstance(block, Heading):
        return Static(Broken(block.text, style="bold"), classes="preview-line")
    return Static(Broken(block_text(block), hang=True), classes="preview-line")


class PreviewScreen(ReportScreen):
    SCREEN_NAME = "preview"
    BINDINGS = [
        Binding(
            "n,right_square_bracket", "section(1)", tr("次の節", "Next section"), id="preview.next"
        ),
        Binding(
            "p,left_square_bracket",
            "section(-1)",
            tr("前の節", "Previous section"),
            id="preview.previous",
            show=False,
        ),
        Binding("o", "publish", tr("発行", "Publish"), id="preview.publish"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(Static(tr("読み込み中…", "Loading…")), id="preview")
        yield FittedFooter()

    def on_mount(self) -> None:
        self.query_one("#preview", VerticalScroll).focus()

    def show_report(self, report: Report) -> None:
        scroll = self.query_one("#preview", VerticalScroll)
        y = scroll.scroll_y
        doubts = open_doubts(report, self.imported)
        with self.app.batch_update():
            scroll.remove_children()
            if doubts:  # what the import from a form left to check, before the form
                scroll.mount(Static(doubts_text(doubts), id="preview-doubts"))
            scroll.mount_all(self._section(s) for s in stage_sections(report))
        scroll.call_after_refresh(scroll.scroll_to, y=y, animate=False)

    def _section(self, section: Section) -> Vertical:
        title = Static(Broken(section.title), classes="preview-title")
        blocks = (*section.blocks, *section.beside)  # 分野, 作成責任者名: after the row's text
        return Vertical(title, *(_block(b) for b in blocks), classes="preview-section")

    def _tops(self) -> list[int]:
        return [w.virtual_region.y for w in self.query(".preview-section")]

    def action_section(self, step: int) -> None:
        scroll = self.query_one("#preview", VerticalScroll)
        here = round(scroll.scroll_y)
        tops = self._tops()
        if step > 0:
            later = [t for t in tops if t > here]
            target = later[0] if later else scroll.max_scroll_y
        else:
            earlier = [t for t in tops if t < here]
            target = earlier[-1] if earlier else 0
        scroll.scroll_to(y=target, animate=False, immediate=True)

    def action_publish(self) -> None:
        from tui.screens.publish_flow import start_publish

        start_publish(self)
