"""hyoka's benchmarks: each figure beside an anchor measured in the same run, on the same machine.

    python -m bench.run                      # everything, 5,000 reports (about 10 minutes)
    python -m bench.run --only startup,help  # some of them
    python -m bench.run --quick              # 20 reports, one repetition: what CI runs

Benchmarks (``--only`` names): startup, help, filter, screens, export, import, check, memory,
bytes. Every figure is the median of several runs and is printed with its anchor, the ratio, the
target and PASS/MISS; ``--json FILE`` also writes them as JSON. Timings are never asserted
anywhere: a loaded machine gives slower figures, so compare ratios, and rerun before believing
a MISS (docs/performance.md).

How each is measured:
- startup, bytes, memory: the real ``hyoka`` (and a bare Textual app) on a pseudo-terminal,
  120×40, reading every byte it writes. Start-up ends when the first report key of the list
  reaches the terminal (the clock starts just before the fork). Bytes are what ten keystrokes
  into a form text field write (vs ten into a bare Input), counted once the screen has been quiet
  for 1 s (background workers done): one key every 0.2 s, then 2 s more for deferred work (a
  debounced filter), the same window for both, so cursor blinks count alike. hyoka types
  into the header screen's 政策名 field (enter opens the first report with it focused); the
  same keys into the list filter are an informational figure. Memory is the
  ru_maxrss of those same hyoka processes.
- help: wall time of ``hyoka --help`` vs ``python -c pass`` (fresh processes).
- filter, screens: in-process, headless (``bench.inproc``), the time from a key to the first
  rendered frame that shows its effect.
- export, import: the commands run in-process vs ``tomli_w.dumps`` / ``tomllib.loads`` of the same
  documents in the same process. Export is timed twice: held to one process (the ≤ 1.3× target)
  and as it runs, with a worker process per core (target: faster than the one-process anchor).
- check: wall time of ``hyoka check --all`` (a fresh process) as reports per second.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCHES = ("startup", "help", "filter", "screens", "export", "import", "check", "bytes", "memory")
PY = sys.executable


@dataclass
class Figure:
    name: str
    value: float | None
    unit: str
    anchor: float | None = None
    anchor_label: str = ""
    target: str = ""
    ok: bool | None = None  # None: no target or not measured
    samples: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.anchor:
            return None
        return self.value / self.anchor


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


# ---------------------------------------------------------------- environment
def hyoka_argv() -> list[str]:
    """How a user starts hyoka: the console script beside this Python, else ``-m tui.cli.main``."""
    script = Path(PY).parent / "hyoka"
    return [str(script)] if script.exists() else [PY, "-m", "tui.cli.main"]


def child_env(home: Path, pycache: Path | None) -> dict[str, str]:
    """The environment of every measured process.

    With ``pycache``, bytecode is cached there (``PYTHONPYCACHEPREFIX``) as it is in any normal
    installation, even where ``PYTHONDONTWRITEBYTECODE`` is set or site-packages holds no .pyc:
    otherwise every process recompiles textual, sqlalchemy and sqlmodel from source, which
    measures the compiler rather than hyoka. ``--cold-bytecode`` keeps the environment as it is.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HYOKA_", "TEXTUAL_"))}
    env.update(
        TERM="xterm-256color",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        PYTHONPATH=str(ROOT),
        COLUMNS="120",
        LINES="40",
    )
    env.pop("COLORTERM", None)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


WARM_UP = (
    "import textual.app, textual.widgets, tomli_w, tomllib, "
    "models.store.store, models.rules.check, "
    "tui.app.app, tui.cli.main, tui.screens.reports, bench.anchors, bench.inproc; "
    "import tui.screens as s, importlib; "
    "[importlib.import_module(m) for m, _ in s.REPORT_SCREENS.values()]; "
    "tui.cli.main.build_parser()"
)


