"""CPU per report of what a ``check --all`` worker does, in one process on one core: loading
(``Store.iter_reports`` in chunks of 100, as the workers read) and checking with the text
output. The minimum of ``--runs`` runs, in process time (CPU), so that a machine shared with
other work still compares two trees fairly; run it for each tree in turn
(``PYTHONPATH=TREE python -m bench.check_cpu --db DB``), interleaved, several rounds.

    python -m bench.check_cpu --db bench/out/bench-5000-s1.db --n 1000 --runs 3
"""

from __future__ import annotations

import argparse
import gc
import json
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from models.i18n import language, set_language
    from models.rules.settings import RuleSettings
    from models.store.store import open_store
    from tui.cli import check
    from tui.cli.check_output import entry

    set_language(language())  # as the workers do (models/services/parallel.py)
    store = open_store(args.db, create=False)
    keys = store.keys()[: args.n]
    settings = RuleSettings()
    one = getattr(check, "_entry", None)  # a tree before it rendered text from the findings

    def checked(reports: list) -> list:  # type: ignore[type-arg]
        if one is not None:
            return [one(r.key, r, "", settings, "text") for r in reports]
        return [entry(check._result(r.key, r, "", settings), "text") for r in reports]

    load = work = float("inf")
    for _ in range(args.runs):
        gc.collect()
        gc.disable()  # as the workers run (parallel.paused_gc)
        t0 = time.process_time()
        reports = list(store.iter_reports(keys, batch=100))
        t1 = time.process_time()
        checked(reports)
        t2 = time.process_time()
        gc.enable()
        load, work = min(load, t1 - t0), min(work, t2 - t1)
    n = len(keys)
    print(json.dumps({"n": n, "load_ms": load / n * 1e3, "check_ms": work / n * 1e3}))


if __name__ == "__main__":
    main()
