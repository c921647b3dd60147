"""Where hyoka keeps things (XDG base directories), each overridable.

Light on purpose: the command line reads this before deciding whether to load the store.
"""

from __future__ import annotations

import os
from pathlib import Path


def data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "hyoka"


def config_home() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "hyoka"


def cache_home() -> Path:
    """``$XDG_CACHE_HOME/hyoka`` (``~/.cache/hyoka``): what may be deleted at any time."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hyoka"


def default_database() -> str:
    """``--db`` if given is used instead; then ``HYOKA_DB``; then the user data directory."""
    return os.environ.get("HYOKA_DB") or str(data_home() / "hyoka.db")


def config_file() -> Path:
    """``HYOKA_CONFIG`` or ``~/.config/hyoka/config.toml``."""
    env = os.environ.get("HYOKA_CONFIG")
    return Path(env) if env else config_home() / "config.toml"


def is_url(target: str) -> bool:
    """A SQLAlchemy URL (``postgresql+psycopg://…``, ``sqlite:///…``) rather than a file path."""
    return "://" in target


def mask_url(target: str) -> str:
    """``target`` with any password replaced by ``***``, safe to print or log."""
    if not is_url(target):
        return target
    scheme, rest = target.split("://", 1)
    if "@" not in rest:
        return target
    creds, host = rest.rsplit("@", 1)
    if ":" in creds:
        creds = creds.split(":", 1)[0] + ":***"
    return f"{scheme}://{creds}@{host}"