def python_speed(n: int = 3_000_000) -> float:
    """Seconds for ``n`` additions in a pure-Python loop (best of 3): the absolute targets
    (ms, reports/s) have no anchor of their own, so this says how fast the machine was."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        total = 0
        for i in range(n):
            total += i
        best = min(best, time.perf_counter() - t0)
    return best


def machine() -> dict[str, str]:
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0, 0, 0)
    return {
        "cpus": str(os.cpu_count()),
        "memory": mem,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load": " ".join(f"{x:.2f}" for x in load),
        "python loop": f"{python_speed() * 1000:.0f} ms for 3,000,000 additions",
    }


class Context:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.n: int = args.n
        self.work = Path(args.workdir).resolve()
        self.work.mkdir(parents=True, exist_ok=True)
        self.home = Path(tempfile.mkdtemp(prefix="home-", dir=self.work))
        self.bytecode = not args.cold_bytecode
        self.env = child_env(self.home, self.work / "pycache" if self.bytecode else None)
        if self.bytecode:  # compile once, untimed, so every measured process finds bytecode
            subprocess.run([PY, "-c", WARM_UP], cwd=ROOT, env=self.env, capture_output=True)
        self.figures: list[Figure] = []
        self.settled_runs: list[dict[str, float]] = []
        self.anchor_rss: list[float] = []
        self._db: Path | None = None

    def reps(self, default: int) -> int:
        if self.args.reps:
            return self.args.reps
        return 1 if self.args.quick else default

    @property
    def db(self) -> Path:
        if self._db is None:
            path = self.work / f"bench-{self.n}-s{self.args.seed}.db"
            if not path.exists():
                log(f"generating {self.n} reports into {path} …")
                self.run_py(
                    [
                        "-m",
                        "bench.generate",
                        "--n",
                        str(self.n),
                        "--seed",
                        str(self.args.seed),
                        "--db",
                        str(path),
                    ],
                    timeout=3600,
                )
            self._db = path
        return self._db

    def run_py(self, argv: list[str], timeout: float = 3600) -> str:
        done = subprocess.run(
            [PY, *argv], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=timeout
        )
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} exited {done.returncode}:\n{done.stderr[-3000:]}")
        return done.stdout

    def inproc(self, argv: list[str], timeout: float = 3600) -> dict[str, Any]:
        out = self.run_py(["-m", "bench.inproc", *argv], timeout=timeout)
        return json.loads(out.strip().splitlines()[-1])

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)
        print_figure(figure)


def log(message: str) -> None:
    print(f"  … {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- benchmarks
def _list_painted() -> re.Pattern[bytes]:
    from bench.generate import KEY_REGEX

    return re.compile(KEY_REGEX)


def _pty_start(ctx: Context, argv: list[str], needle: bytes | re.Pattern[bytes]) -> float:
    """Seconds from fork to ``needle`` on the terminal; the app is quit at once after."""
    from bench.terminal import Terminal

    term = Terminal(argv, ctx.env, cwd=str(ROOT)).start()
    try:
        seen = term.wait_for(needle, timeout=300)
    finally:
        term.finish()
    return seen - term.started


def bench_startup(ctx: Context) -> None:
    from bench.anchors import ROW_TEXT

    argv = [*hyoka_argv(), "--db", str(ctx.db)]
    times, anchor = [], []
    for _ in range(ctx.reps(5)):  # interleaved, so load from other processes hits both alike
        anchor.append(_pty_start(ctx, [PY, "-m", "bench.anchors", "table"], ROW_TEXT.encode()))
        times.append(_pty_start(ctx, argv, _list_painted()))
    value, base = median(times), median(anchor)
    ratio = value / base if value and base else None
    ctx.add(
        Figure(
            f"start-up to the list painted ({ctx.n} reports)",
            value,
            "s",
            base,
            "bare Textual app, one-row DataTable",
            "≤ 1.3× anchor",
            ratio is not None and ratio <= 1.3,
            len(times),
            [f"runs {fmt_list(times)}; anchor {fmt_list(anchor)}"],
        )
    )


BLINKS_ONLY = 400  # bytes in 0.6 s: at most two cursor blinks (125-150 B each), no repaint


def _settle_past_blinks(term: Any, timeout: float = 60.0) -> None:
    """Wait until the screen writes nothing but cursor blinks: a focused Input blinks every
    0.5 s, so plain silence never comes; a screen still painting writes kilobytes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        mark = len(term.output)
        term.drain(0.6)
        if len(term.output) - mark < BLINKS_ONLY:
            return


