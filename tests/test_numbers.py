"""Numbers as people type them (IME, PDF, Excel) and as the form prints them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.i18n import set_language
from models.report.numbers import (
    Quantity,
    normalize,
    parse_int,
    parse_number,
    parse_quantity,
    render_number,
)

MINUS_VARIANTS = ["△", "▲", "−", "－", "‐", "-", "\u2212", "\u2010", "\u2011", "\ufe63", "\uff0d"]


@pytest.mark.parametrize("minus", MINUS_VARIANTS)
@pytest.mark.parametrize("space", ["", " ", "\u3000"])
def test_every_minus_sign(minus: str, space: str) -> None:
    assert parse_number(f"{minus}{space}13,745") == -13745


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1182", 1182),
        ("1,182", 1182),
        ("１，１８２", 1182),
        ("１,１８２", 1182),
        ("1、182", 1182),
        ("1､182", 1182),
        ("１２３，４５６，７８９", 123456789),
        ("  431,001 ", 431001),
        ("\u3000431,001\u3000", 431001),
        ("0", 0),
        ("1.5", 1.5),
        ("１．５", 1.5),
        ("1,234.25", 1234.25),
        (".5", 0.5),
        ("+7", 7),
        ("431,001百万円", 431001),
        ("431,001 千円", 431001),
        ("5円", 5),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_number(text: str, value: int | float | None) -> None:
    got = parse_number(text)
    assert got == value
    assert type(got) is type(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("約1,600", Quantity(1600, approximate=True)),
        ("約　１，６００", Quantity(1600, approximate=True)),
        ("100%", Quantity(100, percent=True)),
        ("100％", Quantity(100, percent=True)),
        ("99.5 %", Quantity(99.5, percent=True)),
        ("46/46", Quantity(1, numerator=46, denominator=46)),
        ("４６／４６", Quantity(1, numerator=46, denominator=46)),
        ("1/4", Quantity(0.25, numerator=1, denominator=4)),
        ("100%（46／46）", Quantity(100, percent=True, numerator=46, denominator=46)),
        ("100% (46/46)", Quantity(100, percent=True, numerator=46, denominator=46)),
        ("△ 13,745百万円", Quantity(-13745, unit="百万円")),
        ("1,067団体", None),  # refused without the cell's unit, see below
    ],
)
def test_parse_quantity(text: str, expected: Quantity | None) -> None:
    if expected is None:
        with pytest.raises(ValueError):
            parse_quantity(text)
    else:
        assert parse_quantity(text) == expected


def test_the_cells_own_unit_is_accepted() -> None:
    assert parse_quantity("1,067団体", unit="団体") == Quantity(1067, unit="団体")
    assert parse_number("１，０６７団体", unit="団体") == 1067
    assert parse_number("100％", unit="%") == 100


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("abc", ""),
        ("1,2", ""),  # a comma must group thousands
        ("12,34,567", ""),
        ("1 182", ""),
        ("1.2.3", ""),
        ("--5", ""),
        ("5-", ""),
        ("1e5", ""),
        ("１０ドル", ""),
        ("100千円", "百万円"),  # wrong unit for the cell
        ("46/0", ""),
        ("約", ""),
    ],
)
def test_parse_refuses(text: str, unit: str) -> None:
    with pytest.raises(ValueError):
        parse_quantity(text, unit=unit)


@pytest.mark.parametrize("text", ["約1,600", "46/46", "50%", "1.5"])
def test_parse_int_refuses_decorations(text: str) -> None:
    with pytest.raises(ValueError):
        parse_int(text)


def test_plain_number_refuses_approximate_ratio_and_percent() -> None:
    for text in ("約1,600", "46/46", "50%"):
        with pytest.raises(ValueError):
            parse_number(text)
    assert parse_int("△ 1,582,692") == -1582692


def test_error_says_what_was_expected() -> None:
    set_language("en")
    with pytest.raises(ValueError, match=r"expected e\.g\. 1,182"):
        parse_number("twelve")
    set_language("ja")
    with pytest.raises(ValueError, match="例: 1,182"):
        parse_number("十二")


def test_normalize() -> None:
    assert normalize("　▲１，２３４．５％　") == "-1,234.5%"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (0, "0"),
        (1067, "1,067"),
        (-13745, "△ 13,745"),
        (-1582692, "△ 1,582,692"),
        (431001, "431,001"),
        (12.5, "12.5"),
        (-0.25, "△ 0.25"),
        (100.0, "100.0"),
        (1234567.125, "1,234,567.125"),
        (1e16, "10,000,000,000,000,000.0"),
        (1e-7, "0.0000001"),
    ],
)
def test_render_number(value: int | float | None, text: str) -> None:
    assert render_number(value) == text


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_render_parse_identity_for_integers(value: int) -> None:
    got = parse_number(render_number(value))
    assert got == value and isinstance(got, int)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_render_parse_identity_for_floats(value: float) -> None:
    got = parse_number(render_number(value))
    assert got == value and isinstance(got, float)


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False))
def test_render_parse_identity_for_decimals_at_stored_precision(value: Decimal) -> None:
    stored = float(value)
    assert parse_number(render_number(stored)) == stored


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_full_width_and_minus_variants_parse(value: int) -> None:
    text = render_number(value).translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))
    assert parse_number(text.replace("△", "▲")) == value
