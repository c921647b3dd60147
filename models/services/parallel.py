"""Spreading work on many reports over worker processes, one per core (export, check).

Below ``PARALLEL_FROM`` reports a pool costs more than it saves, so the caller works alone.
Each worker opens its own store (no connection crosses a fork) and keeps it for its tasks;
tasks are chunks of keys, and callers take their results back in the order of the chunks,
so the output does not depend on which worker finishes first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (hyoka --help)
if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from models.store.store import Store

PARALLEL_FROM = 200  # fewer reports than this are done in the calling process
CHUNK = 100  # keys per task
MAX_WORKERS = 8


_fork_unsafe = False


def mark_fork_unsafe() -> None:
    """Say that this process has run code whose threads do not survive ``fork``: Typst's
    compiler keeps a thread pool, and a worker forked after a compile hangs in its first
    compile. Pools started from then on spawn fresh workers (slower to start: they import
    hyoka again) instead of forking."""
    global _fork_unsafe
    _fork_unsafe = True


def workers(count: int) -> int:
    """Worker processes for ``count`` reports: one per usable core, or 1 (no pool)."""
    import os

    if count < PARALLEL_FROM:
        return 1
    if hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))
    else:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS, -(-count // CHUNK)))


def chunks(keys: list[str], size: int = CHUNK) -> list[list[str]]:
    return [keys[i : i + size] for i in range(0, len(keys), size)]


@contextmanager
def pool(count: int, target: str, user: str) -> Iterator[ProcessPoolExecutor]:
    """``count`` worker processes, each with the store at ``target`` open (see ``store()``).

    Submit every task before starting another thread (a progress bar): with the fork start
    method the first submit forks all workers, before the pool's own threads start.
    """
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from models.i18n import language

    # a forked worker's garbage collector would otherwise walk (and so copy) every object
    # the parent holds; frozen, they are left alone
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            count,
            mp_context=multiprocessing.get_context("spawn") if _fork_unsafe else None,
            initializer=_open,
            initargs=(target, user, language()),
        ) as executor:
            yield executor
    finally:
        gc.unfreeze()


def run_chunks(
    count: int,
    target: str,
    user: str,
    keys: list[str],
    label: str,
    task: Callable[..., tuple[int, str]],
    task_args: Callable[[list[str]], tuple[object, ...]],
    progress: Callable[[str, int], AbstractContextManager[Callable[[], None]]],
) -> str:
    """Run ``task(*task_args(chunk))`` for each chunk of ``keys`` over ``count`` workers,
    with a progress bar called ``label``. A task returns how many keys it finished and the
    problem that stopped it (``""`` if none); the first problem stops the tasks not yet
    started. Returns the problem of the earliest chunk (so, in key order), or ``""``.
    ``progress(label, total)`` gives the function called once per finished key (the
    front end's progress bar)."""
    from concurrent.futures import as_completed

    problems: dict[int, str] = {}
    with pool(count, target, user) as executor:
        futures = {
            executor.submit(task, *task_args(chunk)): i for i, chunk in enumerate(chunks(keys))
        }
        with progress(label, len(keys)) as advance:
            for future in as_completed(futures):
                if future.cancelled():
                    continue
                done, problem = future.result()
                for _ in range(done):
                    advance()
                if problem:
                    problems[futures[future]] = problem
                    for other in futures:
                        other.cancel()
    return problems[min(problems)] if problems else ""


@contextmanager
def paused_gc() -> Iterator[None]:
    """No automatic cycle collection inside: for loops that build up many acyclic results
    (``check --all`` keeps every report's findings), where each full collection walks them
    all again (a third of the checking time). Cycles made inside are collected after."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_store: Store | None = None


def _open(target: str, user: str, lang: str) -> None:
    global _store
    from models.i18n import set_language
    from models.store.store import open_store

    set_language(lang)
    _store = open_store(target, user=user, create=False)


def store() -> Store:
    """In a worker: its store."""
    if _store is None:
        raise RuntimeError("not in a worker process started by models.services.parallel.pool")
    return _store
