"""Publishing speed beside its anchors (docs/performance.md).

1. PDF of the sample report through ``models.publish`` vs compiling the same Typst source with
   the bare ``typst`` package (same fonts, already loaded): the ratio is hyoka's overhead
   (laying out the model, writing the source). Target ≤ 1.3×.
2. ``hyoka publish --all`` on N synthetic reports (bench.generate): reports per second, PDF
   and HTML, as a user runs it (a subprocess; both cores from 200 reports on). Target ≥ 20/s.
   The PDF cache (models/publish/pdf_cache.py) is private to the run and empty at first: the
   PDF figure is taken twice, first with every report compiled by Typst, then published
   again unchanged (every PDF from the cache). Beside the wall time, the CPU time of the run
   (workers included) and what it gives on idle cores: on a shared machine the wall time
   mostly measures the other programs.

    uv run python -m bench.publish [--n 200] [--reps 7]

Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _median_time(fn, reps: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _median_cpu(fn, reps: int) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds of this process (Typst's threads included): what other programs on a shared
    machine do not change."""
    times = []
    for _ in range(reps):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def single(reps: int) -> None:
    import typst

    from models.publish import document, render
    from models.publish.fonts import find_font
    from models.publish.pdf import _fonts
    from models.publish.typst_source import typst_source
    from models.snapshot.sample import load_sample

    report = load_sample()
    start = time.perf_counter()
    render(document(report), "pdf")
    cold = time.perf_counter() - start
    font = find_font(typeface=document(report).typeface)
    source = typst_source(document(report), font).encode()  # the snapshot attached, as published
    fonts = _fonts(font.folder)

    def bare() -> None:
        typst.compile(source, format="pdf", font_paths=fonts)

    def hyoka() -> None:
        render(document(report), "pdf")

    from models.publish import pdf_cache

    def hyoka_compiled() -> None:  # the PDF cache bypassed: Typst compiles every time
        kept = pdf_cache.get
        pdf_cache.get = lambda name: None  # type: ignore[assignment]
        try:
            hyoka()
        finally:
            pdf_cache.get = kept  # type: ignore[assignment]

    bare()
    # interleaved, so that a busy machine slows both alike
    anchors, ours_times, cached_times = [], [], []
    cpu_anchors, cpu_ours = [], []
    for _ in range(reps):
        anchors.append(_median_time(bare, 1))
        ours_times.append(_median_time(hyoka_compiled, 1))
        cached_times.append(_median_time(hyoka, 1))
        cpu_anchors.append(_median_cpu(bare, 1))
        cpu_ours.append(_median_cpu(hyoka_compiled, 1))
    anchor, ours = statistics.median(anchors), statistics.median(ours_times)
    cpu_anchor, cpu_our = statistics.median(cpu_anchors), statistics.median(cpu_ours)
    print(
        f"PDF, sample report, compiled, CPU time: hyoka {cpu_our * 1000:.0f} ms, bare typst"
        f" {cpu_anchor * 1000:.0f} ms, ratio {cpu_our / cpu_anchor:.2f}x (target <= 1.3x)"
    )
    print(f"PDF, sample report, first in a process (font lookup included): {cold * 1000:.0f} ms")
    print(
        f"PDF, sample report, compiled: hyoka {ours * 1000:.0f} ms, bare typst"
        f" {anchor * 1000:.0f} ms, ratio {ours / anchor:.2f}x (target <= 1.3x), median of {reps}"
    )
    print(
        f"PDF, sample report, unchanged (from the PDF cache):"
        f" {statistics.median(cached_times) * 1000:.1f} ms"
    )


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (with the workers they waited for): the
    figure the other programs on a shared machine do not change, unlike the wall time."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def many(n: int) -> None:
    from bench.generate import generate, write_db

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        write_db(generate(n, seed=1), db)
        env = {**os.environ, "HYOKA_DB": str(db), "XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        for run, fmt in enumerate(("pdf", "pdf", "html")):
            out = Path(tmp) / f"{fmt}-{run}"
            argv = [
                sys.executable,
                "-m",
                "tui.cli.main",
                "publish",
                "--all",
                "--force",
                "-f",
                fmt,
                "-o",
                str(out),
            ]
            start, cpu = time.perf_counter(), _children_cpu()
            done = subprocess.run(argv, env=env, capture_output=True, text=True)
            took, cpu = time.perf_counter() - start, _children_cpu() - cpu
            if done.returncode != 0:
                print(f"publish --all {fmt} failed: {done.stderr.strip()[:500]}")
                continue
            written = len(list(out.iterdir()))
            how = {0: ", empty PDF cache", 1: ", again (PDFs from the cache)"}.get(run, "")
            cores = os.cpu_count() or 1
            print(
                f"hyoka publish --all -f {fmt}{how}, N = {written}: {took:.1f} s,"
                f" {written / took:.1f} reports/s (target >= 20/s), {cores} cores;"
                f" CPU {cpu:.1f} s ({cpu / written * 1000:.0f} ms a report:"
                f" {written / (cpu / cores):.1f} reports/s if the cores were idle)"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--reps", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as cache:
        os.environ["XDG_CACHE_HOME"] = cache  # a private, empty PDF cache
        single(args.reps)
    if args.n:
        many(args.n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
