"""Finding a Japanese font for the PDF: the config's, else one installed on the system.

Order: ``[publish] font_path`` (a .ttf/.otf/.ttc file or a folder) and ``[publish] font`` (a
family name) of the config file, or ``HYOKA_FONT_PATH`` / ``HYOKA_FONT``; else a Japanese
font of the class the wording profile names (``typeface``: 明朝 — Noto Serif CJK JP, then
IPAex明朝 — or ゴシック — Noto Sans CJK JP, then IPAexゴシック) among those ``fc-list :lang=ja``
knows, then the usual places of these fonts; else any Japanese font. Without any,
:class:`PublishError` says what to install — a PDF of tofu boxes is never written.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from models.i18n import tr
from models.publish.errors import PublishError

KNOWN = (
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-mincho.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf",
    "/System/Library/Fonts/ヒラギノ明朝 ProN.ttc",
    "/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc",
)
# words in a font's file or family name that say its class, in the order preferred
MARKERS = {
    "明朝": ("Serif CJK JP", "Serif", "Mincho", "明朝"),
    "ゴシック": ("Sans CJK JP", "Sans", "Gothic", "ゴシック"),
}
MINCHO_FILE = ("Serif", "Mincho", "mincho", "ipaexm", "ipam", "明朝")
WEIGHTS = ("Black", "Bold", "Heavy", "Light", "Medium", "Thin", "W6", "W8")  # not the regular face


@dataclass(frozen=True)
class Font:
    """A font file, the folder Typst reads it from (holding only it and its bold), its family."""

    path: str
    folder: str
    family: str


def _configured() -> tuple[str, str]:
    path = os.environ.get("HYOKA_FONT_PATH", "")
    family = os.environ.get("HYOKA_FONT", "")
    if path or family:
        return path, family
    from models.config import load_config

    settings = load_config().publish
    return str(settings.get("font_path", "")), str(settings.get("font", ""))


def _fc_list(pattern: str) -> list[str]:
    if not shutil.which("fc-list"):
        return []
    try:
        out = subprocess.run(
            ["fc-list", pattern, "file"], capture_output=True, text=True, timeout=20
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = {line.split(":")[0].strip() for line in out.splitlines() if line.strip()}
    return sorted(files)


def _by_class(files: list[str], typeface: str) -> list[str]:
    """``files`` with those of the class ``typeface`` first (Noto before IPA), regular first."""

    def key(path: str) -> tuple[bool, bool, bool, str]:
        name = Path(path).name
        mincho = any(word in name for word in MINCHO_FILE)
        weighted = any(word in name for word in WEIGHTS)
        return (weighted, mincho != (typeface == "明朝"), "Noto" not in name, path)

    return sorted(dict.fromkeys(files), key=key)


def _folder(path: str) -> str:
    """A private folder with links to the font file and its bold sibling (Typst reads folders;
    the font's own folder may hold dozens of faces it would load for nothing)."""
    source = Path(path).resolve()
    folder = Path(tempfile.gettempdir()) / f"hyoka-fonts-{os.getuid()}" / _digest(str(source))
    folder.mkdir(parents=True, exist_ok=True)
    bold = source.with_name(source.name.replace("Regular", "Bold"))
    for face in {source, bold}:
        link = folder / face.name
        if face.exists() and not link.exists():
            try:
                link.symlink_to(face)
            except FileExistsError:  # another process made it meanwhile
                pass
    return str(folder)


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _families(folder: str) -> list[str]:
    import typst

    fonts = typst.Fonts(
        include_system_fonts=False, include_embedded_fonts=False, font_paths=[folder]
    )
    return list(fonts.families())


def _pick_family(families: list[str], wanted: str, typeface: str = "明朝") -> str:
    if wanted:
        return wanted if wanted in families else ""
    markers = [*MARKERS.get(typeface, ()), "JP", "Japan", *MARKERS["ゴシック"], *MARKERS["明朝"]]
    for marker in markers:
        for family in families:
            if marker in family and "Mono" not in family:
                return family
    return families[0] if families else ""


@cache
def find_font(path: str = "", family: str = "", typeface: str = "明朝") -> Font:
    """The font to use (``path`` and ``family`` empty = the config's, else one of the class
    ``typeface`` from the system's)."""
    if not path and not family:
        path, family = _configured()
    if path:
        candidates = [path]
    elif family:
        candidates = _fc_list(f"{family}:lang=ja")
    else:
        found = [*_fc_list(":lang=ja"), *(k for k in KNOWN if Path(k).exists())]
        candidates = _by_class(found, typeface)
    for candidate in candidates:
        if not Path(candidate).is_file():
            continue
        folder = _folder(candidate)
        chosen = _pick_family(_families(folder), family, typeface)
        if chosen:
            return Font(candidate, folder, chosen)
    if path or family:
        raise PublishError(
            tr(
                "設定のフォント {font} が見つからないか、読めません",
                "the configured font {font} is missing or unreadable",
                font=path or family,
            )
        )
    raise PublishError(
        tr(
            "PDF には日本語フォントが必要です。fonts-noto-cjk（明朝は Noto Serif CJK JP、"
            "ゴシックは Noto Sans CJK JP。Debian/Ubuntu: sudo apt-get install fonts-noto-cjk）"
            "か fonts-ipaexfont を入れるか、設定ファイルの [publish] "
            'font_path = "…/フォント.ttc" で指定してください',
            "a PDF needs a Japanese font: install fonts-noto-cjk (明朝: Noto Serif CJK JP, "
            "ゴシック: Noto Sans CJK JP; Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) or "
            "fonts-ipaexfont, or name one in the config file as "
            '[publish] font_path = ".../font.ttc"',
        )
    )