def _settled_session(
    ctx: Context,
    argv: list[str],
    ready: bytes | re.Pattern[bytes],
    before: bytes,
    keys: str,
    shown: bytes = b"",
) -> dict[str, float]:
    """Start, wait until the screen has been quiet for 1 s (every background worker done), send
    ``before`` (and wait for ``shown`` and the paint around it), then ``keys`` one by one; the
    bytes the keys caused, the settle time, the rss."""
    from bench.terminal import Terminal

    term = Terminal(argv, ctx.env, cwd=str(ROOT)).start()
    try:
        term.wait_for(ready, timeout=300)
        settled = term.settle(1.0, timeout=900) - term.started
        if before:
            mark = len(term.output)
            term.send(before)
            if shown:  # a new screen: its first frame can take longer than any quiet spell
                term.wait_for(shown, timeout=60, start=mark)
            _settle_past_blinks(term)
        mark = len(term.output)
        for key in keys:  # a steady typist: one key every 0.2 s, then 2 s for deferred work
            term.send(key.encode())
            term.drain(0.2)
        if keys:
            term.drain(2.0)
        written = len(term.output) - mark
    finally:
        rusage = term.finish()
    rss = int(rusage.ru_maxrss) if rusage else 0  # type: ignore[attr-defined]
    return {"bytes": written, "settled": settled, "rss_mb": rss / 1024}


# a label of the report (header) screen that the list screen never shows
# (models.report.labels "evaluated_fiscal_year"; the benchmarks run in Japanese)
REPORT_SCREEN_LABEL = "評価対象年度".encode()


def _typed(ctx: Context) -> str:
    """Ten characters a user might type into the filter: the start of a common key."""
    with sqlite3.connect(f"file:{ctx.db}?mode=ro", uri=True) as conn:
        keys = [k for (k,) in conn.execute("SELECT key FROM report ORDER BY key")]
    prefix = max(
        {k.split("-")[0] for k in keys}, key=lambda p: sum(k.startswith(p + "-") for k in keys)
    )
    return (next(k for k in keys if k.startswith(prefix + "-")) + "0" * 10)[:10]


def bench_bytes(ctx: Context) -> None:
    """Ten keystrokes into a text field of a report form (the header screen's 政策名, focused
    when the report opens with enter) vs into a bare Input; the same keys into the list
    filter, where each key legitimately refills the list, are kept as information."""
    from bench.anchors import INPUT_PLACEHOLDER

    typed = _typed(ctx)
    hyoka = [*hyoka_argv(), "--db", str(ctx.db)]
    runs, anchor, listed = [], [], []
    for _ in range(ctx.reps(3)):
        anchor.append(
            _settled_session(
                ctx, [PY, "-m", "bench.anchors", "input"], INPUT_PLACEHOLDER.encode(), b"/", typed
            )
        )
        runs.append(
            _settled_session(ctx, hyoka, _list_painted(), b"\r", typed, REPORT_SCREEN_LABEL)
        )
        listed.append(_settled_session(ctx, hyoka, _list_painted(), b"/", typed))
    ctx.settled_runs += runs + listed
    ctx.anchor_rss += [a["rss_mb"] for a in anchor]
    values = [r["bytes"] for r in runs]
    value, base = median(values), median([a["bytes"] for a in anchor])
    ratio = value / base if value and base else None
    ctx.add(
        Figure(
            "bytes written for 10 keystrokes in a form text field (header screen 政策名)",
            value,
            "B",
            base,
            "bare Textual Input",
            "≤ 1.5× anchor",
            ratio is not None and ratio <= 1.5,
            len(values),
            [
                f"enter opens the first report (政策名 focused), then {typed!r} typed "
                f"(a key every 0.2 s, +2 s); runs {values}; anchor {[a['bytes'] for a in anchor]}"
            ],
        )
    )
    filtered = [r["bytes"] for r in listed]
    ctx.add(
        Figure(
            f"bytes written for 10 keystrokes in the list filter ({ctx.n} reports)",
            median(filtered),
            "B",
            base,
            "bare Textual Input",
            "",
            None,
            len(filtered),
            [f"informational: each key refills the list; runs {filtered}"],
        )
    )
    settle = [r["settled"] for r in runs]
    ctx.add(
        Figure(
            f"start-up until the screen is quiet ({ctx.n} reports)",
            median(settle),
            "s",
            None,
            "",
            "",
            None,
            len(settle),
            ["informational: last byte before 1 s of silence (background workers done)"],
        )
    )


