"""How the Typst source keeps tables on one page: a table Typst keeps whole anyway (a kept cell
spanning all its rows) is one unbreakable block of breakable rows when it surely fits a page
(models/publish/typst_fit.py), so that Typst reuses its rows' layouts; the page breaks stay."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from models.printed import Cell, Document, Section, Table, printed_document
from models.publish import render
from models.publish.typst_fit import PAGE_WIDTH, fits_page
from models.publish.typst_source import _kept_together, table, typst_source
from models.snapshot.sample import load_sample


def _objective(indicators: int, text: str = "指標の名称") -> Table:
    """An indicator table's shape: a kept objective cell spanning every row of the body."""
    grid: list[list[Cell]] = [[Cell("施策目標", header=True), Cell("指標", header=True)]]
    for i in range(indicators):
        grid.append([Cell(f"{text}{i}")])
        grid.append([Cell(f"実績{i}")])
    grid[1].insert(0, Cell("目標の文", rowspan=2 * indicators))
    return Table.from_grid(grid, widths=(1.0, 3.0))


def _keep(t: Table) -> list[bool]:
    return [True] * len(t.cells())


def test_a_cell_spanning_every_row_keeps_the_table_together() -> None:
    t = _objective(3)
    assert _kept_together(t.cells(), _keep(t), 1)


def test_rows_kept_one_by_one_are_not_one_group() -> None:
    t = Table.from_grid([[Cell("見出し", header=True)], [Cell("一")], [Cell("二")]])
    assert not _kept_together(t.cells(), _keep(t), 1)


def test_a_first_row_not_kept_is_not_one_group() -> None:
    t = _objective(2)
    keep = _keep(t)
    keep[1] = False
    assert not _kept_together(t.cells(), keep, 1)


def test_a_short_table_fits_a_page_and_a_long_one_does_not() -> None:
    assert fits_page(_objective(3), PAGE_WIDTH)
    assert not fits_page(_objective(40), PAGE_WIDTH)


def test_a_merged_cell_taller_than_its_rows_counts() -> None:
    t = _objective(2)
    tall = [list(row) for row in t.cells()]
    tall[1][0] = Cell("長い目標の文。" * 400, rowspan=4)
    assert not fits_page(Table.from_grid(tall, widths=(1.0, 3.0)), PAGE_WIDTH)


def test_a_table_kept_together_is_one_unbreakable_block() -> None:
    source = table(_objective(3))
    assert source.startswith("block(breakable: false, table(")
    assert source.count("breakable: false") == 1 + 2  # the block, and the two header cells


def test_a_table_taller_than_a_page_keeps_its_unbreakable_cells() -> None:
    source = table(_objective(40))
    assert source.startswith("table(")
    assert "table.cell(rowspan: 80, breakable: false)" in source


def test_the_samples_indicator_table_is_a_block() -> None:
    doc = printed_document(load_sample())
    assert "block(breakable: false, table(" in typst_source(doc, "Noto Sans CJK JP")


@pytest.mark.parametrize("filler", [28, 30])
def test_a_block_table_moves_to_the_next_page_whole(filler: int) -> None:
    """Text filling part of the first page, then a table that fits a page but, after the
    longer filler, not what is left of the first one: it starts on the second, header and
    last row together; after the shorter filler it stays on the first."""
    t = _objective(6)
    assert table(t).startswith("block(")
    doc = Document(
        key="x",
        title="改ページ",
        sections=(
            Section("filler", "前書き", tuple(f"前書きの段落{i}" for i in range(filler)), "bare"),
            Section("table", "表", (t,), "bare"),
        ),
    )
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(render(doc, "pdf"))).pages]
    on = [i for i, text in enumerate(pages) if "施策目標" in text]
    assert on == [i for i, text in enumerate(pages) if "実績5" in text]
    assert on == ([0] if filler == 28 else [1])  # as without the block (checked)
