"""Excel publishing against its anchor: the same cells written with bare XlsxWriter.

    python -m bench.publish_xlsx [--reps 30]

For the sample report and a generated one (bench.generate, seed 1, report 0), hyoka's path is
``printed_document(report)`` then ``models.publish.xlsx.render``. The anchor writes exactly the
cells, merges, row heights and column widths that hyoka's workbook holds (read back once with
openpyxl, outside the timing) through XlsxWriter with three formats (text, figure, label), so
the ratio is the cost of hyoka's model and layout over the library's own writing. Medians of
``--reps`` runs are printed with their ratio (target ≤ 1.5×); nothing is asserted.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

import openpyxl
import xlsxwriter

from bench.generate import make_report
from models.printed import printed_document
from models.publish import xlsx
from models.report.model import Report
from models.snapshot.sample import load_sample

TARGET = 1.5


@dataclass
class Cells:
    values: list[tuple[int, int, str | int | float, bool]]  # row, col, value, label column
    merges: list[tuple[int, int, int, int]]
    heights: dict[int, float]
    widths: dict[int, float]


def cells_of(data: bytes) -> Cells:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    values = [
        (c.row - 1, c.column - 1, c.value, c.column == 1)
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    ]
    merges = [
        (r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1) for r in sheet.merged_cells
    ]
    heights = {i - 1: d.height for i, d in sheet.row_dimensions.items() if d.height}
    widths = {i: sheet.column_dimensions[chr(65 + i)].width for i in range(sheet.max_column)}
    return Cells(values, merges, heights, widths)  # type: ignore[arg-type]


def anchor(cells: Cells) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = book.add_worksheet("評価書")
    base = {"font_name": xlsx.FONT, "text_wrap": True, "border": 1, "valign": "top"}
    text = book.add_format(base)
    label = book.add_format(base | {"bold": True})
    figure = book.add_format(base | {"num_format": xlsx.number_format(0)})
    for first_row, first_col, last_row, last_col in cells.merges:
        sheet.merge_range(first_row, first_col, last_row, last_col, "", text)
    for row, col, value, is_label in cells.values:
        if isinstance(value, str):
            sheet.write_string(row, col, value, label if is_label else text)
        else:
            sheet.write_number(row, col, value, figure)
    for row, height in cells.heights.items():
        sheet.set_row(row, height)
    for col, width in cells.widths.items():
        sheet.set_column(col, col, width)
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    book.close()
    return out.getvalue()


def median_ms(run: Callable[[], object], reps: int) -> float:
    run()  # warm
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(name: str, report: Report, reps: int) -> None:
    cells = cells_of(xlsx.render(printed_document(report)))
    ours = median_ms(lambda: xlsx.render(printed_document(report)), reps)
    bare = median_ms(lambda: anchor(cells), reps)
    ratio = ours / bare
    verdict = "met" if ratio <= TARGET else "MISSED"
    print(
        f"{name:<24} hyoka {ours:7.2f} ms   bare XlsxWriter {bare:7.2f} ms   "
        f"ratio {ratio:4.2f}× (target ≤ {TARGET}×: {verdict})   cells {len(cells.values)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=30)
    args = parser.parse_args()
    measure("sample (総務省R4－⑧)", load_sample(), args.reps)
    measure("generated (seed 1, #0)", make_report(1, 0), args.reps)


if __name__ == "__main__":
    main()
