"""Which language hyoka speaks: Japanese by default, English when asked.

The choice comes from ``set_language`` (the ``--lang`` flag or the config file), else the
``HYOKA_LANG`` environment variable, else Japanese. Messages are written as pairs at the
place that owns them and picked with :func:`tr`.
"""

from __future__ import annotations

import os

LANGUAGES = ("ja", "en")
_chosen: str | None = None


def set_language(lang: str | None) -> None:
    """Fix the language for this process (``None`` returns to the environment's choice)."""
    global _chosen
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    _chosen = lang


_from_env: tuple[object, str] = (None, "ja")  # (HYOKA_LANG as last read, its language)


def _env_value() -> object:
    """HYOKA_LANG as the process environment holds it, read cheaply: ``tr`` runs hundreds of
    times per report checked, and ``os.environ.get`` encodes the key and value every time."""
    data = getattr(os.environ, "_data", None)  # CPython: os.environ's own encoded dict
    if data is None:  # pragma: no cover - another Python
        return os.environ.get("HYOKA_LANG")
    return data.get(_ENV_KEY)


_ENV_KEY = os.environ.encodekey("HYOKA_LANG") if hasattr(os.environ, "encodekey") else None


def language() -> str:
    global _from_env
    if _chosen is not None:
        return _chosen
    raw = _env_value()
    if raw != _from_env[0]:  # decode again only when the variable changed
        env = os.environ.get("HYOKA_LANG", "").strip().lower()
        _from_env = (raw, env if env in LANGUAGES else "ja")
    return _from_env[1]


def tr(ja: str, en: str, /, **params: object) -> str:
    """The message in the current language, with ``{name}`` fields filled from ``params``."""
    text = en if (_chosen or language()) == "en" else ja
    return text.format(**params) if params else text
