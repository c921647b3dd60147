"""The Japanese line breaker (models/text/linebreak.py): properties over generated text and the
cases the issue found in the sample report."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from models.snapshot.sample import sample_text
from models.text.linebreak import (
    NO_END,
    NO_START,
    NO_START_STRICT,
    NUMBER,
    hang_width,
    segments,
    wrap,
)

_kana = st.sampled_from("あいうえおかきくけこさしすせそがぎっゃょアイウエオカキクケコッャョーン")
_kanji = st.sampled_from("政策評価行政手続推進目標達成度合測定指標令和年度実績自治体")
_punct = st.sampled_from([*"、。，．・：；？！…―", "……", "――"])
_open = st.sampled_from("（「『【〔([")
_close = st.sampled_from("）」』】〕)]")
_number = st.builds(
    lambda sign, n, unit: f"{sign}{n:,}{unit}",
    st.sampled_from(["", "△", "△ ", "▲", "-"]),
    st.integers(0, 10**9),
    st.sampled_from(["", "団体", "%", "円", " ポイント", "件"]),
) | st.builds(lambda a, b: f"{a}／{b}", st.integers(0, 999), st.integers(1, 999))
_ascii_word = st.text(st.sampled_from("abcdefghijXYZ0123"), min_size=1, max_size=8)
_space = st.sampled_from([" ", "　", "  "])
_piece = st.one_of(
    _kana, _kanji, _kanji, _kana, _punct, _open, _close, _number, _ascii_word, _space
)
japanese = st.lists(_piece, max_size=80).map("".join)


def boundaries(lines: list[str]) -> list[int]:
    """Offsets in the joined text where a line ends (the last line's end excluded)."""
    out, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        out.append(at)
    return out


def fits(text: str, width: int, strict: bool = False) -> bool:
    """No segment is wider than a line: no break has to be forced."""
    return all(cell_len(piece) <= width for piece in segments(text, strict=strict))


@settings(max_examples=300, deadline=None)
@given(japanese, st.integers(20, 200), st.booleans())
def test_lines_fit_and_give_the_text_back(text: str, width: int, strict: bool) -> None:
    lines = wrap(text, width, strict=strict)
    assert "".join(lines) == text
    assert all(cell_len(line) <= width for line in lines)
    assert all(lines) or text == ""


@settings(max_examples=300, deadline=None)
@given(japanese, st.integers(20, 200), st.booleans())
def test_no_line_breaks_a_rule_unless_forced(text: str, width: int, strict: bool) -> None:
    lines = wrap(text, width, strict=strict)
    if not fits(text, width, strict):
        return
    forbidden = NO_START | NO_START_STRICT if strict else NO_START
    for line in lines[1:]:
        assert line[0] not in forbidden, lines
        assert not line[0].isspace() or line[0] == "　", lines
    for line in lines[:-1]:
        assert line[-1] not in NO_END, lines
    cuts = boundaries(lines)
    for found in NUMBER.finditer(text):
        assert not any(found.start() < cut < found.end() for cut in cuts), (found.group(), lines)


@settings(max_examples=200, deadline=None)
@given(japanese, st.integers(1, 19))
def test_narrow_widths_still_never_exceed(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert "".join(lines) == text
    assert all(cell_len(line) <= width or len(line) == 1 for line in lines)


_markers = st.sampled_from(["・", "※１", "（注）", "１．", "（２）", "①"])


@settings(max_examples=200, deadline=None)
@given(_markers, japanese, st.integers(20, 80))
def test_bullets_hang_under_their_first_line(marker: str, body: str, width: int) -> None:
    text = marker + "あ" + body
    lines = wrap(text, width, hang=True)
    indent = hang_width(text, width)
    assert indent == cell_len(marker)
    assert all(line.startswith(" " * indent) for line in lines[1:])
    assert lines[0] + "".join(line[indent:] for line in lines[1:]) == text
    assert all(cell_len(line) <= width for line in lines)


def test_paragraphs_are_wrapped_apart() -> None:
    lines = wrap("あいう\n\nえお", 4)
    assert lines == ["あい", "う", "", "えお"]
    assert wrap("", 10) == [""]


# ------------------------------------------------------------ the cases, from the sample
def _strings(node: object):
    if isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, str):
        yield from node.split("\n")


SAMPLE_PARAGRAPHS = list(_strings(tomllib.loads(sample_text())))


def sample_text_with(needle: str) -> str:
    """The paragraph of the sample report that holds ``needle``."""
    return next(p for p in SAMPLE_PARAGRAPHS if needle in p)


def every_width(text: str, lo: int = 8, hi: int = 120):
    for width in range(lo, hi):
        yield width, wrap(text, width)


def assert_whole(text: str, part: str) -> None:
    start = text.index(part)
    for width, lines in every_width(text, max(8, cell_len(part))):
        assert not any(start < cut < start + len(part) for cut in boundaries(lines)), (width, lines)


def test_no_line_starts_with_a_comma_in_the_cabinet_excerpt() -> None:
    text = sample_text_with("行政サービスと民間サービス")
    for width, lines in every_width(text):
        assert "".join(lines) == text
        assert not any(line[0] in "、。）」" for line in lines[1:]), width


def test_figures_stay_whole() -> None:
    assert_whole(sample_text_with("1,182団体"), "1,182団体")
    assert_whole(sample_text_with("（46／46）"), "46／46")
    assert_whole("前年度比△ 1,582,692千円の減額となった。", "△ 1,582,692千円")
    assert_whole("執行率は63.2%であった。", "63.2%")


def test_era_dates_stay_whole() -> None:
    text = sample_text_with("令和元年度から令和３年度は")
    assert_whole(text, "令和元年度")
    assert_whole(text, "令和３年度")


def test_an_opening_bracket_never_ends_a_line() -> None:
    text = "測定指標の年度ごとの目標（値）及び実績（値）"
    for width, lines in every_width(text, 8, 40):
        assert not any(line.endswith("（") for line in lines[:-1]), (width, lines)


def test_a_space_in_japanese_text_is_kept_and_not_a_break() -> None:
    text = sample_text_with("に対し 5,000 ポイント")
    start = text.index("対し 5,000 ポイント")
    for _width, lines in every_width(text, 20):
        assert "".join(lines) == text
        cuts = boundaries(lines)
        assert not any(start + 1 < cut < start + len("対し 5,000 ポイント") for cut in cuts)


def test_ascii_words_break_at_spaces() -> None:
    assert wrap("Society 5.0 is here", 10) == ["Society ", "5.0 is ", "here"]


@pytest.mark.parametrize("strict", [False, True])
def test_strict_rules_keep_small_kana_and_long_vowels_off_line_starts(strict: bool) -> None:
    text = "マイナンバーカードの利活用を一層深化させる"
    starts = {line[0] for w in range(4, 30) for line in wrap(text, w, strict=strict)[1:]}
    assert ("ー" in starts) is not strict


def test_a_token_wider_than_the_line_is_still_cut() -> None:
    lines = wrap("1,234,567,890団体", 6)
    assert "".join(lines) == "1,234,567,890団体"
    assert all(cell_len(line) <= 6 for line in lines)
    assert wrap("漢字", 1) == ["漢", "字"]


def _fives(text: str) -> list[str]:
    """A stand-in phrase splitter (BudouX's parser has the same shape): 5 characters each."""
    return [text[i : i + 5] for i in range(0, len(text), 5)]


@settings(max_examples=200, deadline=None)
@given(japanese, st.integers(20, 120))
def test_phrases_choose_among_the_allowed_breaks(text: str, width: int) -> None:
    lines = wrap(text, width, phrases=_fives)
    assert "".join(lines) == text
    assert all(cell_len(line) <= width for line in lines)
    if all(cell_len(p) <= width for p in segments(text, phrases=_fives)):
        assert all(cut % 5 == 0 for cut in boundaries(lines)), lines
    if fits(text, width):
        assert not any(line[0] in NO_START for line in lines[1:]), lines
        assert not any(line[-1] in NO_END for line in lines[:-1]), lines


def test_rich_text_keeps_its_styles_when_broken() -> None:
    from rich.text import Text

    from tui.widgets.broken_text import break_lines

    text = Text("・測定指標１：")
    text.append("対応率100％（46／46）", style="bold")
    text.append("となっており、目標達成とした。\n次の行")
    broken = break_lines(text, 20, hang=True)
    lines = broken.plain.split("\n")
    first = "・測定指標１：対応率100％（46／46）となっており、目標達成とした。"
    assert lines == [*wrap(first, 20, hang=True), "次の行"]
    bold = [broken.plain[s.start : s.end] for s in broken.spans if s.style == "bold"]
    assert "".join(bold).replace("\n", "").replace(" ", "") == "対応率100％（46／46）"


def _greedy(text: str, width: int) -> list[str]:
    """The plain greedy fill over :func:`segments` (what ``wrap`` did before it looked for each
    line's last allowed break directly): the reference for the fast fill."""
    lines, line, used = [], "", 0
    for piece in segments(text):
        size = cell_len(piece)
        if used + size > width and line:
            lines.append(line)
            line, used = "", 0
        line, used = line + piece, used + size
    return [*lines, line]


@settings(max_examples=300, deadline=None)
@given(japanese, st.integers(8, 120))
def test_the_fast_fill_breaks_where_the_greedy_fill_over_segments_does(
    text: str, width: int
) -> None:
    if "\n" in text or not fits(text, width):
        return
    assert wrap(text, width) == _greedy(text, width)
