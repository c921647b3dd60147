"""Which language hyoka speaks: Japanese by default, English when asked.

The choice comes from ``set_language`` (the ``--lang`` flag or the config file), else the
``HYOKA_LANG`` environment variable, else Japanese. Messages are written as pairs at the
place that owns them and picked with :func:`tr`.
"""

from __future__ import annotations

import errno
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


# What went wrong with a file, in words (errno → (ja, en)); see os_error_text.
_OS_ERRORS: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("ファイルまたはフォルダが見つかりません", "no such file or folder"),
    errno.EACCES: ("権限がありません", "permission denied"),
    errno.EPERM: ("権限がありません", "not permitted"),
    errno.EROFS: ("読み取り専用の場所です", "read-only file system"),
    errno.ENOSPC: ("ディスクの空きがありません", "no space left on the disk"),
    errno.EISDIR: ("フォルダです（ファイル名を指定してください）", "is a folder, not a file"),
    errno.ENOTDIR: ("途中がフォルダではありません", "a part of the path is not a folder"),
    errno.EEXIST: ("既にあります", "already exists"),
    errno.ENAMETOOLONG: ("名前が長すぎます", "name too long"),
    errno.EMFILE: ("開いているファイルが多すぎます", "too many open files"),
}
_READ_ERRORS = {errno.ENOENT: ("ファイルが見つかりません", "file not found")}
_WRITE_ERRORS = {errno.ENOENT: ("フォルダが見つかりません", "no such folder")}


def os_error_text(exc: OSError, path: object = None, *, reading: bool = False) -> str:
    """An OS error as a person reads it: what went wrong, in the current language, and the
    path as typed (never ``[Errno 2] No such file or directory: '/x/.a.toml.tmp'``).

    「書き込めません（権限がありません）: /x/a.toml」, 「ファイルが見つかりません: /x/a.toml」.
    ``path`` is the file meant (a temporary file's name is an implementation detail); without
    it, the error's own file name. An error hyoka raised with its own message (no errno) is
    that message."""
    if exc.errno is None:
        return str(exc)
    where = str(path if path is not None else exc.filename or "")
    own = _READ_ERRORS if reading else _WRITE_ERRORS
    known = own.get(exc.errno) or _OS_ERRORS.get(exc.errno)
    if known is not None:
        what = tr(*known)
    else:
        what = exc.strerror or tr("不明な入出力エラー", "unknown I/O error")
    if reading and exc.errno not in _READ_ERRORS:
        what = tr("読み込めません（{w}）", "cannot read ({w})", w=what)
    elif not reading and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC):
        what = tr("書き込めません（{w}）", "cannot write ({w})", w=what)
    elif not reading:
        what = tr("書き出せません（{w}）", "cannot write ({w})", w=what)
    return f"{what}: {where}" if where else what
