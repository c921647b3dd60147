"""Numbers as people type them, and numbers as the form prints them.

Input comes from Japanese IMEs and from copy-paste out of PDFs and Excel: full-width digits and
commas, ideographic commas, many minus signs (△ ▲ − － ‐ and their Unicode cousins), the 約
prefix, % and ％, ratios such as ４６／４６, and unit suffixes (百万円, 千円, 円). Text is NFKC-
normalised and its minus signs mapped through an explicit table before it is validated; anything
else is refused with a message saying what was expected.

Rendering is the other direction: thousands with commas, negatives as 「△ 13,745」, a blank
cell (``None``) as ``""`` (never 0), floats at the precision they are stored with.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from models.i18n import tr

Number = int | float

# Applied after NFKC (which already turns － U+FF0D and ﹣ U+FE63 into "-", ‑ U+2011 into ‐).
MINUS_SIGNS = "△▲−－‐-\u2011\ufe63\uff0d"
_MINUS_TABLE = str.maketrans({c: "-" for c in MINUS_SIGNS})
_COMMAS = str.maketrans({"、": ",", "､": ","})
MONEY_UNITS = ("百万円", "千円", "円")

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_QUANTITY = re.compile(
    rf"(?P<approx>約)?\s*(?P<sign>[-+])?\s*(?P<num>{_NUM})\s*(?P<suffix>%|百万円|千円|円)?"
    rf"(?:\s*\(\s*(?P<rn>{_NUM})\s*/\s*(?P<rd>{_NUM})\s*\))?"
)
_RATIO = re.compile(rf"(?P<rn>{_NUM})\s*/\s*(?P<rd>{_NUM})")


@dataclass(frozen=True)
class Quantity:
    """What a typed number said.

    ``value`` is an ``int`` when the input was integral, a ``float`` otherwise. A bare ratio
    (``46/46``) has ``value`` = numerator ÷ denominator; ``100%（46/46）`` keeps 100 as the value
    and the ratio as its parts.
    """

    value: Number
    approximate: bool = False
    percent: bool = False
    unit: str = ""  # the money unit typed (百万円, 千円, 円) or the caller's unit
    numerator: Number | None = None
    denominator: Number | None = None

    @property
    def is_ratio(self) -> bool:
        return self.numerator is not None


def normalize(text: str) -> str:
    """NFKC, every minus variant to ``-``, ideographic commas to ``,``, outer spaces trimmed."""
    return unicodedata.normalize("NFKC", text).translate(_MINUS_TABLE).translate(_COMMAS).strip()


def _expected(text: str) -> ValueError:
    return ValueError(
        tr(
            "数値として読めません: {text!r}（例: 1,182、△ 13,745、約1,600、100%、46/46）",
            "not a number: {text!r} (expected e.g. 1,182, △ 13,745, 約1,600, 100%, 46/46)",
            text=text,
        )
    )


def _to_number(digits: str) -> Number:
    digits = digits.replace(",", "")
    return float(digits) if "." in digits else int(digits)


def _strip_unit(s: str, unit: str) -> tuple[str, str]:
    """Remove the caller's own unit suffix (団体, 件 …) if the text ends with it."""
    if unit and unit not in MONEY_UNITS and unit != "%":
        u = normalize(unit)
        if u and s.endswith(u):
            return s[: -len(u)].rstrip(), unit
    return s, ""


def parse_quantity(text: str, *, unit: str = "") -> Quantity | None:
    """Read a typed number with all its decorations; blank text gives ``None``.

    ``unit`` is the unit the cell is in (a budget's 百万円, an indicator's 団体 or %): that
    suffix is accepted, and a different money unit or a stray % is refused.
    """
    s = normalize(text)
    if not s:
        return None
    s, own_unit = _strip_unit(s, unit)
    if m := _RATIO.fullmatch(s):
        num, den = _to_number(m.group("rn")), _to_number(m.group("rd"))
        if den == 0:
            raise ValueError(
                tr("分母が0です: {text!r}", "the denominator is zero: {text!r}", text=text)
            )
        q = num / den
        exact = isinstance(num, int) and isinstance(den, int) and q.is_integer()
        value: Number = int(q) if exact else q
        return Quantity(value, numerator=num, denominator=den, unit=own_unit)
    m = _QUANTITY.fullmatch(s)
    if m is None:
        raise _expected(text)
    value = _to_number(m.group("num"))
    if m.group("sign") == "-":
        value = -value
    suffix = m.group("suffix") or ""
    if suffix and unit and suffix != normalize(unit):
        raise ValueError(
            tr(
                "単位が違います: {text!r}（{unit}で入力してください）",
                "wrong unit in {text!r} (this cell is in {unit})",
                text=text,
                unit=unit,
            )
        )
    rn, rd = m.group("rn"), m.group("rd")
    return Quantity(
        value,
        approximate=m.group("approx") is not None,
        percent=suffix == "%" or normalize(unit) == "%",
        unit=suffix if suffix in MONEY_UNITS else own_unit,
        numerator=_to_number(rn) if rn else None,
        denominator=_to_number(rd) if rd else None,
    )


def parse_number(text: str, *, unit: str = "") -> Number | None:
    """A plain cell value: sign, commas, widths and the cell's unit allowed; 約 and ratios not."""
    q = parse_quantity(text, unit=unit)
    if q is None:
        return None
    if q.approximate or q.is_ratio:
        raise ValueError(
            tr(
                "このセルには数値だけを入力してください（約や比率は不可）: {text!r}",
                "this cell takes a plain number (no 約, no ratio): {text!r}",
                text=text,
            )
        )
    if q.percent and normalize(unit) != "%":
        raise ValueError(
            tr(
                "このセルは%の値ではありません: {text!r}",
                "this cell is not a percentage: {text!r}",
                text=text,
            )
        )
    return q.value


def parse_int(text: str, *, unit: str = "") -> int | None:
    """A whole number cell (budget figures, counts): as :func:`parse_number`, integers only."""
    value = parse_number(text, unit=unit)
    if isinstance(value, float):
        raise ValueError(
            tr(
                "整数を入力してください: {text!r}",
                "a whole number is expected: {text!r}",
                text=text,
            )
        )
    return value


def render_number(value: Number | None) -> str:
    """``1,182``; ``△ 13,745``; ``12.5``; ``""`` for a blank cell. Floats keep their precision."""
    if value is None:
        return ""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(tr("有限の数ではありません", "not a finite number"))
        body = f"{Decimal(repr(abs(value))):,f}"
        if "." not in body:
            body += ".0"  # keep a float a float through render → parse
    else:
        body = f"{abs(value):,d}"
    return f"△ {body}" if value < 0 else body
