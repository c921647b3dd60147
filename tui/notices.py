"""Notifications (toasts) that show their text exactly as written.

Messages carry user and file text (field paths such as ``budget[2021].executed``, key names,
file names, rationales with ``[b]``): never Rich markup. Textual 8's Toast parses its message
unless told not to, and crashes on anything but a ``str`` (a ``rich.text.Text`` raises
``AttributeError: 'Text' object has no attribute 'translate'`` while painting), so every
notification of the app goes through :func:`tell`.

A toast wraps its text at spaces, which cut 「1 個」 after the figure; where its wrapping
breaks a rule of hyoka's line breaker (``models.text.line_check``), the message is broken
here by that breaker (``models.text.linebreak``) at the toast's width instead.
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
    app = where.app
    shown = broken(str(message), toast_width(app.size.width))
    app.notify(shown, title=title, severity=severity, timeout=timeout, markup=False)


# Textual's Toast: ``width: 60; max-width: 50%; padding: 1 1; border-left: outer``, border-box
TOAST_WIDTH, TOAST_GUTTER = 60, 3


def toast_width(screen_width: int) -> int:
    """The cells a toast's text has on a screen ``screen_width`` wide (one spare: Textual
    rounds the half of an odd width)."""
    return max(8, min(TOAST_WIDTH, screen_width // 2) - TOAST_GUTTER - 1)


def broken(message: str, width: int) -> str:
    """``message`` with each paragraph broken by the shared line breaker at ``width`` cells
    where the toast's own wrapping would break one of its rules (a figure cut from its unit,
    a line starting with 「、」); a paragraph the toast wraps well is left to it."""
    from textual.content import Content

    from models.text.line_check import violations
    from models.text.linebreak import wrap

    out = []
    for paragraph in message.split("\n"):
        toast = [line.plain for line in Content(paragraph).wrap(width)]
        out.append(paragraph if not violations(toast) else "\n".join(wrap(paragraph, width)))
    return "\n".join(out)


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
