"""The one way a worker thread hands its result back: ``deliver(node, job, done)``.

Inside a ``@work(thread=True)`` method: ``job()`` runs there; what it returns goes to
``done`` on the UI thread; a refusal (the store's errors, a file that cannot be read or
written, a value the domain rejects) is shown as one error notice, and ``done`` is not
called. A caller with more to do about a refusal passes ``refused``: it gets the error first,
on the UI thread, and returns True when it dealt with it itself (no notice then), as a save
does with a conflict (a dialog). Anything else is a bug and propagates to Textual's worker
error handling.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from tui.notices import tell_error

if TYPE_CHECKING:
    from textual.dom import DOMNode

T = TypeVar("T")


def refusals() -> tuple[type[Exception], ...]:
    """The errors a worker shows rather than raises (imported late: not on start-up)."""
    from models.services.rollover import RollOverRefused
    from models.store.errors import StoreError

    return (StoreError, RollOverRefused, OSError, ValueError, LookupError)


def deliver(
    node: DOMNode,
    job: Callable[[], T],
    done: Callable[[T], object] | None = None,
    refused: Callable[[Exception], bool | None] | None = None,
    also: tuple[type[Exception], ...] = (),
) -> bool:
    """Run ``job`` and hand its result to ``done``; False when it was refused (and said so).
    ``also``: errors of the job's own domain that are refusals too (``PublishError``)."""
    try:
        result = job()
    except (*refusals(), *also) as exc:
        if refused is None or not node.app.call_from_thread(refused, exc):
            tell_error(node, exc)
        return False
    if done is not None:
        node.app.call_from_thread(done, result)
    return True
