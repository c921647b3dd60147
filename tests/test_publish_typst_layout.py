"""How the Typst source keeps tables on one page: a table Typst keeps whole anyway (a kept cell
spanning all its rows) is one unbreakable block of breakable rows when it surely fits a page
(models/publish/typst_fit.py), so that Typst reuses its rows' layouts; the page breaks stay."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from models.printed import Cell, Document, Section, Table, printed_document
from models.publish import render
from models.publish.typst_fit import PAGE_WIDTH, fits_page, groups, kept_on_a_page, row_heights
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
    assert fits_page(row_heights(_objective(3), PAGE_WIDTH))
    assert not fits_page(row_heights(_objective(40), PAGE_WIDTH))


def test_a_merged_cell_taller_than_its_rows_counts() -> None:
    t = _objective(2)
    tall = [list(row) for row in t.cells()]
    tall[1][0] = Cell("長い目標の文。" * 400, rowspan=4)
    assert not fits_page(row_heights(Table.from_grid(tall, widths=(1.0, 3.0)), PAGE_WIDTH))


def test_a_table_kept_together_is_one_unbreakable_block() -> None:
    source = table(_objective(3))
    assert source.startswith("block(breakable: false, table(")
    assert source.count("breakable: false") == 1 + 2  # the block, and the two header cells


def test_a_table_taller_than_a_page_lets_its_spanning_cell_break() -> None:
    """Kept whole, the objective's cell would tie 80 rows into one group taller than a page
    (Typst lays it past the margin): it may break, and each row is still kept whole."""
    source = table(_objective(40))
    assert source.startswith("table(")
    assert "table.cell(rowspan: 80)" in source
    assert source.count("breakable: false") == 2 + 80  # the header's cells, each body row's


def _indicators(count: int, rows: int, text: str) -> Table:
    """An objective beside ``count`` indicators of ``rows`` rows each, tied by a number cell."""
    grid: list[list[Cell]] = [[Cell("施策目標", header=True), Cell("番号"), Cell("実績")]]
    for i in range(count):
        grid.append([Cell(str(i + 1), rowspan=rows), Cell(f"{text}{i}-0")])
        grid += [[Cell(f"{text}{i}-{r}")] for r in range(1, rows)]
    grid[1].insert(0, Cell("目標の文", rowspan=count * rows))
    return Table.from_grid(grid, widths=(1.0, 0.3, 3.0))


def test_each_indicator_stays_whole_when_the_table_does_not() -> None:
    t = _indicators(12, 4, "年度ごとの実績の説明。" * 12)
    kept = kept_on_a_page(t, row_heights(t, PAGE_WIDTH), [[True] * len(row) for row in t.cells()])
    assert kept[1][0] is False  # the objective's cell lets go
    assert all(all(row) for row in kept[2:]) and all(kept[1][1:])  # the indicators' cells not
    assert [g[:2] for g in groups(t.cells(), kept, 1)] == [
        (1 + 4 * i, 4 + 4 * i) for i in range(12)
    ]


def test_an_indicator_taller_than_a_page_lets_its_rows_break() -> None:
    t = _indicators(2, 3, "とても長い実績の説明。" * 300)
    kept = kept_on_a_page(t, row_heights(t, PAGE_WIDTH), [[True] * len(row) for row in t.cells()])
    assert not any(any(row) for row in kept[1:])


def test_a_table_that_fits_keeps_what_it_kept() -> None:
    t = _indicators(2, 2, "短い")
    keep = [[True] * len(row) for row in t.cells()]
    assert kept_on_a_page(t, row_heights(t, PAGE_WIDTH), keep) == keep


def _below_the_margin(pdf: bytes) -> list[str]:
    """Text printed below the bottom margin (12 mm), the page numbers aside."""
    margin = 12 / 25.4 * 72
    low: list[str] = []

    def seen(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # the text's baseline on the page
        if text.strip() and y < margin and not text.strip()[0].isdigit():
            low.append(text)

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=seen)
    return low


def test_no_text_runs_below_the_bottom_margin() -> None:
    """Indicators of long yearly texts, together taller than a page: before, the whole table
    was one group and its last rows were printed past the margin, off the paper."""
    t = _indicators(8, 4, "年度ごとの実績の説明、その背景と要因。" * 6)
    assert not fits_page(row_heights(t, PAGE_WIDTH))
    doc = Document(key="x", title="はみ出し", sections=(Section("t", "表", (t,), "bare"),))
    pdf = render(doc, "pdf")
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 1
    assert _below_the_margin(pdf) == []


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
