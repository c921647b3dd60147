"""In-process measurements, each run by ``bench.run`` in a fresh subprocess.

    python -m bench.inproc filter  --db DB [--reps 20]
    python -m bench.inproc screens --db DB [--reps 10]
    python -m bench.inproc export  --db DB --out DIR [--reps 3]
    python -m bench.inproc import  --dir DIR --out DIR [--reps 3]
    python -m bench.inproc check   --db DB

Each prints one JSON object on its last line of stdout: the samples (seconds) of the figure
and of its anchor, measured in the same process, plus notes.

How the TUI figures are taken: the app runs headless under ``App.run_test``; a wrapper on
``App._display`` (which Textual calls with every rendered frame, headless or not) records
the first frame in which the expected state is visible. Key presses go to the driver as the
real one sends them, so no Pilot idle-wait (20 ms granularity) is counted. Headless Textual
renders the frame but does not turn it into escape sequences; that last step is in the
pty-based figures (start-up, bytes).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import io
import json
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

QUIET = 1.0


def emit(result: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()


# ---------------------------------------------------------------- TUI probes
class FrameWatch:
    """Record when a rendered frame first satisfies a condition."""

    def __init__(self, app: Any):
        self.app = app
        self.condition: Callable[[], bool] | None = None
        self.hit: float | None = None
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if self.condition is not None and self.hit is None and renderable is not None:
                try:
                    if self.condition():
                        self.hit = time.monotonic()
                except Exception:  # a screen half-built: not yet
                    pass

        app._display = display

    def expect(self, condition: Callable[[], bool]) -> None:
        self.hit = None
        self.condition = condition

    async def wait(self, timeout: float = 10.0) -> float:
        deadline = time.monotonic() + timeout
        while self.hit is None:
            if time.monotonic() > deadline:
                raise TimeoutError("the expected frame never came")
            await asyncio.sleep(0.001)
        return self.hit


def _send_key(app: Any, key: str) -> None:
    """Deliver a key as the terminal driver does (no idle wait)."""
    from textual import events

    char = key if len(key) == 1 else None
    if key == "backspace":
        char = "\x7f"
    app._driver.send_message(events.Key(key, char))


def _list_table(screen: Any) -> Any:
    from textual.widgets import DataTable

    try:
        return screen.query_one("#reports")
    except Exception:
        return screen.query_one(DataTable)


def _row_count(table: Any) -> int:
    return int(table.row_count)


async def _start(db: str, size: tuple[int, int] = (120, 40)) -> tuple[Any, Any, Any]:
    from tui.app.app import HyokaApp

    app = HyokaApp(db, user="bench")
    ctx = app.run_test(size=size)
    pilot = await ctx.__aenter__()
    # wait until the list has its rows
    from models.store.store import open_store

    store = open_store(db)
    total = len(store.keys())
    store.close()
    deadline = time.monotonic() + 120
    while True:
        try:
            if _row_count(_list_table(app.screen)) >= min(total, 1) and app.store is not None:
                break
        except Exception:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError("the report list never filled")
        await asyncio.sleep(0.01)
    await _settle(app, pilot)
    return app, pilot, ctx


async def _settle(app: Any, pilot: Any) -> None:
    """Wait until no worker runs and the screen has refreshed (as tests/tui/helpers.settle)."""
    for _ in range(2000):
        try:
            await app.workers.wait_for_complete()
        except Exception:  # an exclusive worker was cancelled by its successor: wait again
            pass
        await pilot.pause()
        if not any(w.is_running for w in app.workers):
            return


def _needle(keys: list[str]) -> str:
    """Ten characters a user might type: the start of the most common key prefix."""
    from collections import Counter

    prefix = Counter(k.split("-")[0] for k in keys).most_common(1)[0][0]
    sample = next(k for k in keys if k.startswith(prefix + "-"))
    return (sample + "0" * 10)[:10]


async def probe_filter(db: str, reps: int) -> dict[str, Any]:
    """Type into the list filter, one key at a time; time each key until the list is updated.

    Whatever the filter's matching rules, the result of a key is the list as it stands once the
    app is quiet again (no frame for QUIET s; the cursor blink is off). The figure is the time
    of the last frame before that quiet: DataTable shows the new rows in a first frame, then
    re-measures every cell on idle and repaints, and until then the app reads no key. The first
    frame is noted too.
    """
    from models.store.store import open_store

    store = open_store(db)
    keys = store.keys()
    store.close()
    app, pilot, ctx = await _start(db)
    notes: list[str] = []
    samples: list[float] = []  # key → the last frame before the app went quiet
    first: list[float] = []  # key → the first frame showing the right rows
    counts: list[int] = []
    try:
        from textual.widgets import Input

        screen = app.screen
        field = (
            screen.query_one("#filter", Input)
            if screen.query("#filter")
            else screen.query_one(Input)
        )
        table = _list_table(screen)
        frames: list[tuple[float, str, int]] = []
        original = app._display

        def display(scr: Any, renderable: Any) -> None:
            original(scr, renderable)
            if renderable is not None:
                try:
                    frames.append((time.monotonic(), field.value, _row_count(table)))
                except Exception:
                    pass

        app._display = display
        field.cursor_blink = False  # a blink is a frame too; it is not the filter's work
        field.focus()
        await _settle(app, pilot)
        needle = _needle(keys)
        strokes: list[str] = []
        while len(strokes) < reps:
            strokes += list(needle) + ["backspace"] * len(needle)
        strokes = strokes[:reps]
        value = field.value
        for key in strokes:
            value = value[:-1] if key == "backspace" else value + key
            frames.clear()
            t0 = time.monotonic()
            _send_key(app, key)
            # quiet: the value is in and no frame for QUIET s (longer than any typing debounce)
            deadline = t0 + 30
            while time.monotonic() < deadline:
                await asyncio.sleep(0.01)
                if field.value == value and frames and time.monotonic() - frames[-1][0] > QUIET:
                    break
            else:
                notes.append(f"after {key!r} the screen never went quiet")
                break
            final = frames[-1][2]
            first.append(next(t for t, v, n in frames if v == value and n == final) - t0)
            samples.append(frames[-1][0] - t0)
            counts.append(final)
        notes.append(
            f"typed {needle!r} then backspace, one key at a time; rows shown "
            f"{min(counts, default=0)}–{max(counts, default=0)} of {len(keys)}"
        )
        if first:
            notes.append(
                f"first frame with the new rows: median {statistics.median(first) * 1000:.0f} ms "
                f"(max {max(first) * 1000:.0f} ms); the figure is the last frame of the "
                "update (column widths re-measured), after which the next key is read"
            )
    finally:
        await ctx.__aexit__(None, None, None)
    return {"samples": samples, "notes": notes}


async def probe_screens(db: str, reps: int) -> dict[str, Any]:
    """Open each report screen from the list and time it until its report is painted."""
    from models.store.store import open_store
    from tui.screens import REPORT_SCREENS

    store = open_store(db)
    keys = store.keys()
    # the data part of opening any report screen: the loading worker's store call
    load: list[float] = []
    for key in keys[: max(reps, 5)]:
        t0 = time.perf_counter()
        store.load_report(key)
        load.append(time.perf_counter() - t0)
    store.close()
    out: dict[str, Any] = {"load_report": {"samples": load}}
    present = {
        name: importlib.util.find_spec(module) is not None
        for name, (module, _cls) in REPORT_SCREENS.items()
    }
    wanted = [name for name in ("report", "budget", "verdict") if present.get(name)]
    for name in ("budget", "verdict"):
        if not present.get(name):
            out[name] = {"samples": [], "notes": [f"{REPORT_SCREENS[name][0]} does not exist yet"]}
    if not wanted:
        return out
    from tui.screens import report_screen

    app, pilot, ctx = await _start(db)
    try:
        watch = FrameWatch(app)
        home = app.screen
        back: list[float] = []
        for name in wanted:
            samples: list[float] = []
            notes: list[str] = []
            for i in range(reps):
                key = keys[(i * 7919) % len(keys)]
                try:
                    screen = report_screen(name, key)
                except Exception as exc:  # a screen still being written
                    notes.append(f"{name}: cannot build: {exc!r}")
                    break
                watch.expect(
                    lambda s=screen: app.screen is s and getattr(s, "report", None) is not None
                )
                t0 = time.monotonic()
                app.push_screen(screen)
                try:
                    samples.append(await watch.wait(10.0) - t0)
                except TimeoutError:
                    notes.append(f"{name}: the report never showed")
                    break
                except Exception as exc:
                    notes.append(f"{name}: {exc!r}")
                    break
                t0 = time.monotonic()
                while app.screen is not home:
                    app.pop_screen()
                await _settle(app, pilot)
                back.append(time.monotonic() - t0)
            out[name] = {"samples": samples, "notes": notes}
        out["back"] = {
            "samples": back,
            "notes": [
                "escape from a report screen until the list "
                "is idle again (includes ≥20 ms of idle-wait)"
            ],
        }
    finally:
        await ctx.__aexit__(None, None, None)
    return out


# ---------------------------------------------------------------- batch probes
def _warm_up() -> None:
    """Import what the commands import, so a timed run measures work, not first imports
    (the anchors' tomllib / tomli_w are imported before timing too)."""
    from tui.cli.main import build_parser

    build_parser()


def _cli(argv: list[str]) -> int:
    """Run a hyoka command in this process with its output discarded."""
    from tui.cli.main import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(argv)


def probe_export(db: str, out: str, reps: int) -> dict[str, Any]:
    """``hyoka export --all`` as the command runs (worker processes on every core from
    ``parallel.PARALLEL_FROM`` reports) and held to one process, vs ``tomli_w.dumps`` of the
    same documents in one process.

    The documents are built before each anchor and dropped before the exports are timed: held,
    their millions of objects would be walked by every full garbage collection the export sets
    off (and copied into its workers), a cost of the benchmark, not of the export.
    """
    import gc

    import tomli_w

    from models.services import parallel
    from models.snapshot.codec import report_to_document
    from models.store.store import open_store

    _warm_up()
    default_from = parallel.PARALLEL_FROM
    anchor: list[float] = []
    samples: list[float] = []
    single: list[float] = []
    n = 0
    for _ in range(reps):
        store = open_store(db)
        documents = [report_to_document(r) for r in store.iter_reports()]
        store.close()
        n = len(documents)
        t0 = time.perf_counter()
        for doc in documents:
            tomli_w.dumps(doc, multiline_strings=True)
        anchor.append(time.perf_counter() - t0)
        del documents
        gc.collect()
        for one_process, into in ((True, single), (False, samples)):
            parallel.PARALLEL_FROM = 10**9 if one_process else default_from
            shutil.rmtree(out, ignore_errors=True)
            t0 = time.perf_counter()
            code = _cli(["export", "--all", "-o", out, "--db", db])
            into.append(time.perf_counter() - t0)
            if code != 0:
                raise SystemExit(f"hyoka export exited {code}")
    parallel.PARALLEL_FROM = default_from
    return {
        "samples": samples,
        "single": single,
        "anchor": anchor,
        "n": n,
        "workers": parallel.workers(n),
    }


def probe_import(directory: str, out: str, reps: int) -> dict[str, Any]:
    import tomllib

    files = sorted(str(p) for p in Path(directory).glob("*.toml"))
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    _warm_up()
    anchor, samples = [], []
    for i in range(reps):
        t0 = time.perf_counter()
        for text in texts:
            tomllib.loads(text)
        anchor.append(time.perf_counter() - t0)
        target = Path(out) / f"import-{os.getpid()}-{i}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        t0 = time.perf_counter()
        code = _cli(["import", *files, "--db", str(target)])
        samples.append(time.perf_counter() - t0)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        if code != 0:
            raise SystemExit(f"hyoka import exited {code}")
    return {"samples": samples, "anchor": anchor, "n": len(files)}


def probe_check(db: str) -> dict[str, Any]:
    """Reports per second: loading (``Store.iter_reports``) and the rules with what
    ``hyoka check`` makes of their results, in one process."""
    from models.rules.check import check_with_suggestion
    from models.rules.settings import RuleSettings
    from models.store.store import open_store

    store = open_store(db)
    t0 = time.perf_counter()
    reports = list(store.iter_reports())
    loading = time.perf_counter() - t0
    store.close()
    settings = RuleSettings()
    t0 = time.perf_counter()
    findings = 0
    for report in reports:
        found, suggestion = check_with_suggestion(report, settings)
        findings += len([f.to_dict() for f in found])
        suggestion.to_dict()
    checking = time.perf_counter() - t0
    return {"n": len(reports), "load_s": loading, "check_s": checking, "findings": findings}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.inproc")
    parser.add_argument("probe", choices=("filter", "screens", "export", "import", "check"))
    parser.add_argument("--db")
    parser.add_argument("--dir")
    parser.add_argument("--out")
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    if args.probe == "filter":
        emit(asyncio.run(probe_filter(args.db, args.reps)))
    elif args.probe == "screens":
        emit(asyncio.run(probe_screens(args.db, args.reps)))
    elif args.probe == "export":
        emit(probe_export(args.db, args.out, args.reps))
    elif args.probe == "import":
        emit(probe_import(args.dir, args.out, args.reps))
    else:
        emit(probe_check(args.db))


if __name__ == "__main__":
    main()
