"""The user's config file (``~/.config/hyoka/config.toml`` or ``HYOKA_CONFIG``).

```toml
lang = "ja"            # or "en"
user = "総務 太郎"      # the name recorded in the change history (default: the OS user)
cursor_blink = false   # a steady cursor, not redrawn twice a second over SSH
history_merge_seconds = 60  # autosaves of one text this close: one history entry (0: none merge)
[keymap]               # binding id = keys, e.g. screen.budget = "f3,ctrl+b"
[rules]                # thresholds of the mark and verdict suggestions (docs/rules.md)
[publish]              # font = "Noto Sans CJK JP", font_path = "/path/to/font.ttc" (PDF)
[serve]                # idle_minutes = 30: a session's TUI left idle this long ends (0: never)
```
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.i18n import LANGUAGES, tr
from models.locations import config_file

_KNOWN = (
    "lang",
    "user",
    "cursor_blink",
    "history_merge_seconds",
    "keymap",
    "rules",
    "publish",
    "serve",
)
MERGE_SECONDS = 60.0
IDLE_MINUTES = 30.0


class ConfigError(ValueError):
    pass


@dataclass(frozen=True)
class Config:
    lang: str | None = None
    user: str | None = None
    cursor_blink: bool = True
    history_merge_seconds: float = MERGE_SECONDS
    keymap: dict[str, str] = field(default_factory=dict)
    rules: dict[str, Any] = field(default_factory=dict)
    publish: dict[str, Any] = field(default_factory=dict)
    idle_minutes: float = IDLE_MINUTES  # [serve]: a session's idle TUI ends (tui/app/idle.py)


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file is an empty config, a broken one a ConfigError."""
    path = path or config_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            tr(
                "設定ファイル {path} を読めません: {err}",
                "cannot read the config file {path}: {err}",
                path=path,
                err=_reason(exc),
            )
        ) from None
    unknown = [k for k in data if k not in _KNOWN]
    if unknown:
        raise ConfigError(
            tr(
                "設定ファイル {path}: 未知のキー {keys}",
                "config file {path}: unknown keys {keys}",
                path=path,
                keys=", ".join(unknown),
            )
        )
    lang = data.get("lang")
    if lang is not None and lang not in LANGUAGES:
        raise ConfigError(
            tr(
                "設定ファイル {path}: lang は ja か en です",
                "config file {path}: lang is ja or en",
                path=path,
            )
        )
    keymap = data.get("keymap", {})
    rules = data.get("rules", {})
    user = data.get("user")
    if not isinstance(keymap, dict) or not all(isinstance(v, str) for v in keymap.values()):
        raise ConfigError(
            tr(
                '設定ファイル {path}: [keymap] は 名前 = "キー" の表です',
                "config file {path}: [keymap] maps binding ids to key strings",
                path=path,
            )
        )
    blink = data.get("cursor_blink", True)
    if (
        not isinstance(rules, dict)
        or (user is not None and not isinstance(user, str))
        or not isinstance(blink, bool)
        or not isinstance(data.get("publish", {}), dict)
    ):
        raise ConfigError(
            tr("設定ファイル {path}: 型が違います", "config file {path}: wrong types", path=path)
        )
    merge = data.get("history_merge_seconds", MERGE_SECONDS)
    if isinstance(merge, bool) or not isinstance(merge, int | float) or not 0 <= merge <= 86_400:
        raise ConfigError(
            tr(
                "設定ファイル {path}: history_merge_seconds は 0〜86400 の秒数です",
                "config file {path}: history_merge_seconds is a number of seconds, 0 to 86400",
                path=path,
            )
        )
    serve = data.get("serve", {})
    idle = serve.get("idle_minutes", IDLE_MINUTES) if isinstance(serve, dict) else None
    if (
        not isinstance(serve, dict)
        or [k for k in serve if k != "idle_minutes"]
        or isinstance(idle, bool)
        or not isinstance(idle, int | float)
        or not 0 <= idle <= 10_080
    ):
        raise ConfigError(
            tr(
                "設定ファイル {path}: [serve] の idle_minutes は 0〜10080 の分数です",
                "config file {path}: [serve] idle_minutes is a number of minutes, 0 to 10080",
                path=path,
            )
        )
    return Config(
        lang=lang,
        user=user,
        cursor_blink=blink,
        history_merge_seconds=float(merge),
        keymap=dict(keymap),
        rules=dict(rules),
        publish=dict(data.get("publish", {})),
        idle_minutes=float(idle),
    )


def _reason(exc: Exception) -> str:
    """Why the file could not be read, in the current language."""
    if isinstance(exc, tomllib.TOMLDecodeError):
        from models.toml_errors import toml_error_text

        return toml_error_text(exc)
    if isinstance(exc, OSError):
        from models.i18n import os_error_text

        return os_error_text(exc, "", reading=True)
    return tr("UTF-8 ではありません", "not UTF-8")
