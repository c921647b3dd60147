"""Notifications (toasts) that show their text exactly as written.

Messages carry user and file text (field paths such as ``budget[2021].executed``, key names,
file names, rationales with ``[b]``): never Rich markup. Textual 8's Toast parses its message
unless told not to, and crashes on anything but a ``str`` (a ``rich.text.Text`` raises
``AttributeError: 'Text' object has no attribute 'translate'`` while painting), so every
notification of the app goes through :func:`tell`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.notifications import SeverityLevel


def tell(
    where: DOMNode,
    message: str,
    *,
    severity: SeverityLevel = "information",
    timeout: float | None = None,
    title: str = "",
) -> None:
    """Show ``message`` (plain text, never markup) in a toast; safe from a worker thread."""
    where.app.notify(str(message), title=title, severity=severity, timeout=timeout, markup=False)


def error_text(error: BaseException | str) -> str:
    """What a person reads for ``error``: its message; an OS error in words, with its path
    (:func:`models.i18n.os_error_text`), never ``[Errno 2] …``."""
    if isinstance(error, OSError):
        from models.i18n import os_error_text

        return os_error_text(error)
    return str(error)


def tell_error(where: DOMNode, error: BaseException | str) -> None:
    """The one error notice: the refusal's message, shown until read (ten seconds)."""
    tell(where, error_text(error), severity="error", timeout=10)