def bench_memory(ctx: Context) -> None:
    if not ctx.settled_runs:
        for _ in range(ctx.reps(2)):
            ctx.settled_runs.append(
                _settled_session(
                    ctx, [*hyoka_argv(), "--db", str(ctx.db)], _list_painted(), b"", ""
                )
            )
    if not ctx.anchor_rss:
        from bench.anchors import ROW_TEXT

        ctx.anchor_rss.append(
            _settled_session(ctx, [PY, "-m", "bench.anchors", "table"], ROW_TEXT.encode(), b"", "")[
                "rss_mb"
            ]
        )
    value = median([r["rss_mb"] for r in ctx.settled_runs])
    ctx.add(
        Figure(
            f"peak memory, list of {ctx.n} reports shown",
            value,
            "MB",
            median(ctx.anchor_rss),
            "bare Textual app (for scale)",
            "≤ 200 MB",
            value is not None and value <= 200,
            len(ctx.settled_runs),
            ["ru_maxrss of the hyoka process, run until its screen was quiet"],
        )
    )


def bench_help(ctx: Context) -> None:
    def wall(argv: list[str]) -> float:
        t0 = time.monotonic()
        subprocess.run(argv, cwd=ROOT, env=ctx.env, stdout=subprocess.DEVNULL, check=True)
        return time.monotonic() - t0

    times, anchor = [], []
    for _ in range(ctx.reps(10)):
        anchor.append(wall([PY, "-c", "pass"]))
        times.append(wall([*hyoka_argv(), "--help"]))
    value, base = median(times), median(anchor)
    ratio = value / base if value and base else None
    ctx.add(
        Figure(
            "hyoka --help",
            value,
            "s",
            base,
            "python -c pass",
            "≤ 3× anchor",
            ratio is not None and ratio <= 3,
            len(times),
        )
    )


def bench_filter(ctx: Context) -> None:
    result = ctx.inproc(
        ["filter", "--db", str(ctx.db), "--reps", str(ctx.reps(20) if not ctx.args.quick else 4)]
    )
    samples = result["samples"]
    value = median(samples)
    ctx.add(
        Figure(
            f"filter keystroke → list updated, app idle ({ctx.n} reports)",
            value,
            "s",
            None,
            "",
            "≤ 50 ms median",
            value is not None and value <= 0.050,
            len(samples),
            [
                *result["notes"],
                f"min {fmt_s(min(samples, default=None))}, max {fmt_s(max(samples, default=None))}",
            ],
        )
    )


def bench_screens(ctx: Context) -> None:
    result = ctx.inproc(["screens", "--db", str(ctx.db), "--reps", str(ctx.reps(10))])
    for name, label in (
        ("budget", "open budget screen (F3)"),
        ("verdict", "open verdict screen (F5)"),
        ("report", "open report screen (enter)"),
    ):
        if name not in result:
            continue
        samples = result[name]["samples"]
        value = median(samples)
        target = "≤ 150 ms" if name in ("budget", "verdict") else ""
        ctx.add(
            Figure(
                f"{label} → report painted",
                value,
                "s",
                None,
                "",
                target,
                (value is not None and value <= 0.150) if target else None,
                len(samples),
                [*result[name]["notes"], *([f"runs {fmt_list(samples)}"] if samples else [])],
            )
        )
    load = result["load_report"]["samples"]
    ctx.add(
        Figure(
            "  of which store.load_report (worker)",
            median(load),
            "s",
            None,
            "",
            "",
            None,
            len(load),
            ["informational: the data part of opening any report screen"],
        )
    )
    if "back" in result:
        back = result["back"]["samples"]
        ctx.add(
            Figure(
                f"escape back to the list ({ctx.n} reports)",
                median(back),
                "s",
                None,
                "",
                "",
                None,
                len(back),
                result["back"]["notes"],
            )
        )


def _export_dir(ctx: Context) -> Path:
    return ctx.work / f"export-{ctx.n}-s{ctx.args.seed}"


def bench_export(ctx: Context) -> None:
    out = _export_dir(ctx)
    result = ctx.inproc(
        ["export", "--db", str(ctx.db), "--out", str(out), "--reps", str(ctx.reps(3))]
    )
    base = median(result["anchor"])
    single = median(result["single"])
    ratio = single / base if single and base else None
    ctx.add(
        Figure(
            f"export --all ({result['n']} reports), one process",
            single,
            "s",
            base,
            "tomli_w.dumps of the same documents",
            "≤ 1.3× anchor",
            ratio is not None and ratio <= 1.3,
            len(result["single"]),
            [
                f"{result['n'] / single:.0f} reports/s; runs {fmt_list(result['single'])}; "
                f"anchor {fmt_list(result['anchor'])}"
                if single
                else ""
            ],
        )
    )
    value = median(result["samples"])
    ratio = value / base if value and base else None
    ctx.add(
        Figure(
            f"export --all ({result['n']} reports), {result['workers']} worker process(es)",
            value,
            "s",
            base,
            "tomli_w.dumps, one process",
            "< 1× anchor",
            ratio is not None and ratio < 1,
            len(result["samples"]),
            [
                f"{result['n'] / value:.0f} reports/s; runs {fmt_list(result['samples'])}; "
                "what `hyoka export --all` does (workers from 200 reports)"
                if value
                else ""
            ],
        )
    )


