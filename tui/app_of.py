"""The running HyokaApp, typed, for any screen or widget: ``app_of(self).store``.

Textual types ``self.app`` as a plain ``App``; this says which one it is without importing
the App module at run time (the App imports the screens, never the reverse)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from textual.app import App

    from tui.app.app import HyokaApp


class _InApp(Protocol):
    @property
    def app(self) -> App[Any]: ...


def app_of(node: _InApp) -> HyokaApp:
    """The HyokaApp ``node`` (a screen, widget or command provider) runs in."""
    return cast("HyokaApp", node.app)
