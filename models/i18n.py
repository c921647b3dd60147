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


def language() -> str:
    if _chosen is not None:
        return _chosen
    env = os.environ.get("HYOKA_LANG", "").strip().lower()
    return env if env in LANGUAGES else "ja"


def tr(ja: str, en: str, /, **params: object) -> str:
    """The message in the current language, with ``{name}`` fields filled from ``params``."""
    text = en if language() == "en" else ja
    return text.format(**params) if params else text
