"""Wording profiles: the labels and footnotes a ministry's version of the form prints.

A profile is a TOML file (``models/data/profiles/*.toml`` ships ``guideline`` and ``soumu``;
a ministry adds its own as ``~/.config/hyoka/profiles/NAME.toml``, which also overrides a
shipped one of the same name). Keys: ``name``, ``description``, ``extends`` (another profile
whose labels and notes it starts from), ``ministries`` (reports of these ministries use it
unless told otherwise), ``next_steps_headings`` (print 【施策】／【予算要求】／【税制…】),
``typeface`` (``"明朝"`` or ``"ゴシック"``: the class of face every format prints in; 明朝 when
not said, as ministries' Excel forms are commonly set in ＭＳ 明朝),
``[labels]`` (label name = wording; unnamed labels fall back to :mod:`models.report.labels`) and
``[[notes]]`` (``mark``, ``text``: the footnotes, in order; a profile that has its own notes
replaces the inherited ones).

Which profile a report uses: the one named by the caller (``--profile``), else the first whose
``ministries`` lists the report's ministry (総務省 → ``soumu``), else ``guideline``. The
snapshot has no key for a profile (the ministry decides the form), so nothing is stored.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from models.i18n import tr
from models.locations import config_home
from models.printed.blocks import TYPEFACES
from models.report.labels import LABELS, form_label

DEFAULT = "guideline"
_SHIPPED = Path(__file__).resolve().parent.parent / "data" / "profiles"


class ProfileError(ValueError):
    pass


@dataclass(frozen=True)
class Profile:
    name: str
    description: str = ""
    ministries: tuple[str, ...] = ()
    next_steps_headings: bool = True
    typeface: str = "明朝"
    labels: dict[str, str] = field(default_factory=dict)
    notes: tuple[tuple[str, str], ...] = ()

    def label(self, name: str) -> str:
        """The profile's wording of a label, else the form's own (models.report.labels), else
        the shipped guideline profile's (labels only the printed documents know, such as the
        事前分析表's, for a ministry's profile that does not extend a shipped one)."""
        found = self.labels.get(name)
        if found:
            return found
        if name in LABELS:
            return form_label(name)
        return _shipped_labels()[name]


@cache
def _shipped_labels() -> dict[str, str]:
    return {str(k): str(v) for k, v in _read(_SHIPPED / f"{DEFAULT}.toml")["labels"].items()}


def user_profiles_dir() -> Path:
    return config_home() / "profiles"


def _files() -> dict[str, Path]:
    """Every profile file by name: shipped first, the user's directory overriding."""
    found: dict[str, Path] = {}
    for directory in (_SHIPPED, user_profiles_dir()):
        if directory.is_dir():
            for path in sorted(directory.glob("*.toml")):
                found[path.stem] = path
    return found


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(
            tr(
                "様式プロファイル {path} を読めません: {err}",
                "cannot read the wording profile {path}: {err}",
                path=path,
                err=_reason(exc),
            )
        ) from None


def _build(name: str, files: dict[str, Path], seen: tuple[str, ...] = ()) -> Profile:
    if name not in files:
        raise ProfileError(
            tr(
                "様式プロファイル {name} はありません（あるもの: {known}）",
                "no wording profile {name} (known: {known})",
                name=name,
                known=", ".join(sorted(files)),
            )
        )
    if name in seen:
        raise ProfileError(tr("様式プロファイルの循環: {n}", "profile cycle: {n}", n=name))
    data = _read(files[name])
    base = Profile(name)
    if data.get("extends"):
        base = _build(str(data["extends"]), files, (*seen, name))
    labels = {**base.labels, **{str(k): str(v) for k, v in data.get("labels", {}).items()}}
    typeface = str(data.get("typeface", base.typeface))
    if typeface not in TYPEFACES:
        raise ProfileError(
            tr(
                "様式プロファイル {name} の typeface は {known} のどれかです（{got}）",
                "the typeface of wording profile {name} is one of {known} (got {got})",
                name=name,
                known="、".join(TYPEFACES),
                got=typeface,
            )
        )
    notes = base.notes
    if "notes" in data:
        notes = tuple((str(n.get("mark", "")), str(n.get("text", ""))) for n in data["notes"])
    return Profile(
        name=name,
        description=str(data.get("description", base.description)),
        ministries=tuple(str(m) for m in data.get("ministries", ())),
        next_steps_headings=bool(data.get("next_steps_headings", base.next_steps_headings)),
        typeface=typeface,
        labels=labels,
        notes=notes,
    )


@cache
def _cached(name: str, user_dir: str) -> Profile:
    return _build(name, _files())


def load_profile(name: str) -> Profile:
    """The profile called ``name`` (a ProfileError names the known ones when there is none)."""
    return _cached(name, str(user_profiles_dir()))


def profile_names() -> list[str]:
    return sorted(_files())


def profile_for(ministry: str, name: str | None = None) -> Profile:
    """The named profile, else the one serving ``ministry``, else the guideline's."""
    if name:
        return load_profile(name)
    for candidate in profile_names():
        profile = load_profile(candidate)
        if ministry and ministry in profile.ministries:
            return profile
    return load_profile(DEFAULT)


def _reason(exc: Exception) -> str:
    """Why the file could not be read, in the current language."""
    if isinstance(exc, tomllib.TOMLDecodeError):
        from models.toml_errors import toml_error_text

        return toml_error_text(exc)
    if isinstance(exc, OSError):
        from models.i18n import os_error_text

        return os_error_text(exc, "", reading=True)
    return tr("UTF-8 ではありません", "not UTF-8")
