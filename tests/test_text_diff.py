"""What changed between two texts (models/text/diff.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.snapshot.sample import load_sample
from models.text.diff import ELLIPSIS, changes, excerpt_pair

_text = st.text(st.sampled_from("あいうえお漢字、。 abc\n"), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_text, _text)
def test_with_room_for_everything_the_pieces_are_the_texts(old: str, new: str) -> None:
    left, right = changes(old, new, context=10_000)
    assert "".join(p.text for p in left) == old
    assert "".join(p.text for p in right) == new


@settings(max_examples=300, deadline=None)
@given(_text, _text)
def test_every_change_is_shown_whole(old: str, new: str) -> None:
    left, right = changes(old, new, context=3)
    removed = "".join(p.text for p in left if p.changed)
    added = "".join(p.text for p in right if p.changed)
    unchanged_old = "".join(p.text for p in left if not p.changed).replace(ELLIPSIS, "")
    unchanged_new = "".join(p.text for p in right if not p.changed).replace(ELLIPSIS, "")
    assert unchanged_old == unchanged_new  # both sides show the same context
    assert len(removed) + len(unchanged_old) <= len(old)
    assert len(added) + len(unchanged_new) <= len(new)


def test_an_edit_in_a_long_text_is_shown_with_context() -> None:
    old = load_sample().verdict.rationale
    new = old.replace("進展している", "着実に進展している")
    left, right = changes(old, new, context=6)
    assert [p.text for p in right if p.changed] == ["着実に"]
    assert not any(p.changed for p in left)
    shown_old, shown_new = excerpt_pair(old, new, limit=40)
    assert shown_old != shown_new and len(shown_new) <= 40
    assert shown_old.startswith(ELLIPSIS) and "着実に進展" in shown_new
    assert old[:40] == new[:40]  # the prefixes the history showed before were the same


def test_short_or_rewritten_texts_are_kept_whole() -> None:
    assert excerpt_pair("短い", "もっと短い") == ("短い", "もっと短い")
    old, new = "あ" * 60, "い" * 60
    assert excerpt_pair(old, new) == (old, new)


def test_english_is_compared_word_by_word() -> None:
    _, right = changes("the quick brown fox", "the quick red fox")
    assert [p.text for p in right if p.changed] == ["red"]


def test_clip_keeps_the_marks_and_the_limit() -> None:
    from models.text.diff import Piece, clip

    pieces = [Piece("あいう"), Piece("えお", True), Piece("かき")]
    assert clip(pieces, 10) == pieces
    cut = clip(pieces, 5)
    assert cut == [Piece("あいう"), Piece("え", True), Piece(ELLIPSIS)]
    assert sum(len(p.text) for p in cut) == 5
