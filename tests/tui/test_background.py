"""The one worker policy (tui/background.py): a worker's result reaches ``done`` on the UI
thread; a refusal is told once, unless the caller's ``refused`` dealt with it."""

from __future__ import annotations

from typing import Any

from textual.app import App

from models.store.errors import StoreError
from tests.tui.helpers import record_notices
from tui.background import deliver


def _refuse() -> None:
    raise StoreError("書き込めません")


async def _run(job: Any, refused: Any = None) -> tuple[bool, list[Any], list[str], list[Any]]:
    app: App[None] = App()
    notices = record_notices(app)
    done: list[Any] = []
    seen: list[Any] = []

    def on_refusal(error: Exception) -> Any:
        seen.append(error)
        return refused(error)

    outcome: list[bool] = []
    async with app.run_test() as pilot:
        worker = app.run_worker(
            lambda: outcome.append(
                deliver(app, job, done.append, on_refusal if refused is not None else None)
            ),
            thread=True,
        )
        await worker.wait()
        await pilot.pause()
    return outcome[0], done, notices, seen


async def test_a_result_reaches_done() -> None:
    assert await _run(lambda: 42) == (True, [42], [], [])


async def test_a_refusal_is_told_once() -> None:
    ok, done, notices, _seen = await _run(_refuse)
    assert (ok, done, notices) == (False, [], ["書き込めません"])


async def test_a_refusal_the_caller_dealt_with_is_not_told() -> None:
    ok, done, notices, seen = await _run(_refuse, refused=lambda _error: True)
    assert (ok, done, notices) == (False, [], [])
    assert [str(e) for e in seen] == ["書き込めません"]


async def test_a_refusal_the_caller_only_noted_is_told() -> None:
    ok, _done, notices, seen = await _run(_refuse, refused=lambda _error: None)
    assert (ok, notices, len(seen)) == (False, ["書き込めません"], 1)
