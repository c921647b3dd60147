"""The Typst source names the text's script when every character shapes alike under one
(models/publish/typst_source.py): Typst then shapes a line as one run instead of cutting it at
each change between kanji, hiragana and katakana. The pages must not change for it."""

from __future__ import annotations

import io

import pytest
import typst
from pypdf import PdfReader

from models.printed import Document, Section, printed_document
from models.publish.fonts import find_font
from models.publish.pdf import _fonts
from models.publish.typst_source import typst_source
from models.snapshot.sample import load_sample

_NAMED = ', script: "hani"'


def _doc(text: str) -> Document:
    return Document(key="x", title="文字", sections=(Section("s", "本文", (text,), "bare"),))


def test_the_sample_names_its_script() -> None:
    assert _NAMED in typst_source(printed_document(load_sample()), find_font())


@pytest.mark.parametrize(
    "text",
    [
        "評価 ÀΩЖ ①→★ ｱｲｳ 𠮷野家",  # Latin-1, Greek, Cyrillic, symbols, half-width kana, ext. B
    ],
)
def test_japanese_latin_and_symbols_name_it(text: str) -> None:
    assert _NAMED in typst_source(_doc(text), find_font())


@pytest.mark.parametrize(
    "text",
    [
        "評価 مرحبا",  # Arabic joins its letters only when shaped as Arabic
        "評価 สวัสดี",  # Thai
        "評価 नमस्ते",  # Devanagari
        "Cafe\u0301",  # a combining mark
        "評価 👍",  # emoji
    ],
)
def test_any_other_script_is_left_to_typst(text: str) -> None:
    source = typst_source(_doc(text), find_font())
    assert "script:" not in source


def _pages(source: str) -> list[str]:
    font = find_font()
    pdf = typst.compile(source.encode(), format="pdf", font_paths=_fonts(font.folder))
    assert isinstance(pdf, bytes)
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_naming_the_script_keeps_every_line_and_page() -> None:
    """The sample with and without the script named: the same lines on the same pages."""
    source = typst_source(printed_document(load_sample()), find_font())
    assert _NAMED in source
    named, chosen = _pages(source), _pages(source.replace(_NAMED, "", 1))
    assert len(named) == len(chosen) > 1
    assert named == chosen
