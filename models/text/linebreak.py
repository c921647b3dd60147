"""One line breaker for everything hyoka wraps itself (禁則処理, JIS X 4051 in its simple form).

``wrap(text, width)`` returns lines of at most ``width`` terminal cells (East Asian Wide and
Fullwidth characters count 2, combining marks 0, as Rich and Textual draw them). Between two
characters a line may break unless one of these rules forbids it:

- no line starts with a closing bracket or punctuation (:data:`NO_START`:
  、。，．）」』】〕・：；？！ and the like, ASCII ``),.:;?!]}``); with ``strict=True``
  also not with a small kana or ``ー``
  (:data:`NO_START_STRICT`);
- no line ends with an opening bracket (:data:`NO_END`: （「『【〔 ``([{`` and the like);
- a figure stays whole (:data:`NUMBER`): an optional sign (△ ▲ ＋ － − + -) and one space,
  digits (ASCII or full-width) with separators ``,，.．`` between digits, an optional ratio
  part (``／46``, ``/46``), an optional unit from :data:`UNITS` (``%``, ``団体``, ``万円``,
  ``ポイント``…, after at most one space); a Japanese era date stays whole too
  (``令和元年度``, ``令和３年３月``);
- a run of ASCII letters, digits and ASCII punctuation (a word, ``Society``, ``5.0``,
  ``https://…``) stays whole; the line may break after a space only between two such runs;
- a space is never a place to break in Japanese text: no break before a space, none after
  one that follows or precedes a Japanese character (``対し 5,000 ポイント``); spaces stay in
  the lines, so nothing is lost;
- ``……`` and ``――`` pairs stay together.

The text between two allowed breaks is a *segment* (:func:`segments`). Lines are filled
greedily with whole segments; a segment wider than the line on its own is cut between
characters (a forced break, the only case where the rules above can be broken), and a line
is wider than ``width`` only when it holds a single character wider than ``width``.

Hard newlines (``\\n``, ``\\r\\n``) end a paragraph: each paragraph is wrapped on its own and
an empty paragraph gives an empty line, so without ``hang`` ``"".join(lines)`` is the text with
its newlines removed, and for text without newlines it is the text itself.

With ``hang=True`` a paragraph that starts with a bullet or note marker (:func:`hang_prefix`:
``・``, ``※１``, ``（注）``, ``１．``, ``（２）``, ``①``…)
has its continuation lines indented by the
marker's width in ASCII spaces, so wrapped bullets and notes hang under their first line;
remove ``hang_width`` leading spaces from each continuation line to get the text back. The
indent is dropped when it would leave less than half the width.

``phrases`` (a function splitting a paragraph into phrases, such as BudouX's parser) limits the
breaks to phrase ends where a phrase fits on a line; the rules above still hold. hyoka does
not use it by default and does not depend on BudouX: ``python -m bench.linebreak`` measured
it at 4-5 times the time (14-19 against 3-5 ms per 1,000 characters) and, read on the sample's
判断根拠, ragged lines at 40 columns with a wrong phrase cut (「地方 / 行税制統計…」), while the
printed form itself breaks between characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from rich.cells import cell_len, get_character_cell_size

Phrases = Callable[[str], list[str]]

NO_START = frozenset(
    # Japanese closing brackets, punctuation and iteration marks
    "、。，．）」』】〕〉》］｝〙〗｠”’・：；？！‼⁇⁈⁉ヽヾゝゞ々〻),.:;?!]}"  # ASCII
)
NO_START_STRICT = frozenset(
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"  # small kana
    "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿー"  # small katakana for Ainu, the long vowel mark
)
NO_END = frozenset("（「『【〔〈《［｛〘〖｟“‘([{")
_PAIRED = frozenset("…‥―—")

UNITS = (
    "百万円",
    "千円",
    "万円",
    "億円",
    "円",
    "団体",
    "市区町村",
    "都道府県",
    "ポイント",
    "件",
    "人",
    "万人",
    "者",
    "社",
    "校",
    "機関",
    "箇所",
    "か所",
    "カ所",
    "ヶ所",
    "個",
    "台",
    "回",
    "倍",
    "割",
    "歳",
    "時間",
    "日間",
    "か月",
    "ヶ月",
    "カ月",
    "年度",
    "年",
    "月",
    "日",
    "分",
    "秒",
    "万",
    "億",
    "%",
    "％",
    "pt",
)
_DIGITS = r"[0-9０-９]+(?:[,，.．][0-9０-９]+)*"
_UNIT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
NUMBER = re.compile(
    rf"(?:[△▲＋－−+\-] ?)?{_DIGITS}(?:[／/]{_DIGITS})?(?: ?(?:{_UNIT}))?"
    r"|(?:令和|平成|昭和|大正|明治)(?:元|[0-9０-９]+)年(?:度|[0-9０-９]+月(?:[0-9０-９]+日)?)?"
)
_HANG = re.compile(
    r"(?:[・●○◆◇■□▪•※＊*][0-9０-９]*|（注[0-9０-９]*）|\(注[0-9]*\)|注[0-9０-９]*[：:]"
    r"|[0-9０-９]{1,2}[．.）)]|（[0-9０-９]{1,2}）|\([0-9]{1,2}\)|（[ⅰ-ⅻⅠ-Ⅻ]）|[①-⑳])"
    r"(?![0-9０-９])[ 　]*"
)


def _ascii(ch: str) -> bool:
    return "!" <= ch <= "~"


def hang_prefix(paragraph: str) -> str:
    """The bullet or note marker a paragraph starts with (and the spaces after it), or ``""``."""
    found = _HANG.match(paragraph)
    return found.group() if found and found.end() < len(paragraph) else ""


def hang_width(paragraph: str, width: int) -> int:
    """How many cells ``wrap(..., hang=True)`` indents the continuation lines of ``paragraph``."""
    indent = cell_len(hang_prefix(paragraph))
    return indent if indent * 2 <= width else 0


def _glued(text: str) -> list[bool]:
    """``glued[i]``: no break is allowed between ``text[i-1]`` and ``text[i]`` (index 0 unused)."""
    n = len(text)
    glued = [True] + [False] * (n - 1) if n else []
    for found in NUMBER.finditer(text):
        for i in range(found.start() + 1, found.end()):
            glued[i] = True
    for i in range(1, n):
        before, after = text[i - 1], text[i]
        if glued[i]:
            continue
        if after.isspace() or get_character_cell_size(after) == 0:
            glued[i] = True
        elif before.isspace():
            j = i - 1
            while j > 0 and text[j - 1].isspace():
                j -= 1
            glued[i] = j == 0 or not (_ascii(text[j - 1]) and _ascii(after))
        elif _ascii(before) and _ascii(after):
            glued[i] = True
        elif before in NO_END or after in NO_START or (before == after and after in _PAIRED):
            glued[i] = True
    return glued


def _strict_glue(text: str, glued: list[bool]) -> None:
    for i in range(1, len(text)):
        if text[i] in NO_START_STRICT:
            glued[i] = True


def segments(text: str, *, strict: bool = False, phrases: Phrases | None = None) -> list[str]:
    """The pieces of one paragraph between which a line may break, in order.

    With ``phrases`` (a function splitting text into phrases, e.g. BudouX's parser) a line
    breaks only where the rules allow it *and* a phrase ends.
    """
    if not text:
        return []
    glued = _glued(text)
    if strict:
        _strict_glue(text, glued)
    if phrases is not None:
        ends, at = set(), 0
        for phrase in phrases(text):
            at += len(phrase)
            ends.add(at)
        glued = [g or i not in ends for i, g in enumerate(glued)]
    pieces, start = [], 0
    for i in range(1, len(text)):
        if not glued[i]:
            pieces.append(text[start:i])
            start = i
    pieces.append(text[start:])
    return pieces


def _clusters(piece: str) -> Iterator[str]:
    """Characters with the zero-width marks that follow them."""
    start = 0
    for i in range(1, len(piece)):
        if get_character_cell_size(piece[i]) != 0:
            yield piece[start:i]
            start = i
    if piece:
        yield piece[start:]


def _fill(
    paragraph: str, width: int, strict: bool, hang: bool, phrases: Phrases | None
) -> list[str]:
    indent = hang_width(paragraph, width) if hang else 0
    lines: list[str] = []
    line, used, room = "", 0, width

    def end_line() -> None:
        nonlocal line, used, room
        lines.append(line if not lines else " " * indent + line)
        line, used, room = "", 0, width - indent

    def place(piece: str, depth: int) -> None:
        """Add ``piece``; wider than a line, break it finer: depth 2 by the rules alone
        (phrases ignored), depth 1 between characters (a forced break)."""
        nonlocal line, used
        size = cell_len(piece)
        if used + size > room and line:
            end_line()
        if size <= room or depth == 0:
            line, used = line + piece, used + size
            return
        for part in segments(piece, strict=strict) if depth == 2 else _clusters(piece):
            place(part, depth - 1)

    for piece in segments(paragraph, strict=strict, phrases=phrases):
        place(piece, 1 if phrases is None else 2)
    if line or not lines:
        end_line()
    return lines


def wrap(
    text: str,
    width: int,
    *,
    strict: bool = False,
    hang: bool = False,
    phrases: Phrases | None = None,
) -> list[str]:
    """``text`` broken into lines of at most ``width`` cells by the rules in this module."""
    width = max(1, width)
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        lines.extend(_fill(paragraph, width, strict, hang, phrases))
    return lines