def bench_import(ctx: Context) -> None:
    directory = _export_dir(ctx)
    if not directory.exists() or not any(directory.glob("*.toml")):
        log(f"writing {ctx.n} snapshots into {directory} …")
        ctx.run_py(
            [
                "-m",
                "bench.generate",
                "--n",
                str(ctx.n),
                "--seed",
                str(ctx.args.seed),
                "--dir",
                str(directory),
            ]
        )
    result = ctx.inproc(
        ["import", "--dir", str(directory), "--out", str(ctx.work), "--reps", str(ctx.reps(3))]
    )
    value, base = median(result["samples"]), median(result["anchor"])
    ratio = value / base if value and base else None
    ctx.add(
        Figure(
            f"import ({result['n']} files, new database)",
            value,
            "s",
            base,
            "tomllib.loads of the same files",
            "≤ 2.5× anchor",
            ratio is not None and ratio <= 2.5,
            len(result["samples"]),
            [f"{result['n'] / value:.0f} reports/s" if value else ""],
        )
    )


_EDIT_ONE_IN_100 = """
import sys
from models.store.store import open_store
store = open_store(sys.argv[1])
for key in store.keys()[::100]:
    store.set_value(key, "verdict.rationale", "測定指標1は目標を達成した。")
store.close()
"""


def bench_check(ctx: Context) -> None:
    # on a copy of the database, so that the edits below leave the shared one as it was
    db = ctx.work / "check-copy.db"
    shutil.copyfile(ctx.db, db)
    try:
        _bench_check(ctx, db)
    finally:
        db.unlink(missing_ok=True)


