"""One line breaker for everything hyoka wraps itself (禁則処理, JIS X 4051 in its simple form).

``wrap(text, width)`` returns lines of at most ``width`` terminal cells (East Asian Wide and
Fullwidth characters count 2, combining marks 0, as Rich and Textual draw them). Between two
characters a line may break unless one of these rules forbids it:

- no line starts with a closing bracket or punctuation (:data:`NO_START`:
  、。，．）」』】〕＞・：；？！ and the like, ASCII ``),.:;?!]}``); with ``strict=True``
  also not with a small kana or ``ー``
  (:data:`NO_START_STRICT`);
- no line ends with an opening bracket (:data:`NO_END`: （「『【〔＜ ``([{`` and the like; ＜＞
  act as brackets in the form's 「＜アウトカム指標＞」);
- a figure stays whole (:data:`NUMBER`): an optional sign (△ ▲ ＋ － − + -) and one space,
  digits (ASCII or full-width) with separators ``,，.．`` between digits, an optional ratio
  part (``／46``, ``/46``), an optional unit from :data:`UNITS` (``%``, ``団体``, ``万円``,
  ``ポイント``…, after at most one space) with its ``／…`` part (``件／億台キロ``), and a bound
  after it (``以下``, ``以上``, ``未満``, ``以内``, ``超``: ``55.0以下``); a Japanese era date stays
  whole too (``令和元年度``, ``平成30年度``, ``令和３年３月``);
- other units stay whole (:data:`WHOLE`): a note mark (``※３``, ``（※３）``), a short bracketed
  label (``＜アウトプット指標＞``, ``【達成すべき目標】``, up to 15 and 10 characters inside);
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
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate

from rich.cells import cell_len, get_character_cell_size

Phrases = Callable[[str], list[str]]

NO_START = frozenset(
    # Japanese closing brackets, punctuation and iteration marks
    "、。，．）」』】〕〉》］｝〙〗｠”’＞・：；？！‼⁇⁈⁉ヽヾゝゞ々〻),.:;?!]}"  # ASCII
)
NO_START_STRICT = frozenset(
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"  # small kana
    "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿー"  # small katakana for Ainu, the long vowel mark
)
NO_END = frozenset("（「『【〔〈《［｛〘〖｟“‘＜([{")
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
_PER = r"[／/](?:[億万千百十]?[ァ-ヴー一-龥]{1,4}|[A-Za-z]{1,4})"  # 件／億台キロ, 人／日, 円／kWh
_BOUND = "以下|以上|未満|以内|超"  # 55.0以下
NUMBER = re.compile(
    rf"(?:[△▲＋－−+\-] ?)?{_DIGITS}(?:[／/]{_DIGITS})?(?: ?(?:{_UNIT})(?:{_PER})?)?(?:{_BOUND})?"
    r"|(?:令和|平成|昭和|大正|明治)(?:元|[0-9０-９]+)年(?:度|[0-9０-９]+月(?:[0-9０-９]+日)?)?"
)
WHOLE = re.compile(
    rf"{NUMBER.pattern}|（※[0-9０-９]+）|\(※[0-9０-９]+\)|※[0-9０-９]+"
    r"|＜[^＜＞\n]{1,15}＞|【[^【】\n]{1,10}】"
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
    for found in WHOLE.finditer(text):
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


Advance = Callable[[str], float]  # a character's width: terminal cells, or points of a font


def allowed(text: str, i: int, inside: Inside, strict: bool = False) -> bool:
    """Whether a line may break between ``text[i-1]`` and ``text[i]`` (the rules of the module;
    ``inside``: positions within a run kept whole, from :func:`whole_inside`)."""
    if i in inside:
        return False
    before, after = text[i - 1], text[i]
    if after.isspace() or _zero_width(after):
        return False
    if before.isspace():
        j = i - 1
        while j > 0 and text[j - 1].isspace():
            j -= 1
        return j > 0 and _ascii(text[j - 1]) and _ascii(after)
    if _ascii(before) and _ascii(after):
        return False
    if before in NO_END or after in NO_START or (before == after and after in _PAIRED):
        return False
    return not (strict and after in NO_START_STRICT)


_ZERO: dict[str, bool] = {}


def _zero_width(ch: str) -> bool:
    found = _ZERO.get(ch)
    if found is None:
        found = _ZERO[ch] = get_character_cell_size(ch) == 0
    return found


class Inside:
    """The positions inside the runs a pattern keeps whole in a text (a break there is not
    allowed): ``i in inside``. The runs are found once; a position is looked up by bisection."""

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for found in pattern.finditer(text):
            if found.end() - found.start() > 1:
                self.starts.append(found.start())
                self.ends.append(found.end())

    def __contains__(self, i: object) -> bool:
        if not isinstance(i, int):
            return False
        k = bisect_right(self.starts, i - 1) - 1  # the last run starting before i
        return k >= 0 and i < self.ends[k]


def whole_inside(text: str, pattern: re.Pattern[str] = WHOLE) -> Inside:
    """Positions inside the runs ``pattern`` keeps whole (a break there is not allowed)."""
    return Inside(text, pattern)


def break_paragraph(
    paragraph: str, first: float, rest: float, advance: Advance, strict: bool = False
) -> list[str]:
    """One paragraph (no newline) as lines: the first at most ``first`` wide, the others
    ``rest`` (widths in ``advance``'s unit). Each line ends at the last break the rules allow
    that still fits; where none fits, the last one they allow inside a note mark or a bracketed
    label (kept whole only where it fits), else between characters (a forced break, a
    character and its zero-width marks kept together; a character wider than the line alone
    on its line)."""
    n = len(paragraph)
    if not n or sum(map(advance, paragraph)) <= first + 1e-9:
        return [paragraph]
    prefix = [0.0, *accumulate(map(advance, paragraph))]
    inside = whole_inside(paragraph)
    lines: list[str] = []
    pos, room = 0, first
    while pos < n:
        end = bisect_right(prefix, prefix[pos] + room + 1e-9) - 1
        if end >= n:
            lines.append(paragraph[pos:])
            break
        cut = end
        while cut > pos and not allowed(paragraph, cut, inside, strict):
            cut -= 1
        if cut == pos:  # a unit wider than the line: the rules inside it, figures still whole
            numbers = whole_inside(paragraph, NUMBER)
            cut = end
            while cut > pos and not allowed(paragraph, cut, numbers, strict):
                cut -= 1
        if cut == pos:  # nothing the rules allow fits: a forced break
            cut = max(end, pos + 1)
            while cut < n and _zero_width(paragraph[cut]):
                cut += 1
        lines.append(paragraph[pos:cut])
        pos, room = cut, rest
    return lines


def _fill(
    paragraph: str, width: int, strict: bool, hang: bool, phrases: Phrases | None
) -> list[str]:
    indent = hang_width(paragraph, width) if hang else 0
    if phrases is None:
        lines = break_paragraph(paragraph, width, width - indent, get_character_cell_size, strict)
        return [lines[0], *(" " * indent + line for line in lines[1:])]
    return _fill_phrases(paragraph, width, strict, indent, phrases)


def _fill_phrases(
    paragraph: str, width: int, strict: bool, indent: int, phrases: Phrases
) -> list[str]:
    """Greedy by phrases: a phrase wider than a line is broken by the rules, then between
    characters."""
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
        place(piece, 2)
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


_LABEL_WORD = re.compile(r"[（【]*[^・（【]*?(?:[・）】]+|(?=[（【])|$)")


def label_words(label: str) -> list[str]:
    """A label split into its words, as the form breaks a label cell: after ・ and a closing
    bracket, before an opening one (「政策の予算額・」「執行額等」「（百万円）」)."""
    return [w for w in _LABEL_WORD.findall(label) if w]


def label_lines(label: str, width: float, advance: Advance) -> list[str]:
    """A label cell's lines: each paragraph broken between its words (:func:`label_words`)
    where a word fits, by the rules inside a longer one, and balanced — the narrowest width
    giving as few lines — so that no line is left with a character or two
    (「政策評価実施予定時期」 is 「政策評価実」「施予定時期」, never 「…時」「期」)."""
    out: list[str] = []
    for paragraph in label.split("\n"):
        out += _balanced(paragraph, width, advance)
    return out


def _label_paragraph(paragraph: str, width: float, advance: Advance) -> list[str]:
    lines: list[str] = []
    line, used = "", 0.0
    for word in label_words(paragraph) or [""]:
        size = sum(map(advance, word))
        if used + size > width + 1e-9 and line:
            lines.append(line)
            line, used = "", 0.0
        if size <= width + 1e-9:
            line, used = line + word, used + size
            continue
        parts = break_paragraph(word, width - used, width, advance, strict=True)
        lines += [line + parts[0], *parts[1:-1]] if len(parts) > 1 else []
        line = parts[-1] if len(parts) > 1 else line + parts[0]
        used = sum(map(advance, line))
    lines.append(line)
    return lines


def _balanced(paragraph: str, width: float, advance: Advance) -> list[str]:
    best = _label_paragraph(paragraph, width, advance)
    if len(best) < 2:
        return best
    low, high = 0.0, width
    for _ in range(12):  # the narrowest width that still gives as few lines
        middle = (low + high) / 2
        lines = _label_paragraph(paragraph, middle, advance)
        if len(lines) <= len(best) and max(sum(map(advance, x)) for x in lines) <= middle + 1e-9:
            best, high = lines, middle
        else:
            low = middle
    return best
