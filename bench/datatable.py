"""What a DataTable of N rows costs in a bare Textual app (the report list's hot spot).

    python -m bench.datatable [--n 5000]

Prints the time of ``add_row`` × N, of the first frame after them (DataTable measures every
cell on idle), of a clear + refill, and of a clear + one row.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable


class TableApp(App[None]):
    def compose(self) -> ComposeResult:
        yield DataTable()


async def measure(n: int) -> None:
    app = TableApp()
    async with app.run_test(size=(120, 40)) as pilot:
        table = app.query_one(DataTable)
        table.add_columns("key", "ministry", "policy", "FY", "verdict", "checks")
        rows = [
            (
                Text(f"soumu-r4-{i:05d}"),
                Text("総務省"),
                Text(f"{i % 40}：行政手続のオンライン化（電子自治体）"),
                "令和４年度",
                Text("目標達成"),
                "3",
            )
            for i in range(n)
        ]
        await pilot.pause()
        frames: list[float] = []
        original = app._display

        def display(screen, renderable):  # type: ignore[no-untyped-def]
            original(screen, renderable)
            frames.append(time.perf_counter())

        app._display = display  # type: ignore[method-assign]

        async def next_frame(after: float) -> float:
            frames.clear()
            while not frames:
                await asyncio.sleep(0.001)
            return frames[0] - after

        t0 = time.perf_counter()
        for i, row in enumerate(rows):
            table.add_row(*row, key=str(i))
        t1 = time.perf_counter()
        print(f"add_row × {n}: {t1 - t0:.3f} s; first frame after: {await next_frame(t1):.3f} s")
        t0 = time.perf_counter()
        table.clear()
        for i, row in enumerate(rows):
            table.add_row(*row, key=str(i))
        t1 = time.perf_counter()
        print(f"clear + refill: {t1 - t0:.3f} s; first frame after: {await next_frame(t1):.3f} s")
        t0 = time.perf_counter()
        table.clear()
        table.add_row(*rows[0], key="only")
        t1 = time.perf_counter()
        print(f"clear + one row: {t1 - t0:.3f} s; first frame after: {await next_frame(t1):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.datatable")
    parser.add_argument("--n", type=int, default=5000)
    asyncio.run(measure(parser.parse_args().n))


if __name__ == "__main__":
    main()