def _bench_check(ctx: Context, db: Path) -> None:
    argv = [*hyoka_argv(), "check", "--all", "--db", str(db)]
    probe = subprocess.run(
        [*hyoka_argv(), "check", "--help"], cwd=ROOT, env=ctx.env, capture_output=True, text=True
    )
    if probe.returncode != 0:
        ctx.add(
            Figure("hyoka check --all", None, "reports/s", notes=["`hyoka check` is not available"])
        )
        return
    # a private findings cache (models/store/findings_cache.py), emptied first: the first run checks
    # every report and fills it (what a first run or --no-cache costs), the others reuse it
    cache = ctx.work / "check-cache"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**ctx.env, "XDG_CACHE_HOME": str(cache)}
    times = []
    for run in range(2 + ctx.reps(3)):
        if run == 1 + ctx.reps(3):  # last: after editing one report in a hundred
            ctx.run_py(["-c", _EDIT_ONE_IN_100, str(db)])
        t0 = time.monotonic()
        done = subprocess.run(
            argv,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        times.append(time.monotonic() - t0)
        if done.returncode not in (0, 1):
            ctx.add(
                Figure(
                    "hyoka check --all",
                    None,
                    "reports/s",
                    notes=[f"exited {done.returncode}: {done.stderr[-500:]}"],
                )
            )
            return
    cold, times, edited = times[0], times[1:-1], times[-1]
    wall = median(times)
    assert wall is not None
    rate = ctx.n / wall
    notes = [
        f"wall {fmt_s(wall)} for {ctx.n} reports (fresh process, output to /dev/null), "
        "every report's findings in the cache",
        f"first run, empty cache (every report loaded and checked, both cores): "
        f"{fmt_s(cold)}, {ctx.n / cold:.0f} reports/s",
        f"after editing one report in a hundred (those checked again): "
        f"{fmt_s(edited)}, {ctx.n / edited:.0f} reports/s",
    ]
    try:
        part = ctx.inproc(["check", "--db", str(ctx.db)])
        notes.append(
            f"in-process, one core: loading (iter_reports) {part['n'] / part['load_s']:.0f}/s, "
            f"checking (+ results as dicts) {part['n'] / part['check_s']:.0f}/s"
        )
    except Exception as exc:  # the rules being rewritten: the command figure still stands
        notes.append(f"in-process breakdown failed: {exc}")
    ctx.add(
        Figure(
            "hyoka check --all",
            rate,
            "reports/s",
            None,
            "",
            "≥ 2000 reports/s",
            rate >= 2000,
            len(times),
            notes,
        )
    )


RUNNERS = {
    "startup": bench_startup,
    "help": bench_help,
    "filter": bench_filter,
    "screens": bench_screens,
    "export": bench_export,
    "import": bench_import,
    "check": bench_check,
    "memory": bench_memory,
    "bytes": bench_bytes,
}


# ---------------------------------------------------------------- printing
def fmt_s(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def fmt_list(values: list[float]) -> str:
    return ", ".join(fmt_s(v) for v in values)


def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return fmt_s(value)
    if unit == "B":
        return f"{value:,.0f} B"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:,.0f} {unit}"


def verdict_word(figure: Figure) -> str:
    if figure.value is None:
        return "N/A"
    if figure.ok is None:
        return "info"
    return "PASS" if figure.ok else "MISS"


def print_figure(f: Figure) -> None:
    anchor = f"{fmt_value(f.anchor, f.unit)} ({f.anchor_label})" if f.anchor is not None else "—"
    ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
    print(
        f"{f.name}\n    figure {fmt_value(f.value, f.unit)}   anchor {anchor}   ratio {ratio}   "
        f"target {f.target or '—'}   {verdict_word(f)}   (median of {f.samples})",
        flush=True,
    )
    for note in f.notes:
        if note:
            print(f"    · {note}", flush=True)


def print_table(figures: list[Figure]) -> None:
    print("\n| benchmark | figure | anchor | ratio | target | result |")
    print("|---|---|---|---|---|---|")
    for f in figures:
        anchor = (
            f"{fmt_value(f.anchor, f.unit)} ({f.anchor_label})" if f.anchor is not None else "—"
        )
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        print(
            f"| {f.name.strip()} | {fmt_value(f.value, f.unit)} | {anchor} | {ratio} | "
            f"{f.target or '—'} | {verdict_word(f)} |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--n", type=int, help="reports in the database (default 5000; 20 with --quick)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help="comma-separated: " + ",".join(BENCHES))
    parser.add_argument("--quick", action="store_true", help="small N, one repetition (CI)")
    parser.add_argument(
        "--reps", type=int, help="repetitions of every benchmark (overrides defaults)"
    )
    parser.add_argument(
        "--workdir",
        default=str(ROOT / "bench" / "out"),
        help="databases and exports (default bench/out, git-ignored)",
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument(
        "--cold-bytecode",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE as set: every process compiles from source",
    )
    args = parser.parse_args(argv)
    if args.n is None:
        args.n = 20 if args.quick else 5000
    chosen = args.only.split(",") if args.only else list(BENCHES)
    unknown = [c for c in chosen if c not in RUNNERS]
    if unknown:
        parser.error(
            f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHES)}"
        )
    ctx = Context(args)
    info = machine()
    info["bytecode"] = (
        "cached (PYTHONPYCACHEPREFIX)" if ctx.bytecode else "as the environment has it"
    )
    print(
        f"hyoka benchmarks: N={args.n} seed={args.seed} {'quick ' if args.quick else ''}"
        f"on {info['cpus']} CPUs, {info['memory']}, Python {info['python']}, load {info['load']}, "
        f"bytecode {info['bytecode']}; machine speed: {info['python loop']}",
        flush=True,
    )
    failed: list[str] = []
    try:
        for name in chosen:
            log(f"{name} …")
            t0 = time.monotonic()
            try:
                RUNNERS[name](ctx)
            except Exception as exc:
                failed.append(name)
                ctx.add(
                    Figure(name, None, "", notes=[f"benchmark failed: {type(exc).__name__}: {exc}"])
                )
            log(f"{name} took {time.monotonic() - t0:.0f} s")
    finally:
        shutil.rmtree(ctx.home, ignore_errors=True)
    print_table(ctx.figures)
    info["load after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nload average after: {info['load after']}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "n": args.n,
                    "seed": args.seed,
                    "machine": info,
                    "figures": [
                        {**asdict(f), "ratio": f.ratio, "result": verdict_word(f)}
                        for f in ctx.figures
                    ],
                },
                ensure_ascii=False,
                indent=2,
            ),
            encoding="utf-8",
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
