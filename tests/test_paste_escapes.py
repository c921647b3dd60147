"""Escape sequences in pasted text: marked in the terminal's input, removed whole, said so."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.editing.paste import clean_paste
from tui.editing.paste_stream import ESCAPE_MARK, PASTE_END, PASTE_START, PasteMarker


def test_colour_codes_are_removed_whole_and_the_rest_kept_in_order() -> None:
    text, notice = clean_paste("AB\x1b[31mRED\x1b[0mCD", one_line=True)
    assert text == "ABREDCD"
    assert (
        notice == "貼り付けた文字から端末の制御シーケンス 2 個を取り除きました（ESC[31m、ESC[0m）"
    )


def test_each_kind_of_sequence_goes_whole() -> None:
    cases = {
        "7\x1b8": "7",  # ESC 8: restore the cursor (ESC and a final byte)
        "x\x1b(By": "xy",  # a character set: an intermediate byte then the final
        "a\x1b]0;title\x07b": "ab",  # OSC ended by BEL
        "a\x1b]8;;https://e.jp\x1b\\link\x1b]8;;\x1b\\b": "alinkb",  # OSC 8 link, ended by ST
        "a\x1bP1$r\x1b\\b": "ab",  # DCS
        "a\x9b1mb": "ab",  # the 8-bit CSI
        "a\x1b[1;2": "a",  # cut short by the end of the paste
        "x\x1b": "x",  # a lone ESC
        "あ\x1bい": "あい",
        f"A{ESCAPE_MARK}[31mB{ESCAPE_MARK}[0m": "AB",  # as marked on the way in
    }
    for pasted, kept in cases.items():
        text, notice = clean_paste(pasted, one_line=True)
        assert text == kept, pasted
        assert "制御シーケンス" in notice, pasted


def test_a_control_string_that_never_ends_keeps_the_text_after_it() -> None:
    text, notice = clean_paste("a\x1bPlease read", one_line=True)
    assert text == "alease read"
    assert "（ESCP）" in notice


def test_a_long_sequence_is_named_short_and_many_are_counted() -> None:
    _, notice = clean_paste("a\x1b]0;a very long window title here\x07b", one_line=True)
    assert "ESC]0;a very long…" in notice
    _, notice = clean_paste("1\x1b[31m2\x1b[32m3\x1b[33m4\x1b[0m", one_line=True)
    assert "4 個" in notice and "ESC[33m ほか" in notice


def test_control_characters_and_line_breaks_as_before() -> None:
    assert clean_paste("A\x07B", one_line=True) == (
        "AB",
        "貼り付けた文字から制御文字 1 個を取り除きました",
    )
    assert clean_paste("一\x0b二", one_line=False) == ("一\n二", "")


def test_only_the_escapes_inside_a_paste_are_marked() -> None:
    marker = PasteMarker()
    typed = "\x1b[A\x1b"  # an arrow key and the escape key, outside any paste
    assert marker.feed(typed) == typed
    pasted = marker.feed(f"{PASTE_START}A\x1b[31mB{PASTE_END}\x1bOP")
    assert pasted == f"{PASTE_START}A{ESCAPE_MARK}[31mB{PASTE_END}\x1bOP"


@given(st.lists(st.integers(min_value=0, max_value=60), max_size=6))
def test_marking_does_not_depend_on_how_the_input_is_cut_into_reads(cuts: list[int]) -> None:
    stream = (
        f"q\x1b[B{PASTE_START}AB\x1b[31mR\x1b]0;t\x07\x1b8{PASTE_END}"
        f"\x1b[Az{PASTE_START}x{PASTE_END}"
    )
    whole = PasteMarker().feed(stream)
    marker = PasteMarker()
    pieces, at = [], 0
    for cut in sorted(set(cuts)):
        pieces.append(marker.feed(stream[at:cut]))
        at = max(at, cut)
    pieces.append(marker.feed(stream[at:]))
    assert "".join(pieces) == whole
    assert whole.count(ESCAPE_MARK) == 3 and whole.count("\x1b") == stream.count("\x1b") - 3
