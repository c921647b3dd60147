"""施策目標 and their 測定指標 as a tree: ``－ ① クラウド導入市区町村数`` (mark, number, name).

A circled number marks a 主要な測定指標. Nodes carry ``("objective", i)`` or
``("indicator", i, j)``: positions, so a renumbered indicator keeps its place.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from models.i18n import tr
from models.report.eras import form_digits
from models.report.labels import label
from models.report.model import Indicator, Report
from models.report.paths import indicator_place, objective_place
from models.rules.findings import Finding
from tui.widgets.cell_findings import flag
from tui.widgets.edit_grid import EditGrid

Place = tuple[str, int] | tuple[str, int, int]


def number_label(indicator: Indicator) -> str:
    n = indicator.number
    if indicator.main and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    return form_digits(n)


class IndicatorTree(Tree[Place]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "request('add')", tr("指標追加", "Add indicator"), id="indicators.add"),
        Binding(
            "o",
            "request('add_objective')",
            tr("目標追加", "Add objective"),
            id="indicators.add_objective",
            show=False,
        ),
        Binding(
            "x,d", "request('remove')", tr("削除", "Remove"), id="indicators.remove", show=False
        ),
        Binding("j", "cursor_down", show=False, id="indicators.down"),
        Binding("k", "cursor_up", show=False, id="indicators.up"),
    ]

    def __init__(self) -> None:
        super().__init__(Text(label("objective")), id="indicator-tree")
        self.show_root = False
        self.auto_expand = False
        self.guide_depth = 2

    def fill(self, report: Report, places: dict[str, list[Finding]]) -> None:
        line = self.cursor_line
        self.clear()
        for i, objective in enumerate(report.objectives):
            number = tr(
                "{w}{n}　", "{w} {m}: ", w=label("objective"), n=form_digits(i + 1), m=i + 1
            )
            head = Text(number, style="bold")
            head.append(objective.text or tr("（空欄）", "(blank)"))
            node = self.root.add(
                flag(head, places.get(objective_place(i), [])), data=("objective", i), expand=True
            )
            for j, ind in enumerate(objective.indicators):
                own = indicator_place(ind.number)
                found = [
                    f
                    for p, fs in places.items()
                    if p == own or p.startswith(own + ".")
                    for f in fs
                    if f.severity != "info"
                ]
                text = Text(f"{ind.mark or '　'} {number_label(ind)} ")
                text.append(ind.name)
                node.add_leaf(flag(text, found), data=("indicator", i, j))
        self.cursor_line = max(line, 0)

    def render_label(self, node: TreeNode[Any], base_style: Style, style: Style) -> Text:
        """The label, ending in ``…`` where it would pass the tree's right edge (the tree
        never scrolls sideways to hide the end of a name)."""
        text = super().render_label(node, base_style, style)
        depth, parent = 0, node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        room = self.scrollable_content_region.width - depth * self.guide_depth
        if room > 0 and text.cell_len > room:
            text.truncate(room, overflow="ellipsis")
        return text

    def action_request(self, what: str) -> None:
        self.post_message(EditGrid.Request(self, what))

    def place(self) -> Place | None:
        node = self.cursor_node
        return None if node is None else node.data
