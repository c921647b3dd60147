"""A session's TUI left idle ends by itself (``[serve] idle_minutes``, default 30).

On a shared server a terminal left open is a door left open. Only a session
(``hyoka session NAME``) has the timer; the local TUI never ends on its own. At the end the
app exits the way ctrl+q does (:meth:`tui.app.app.HyokaApp.exit`): an open editor's
half-typed value is abandoned, never accepted, and nothing else is written.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from models.i18n import tr

if TYPE_CHECKING:
    from tui.app.app import HyokaApp

CHECK_SECONDS = 1.0


class IdleWatch:
    def __init__(self, app: HyokaApp, minutes: float):
        self.app = app
        self.limit = minutes * 60
        self.last = time.monotonic()

    def start(self) -> None:
        if self.limit > 0:
            self.app.set_interval(min(CHECK_SECONDS, self.limit / 4), self.check)

    def touched(self) -> None:
        self.last = time.monotonic()

    def check(self) -> None:
        if time.monotonic() - self.last >= self.limit and not self.app.closing:
            message = tr(
                "{m:g} 分間操作がなかったためセッションを終了しました"
                "（入力途中の値は保存していません）",
                "the session ended after {m:g} minutes without input "
                "(nothing half-typed was saved)",
                m=self.limit / 60,
            )
            self.app.exit(return_code=0, message=message)
