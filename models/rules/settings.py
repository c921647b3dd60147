"""The thresholds hyoka's rules use, and where they come from.

Every default here is **hyoka's own** documented choice, not the guideline's: the 目標管理型の
政策評価の実施に関するガイドライン fixes no percentage for "close to target" (目標（値）に近い実績),
for "exceeding" a target or for a low 執行率. A ministry or team that reads those words differently
sets its own values in the ``[rules]`` table of the config file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from models.i18n import tr

CLOSE_BASES = ("from_baseline", "to_target")
# 予算要求 categories: Ⅲ is the seed's (総務省R4－⑧); the others are hyoka's default wording,
# to be replaced by a ministry's own list in [rules] budget_request_categories.
BUDGET_REQUEST_CATEGORIES = (
    "Ⅰ　予算の増額",
    "Ⅱ　予算の減額",
    "Ⅲ　予算の継続・現状維持",
    "Ⅳ　予算要求の見送り",
)


@dataclass(frozen=True)
class RuleSettings:
    """Thresholds for mark and verdict suggestions and for checks (hyoka's defaults).

    - ``close_ratio``: an achievement rate at or above this (and below 1) suggests ロ
      (目標未達成であるが目標（値）に近い実績); below it, ハ. Default 0.8 (80%).
    - ``exceed_margin``: when every main indicator's rate is at least ``1 + exceed_margin``
      and every judged indicator is イ, 目標超過達成 is offered. Default 0.2 (120%).
    - ``low_execution_ratio``: an 執行率 (執行額 ÷ 合計) below this that the analysis never
      speaks of is a warning. Default 0.5 (50%).
    - ``as_of_months_before`` / ``as_of_months_after``: how far an actual's as-of date
      (〇〇現在) may lie before the start or after the end of its fiscal year. Defaults 3 and 6.
    - ``close_basis``: which reading of "close to the target" decides ロ/ハ: ``"to_target"``
      (the ratio of the actual to the target; the default, as the guideline's ロ reads
      「目標（値）に近い実績」) or ``"from_baseline"`` (progress from the baseline). Both are
      always computed and shown, the other as 参考.
    - ``budget_request_categories``: the 予算要求 categories a report may state (N001).
    - ``year_reach``: a fiscal year further than this many years from the evaluated one is
      implausible (R008). Default 35.
    - ``one_line_limit``: a one-line field longer than this many characters is implausible
      (R009). Default 500.
    """

    close_ratio: float = 0.8
    exceed_margin: float = 0.2
    low_execution_ratio: float = 0.5
    as_of_months_before: int = 3
    as_of_months_after: int = 6
    close_basis: str = "to_target"
    budget_request_categories: tuple[str, ...] = BUDGET_REQUEST_CATEGORIES
    year_reach: int = 35
    one_line_limit: int = 500

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> RuleSettings:
        """Settings from a ``[rules]`` table; unknown keys and bad values raise ValueError."""
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError(
                tr(
                    "[rules] に不明なキーがあります: {keys}（使えるキー: {known}）",
                    "unknown key(s) in [rules]: {keys} (known: {known})",
                    keys=", ".join(unknown),
                    known=", ".join(known),
                )
            )
        values: dict[str, object] = {}
        for name, raw in data.items():
            values[name] = _value(name, known[name].type, raw)
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        """Refuse values that make no sense (a ratio outside 0–1, a negative margin)."""
        problems = []
        if not 0 < self.close_ratio <= 1:
            problems.append("close_ratio (0 < x ≤ 1)")
        if self.exceed_margin < 0:
            problems.append("exceed_margin (x ≥ 0)")
        if not 0 <= self.low_execution_ratio <= 1:
            problems.append("low_execution_ratio (0 ≤ x ≤ 1)")
        if self.as_of_months_before < 0 or self.as_of_months_after < 0:
            problems.append("as_of_months_before / as_of_months_after (≥ 0)")
        if self.close_basis not in CLOSE_BASES:
            problems.append("close_basis (" + " | ".join(CLOSE_BASES) + ")")
        if self.year_reach < 1 or self.one_line_limit < 1:
            problems.append("year_reach / one_line_limit (≥ 1)")
        if problems:
            raise ValueError(
                tr(
                    "[rules] の値が範囲外です: {items}",
                    "[rules] value out of range: {items}",
                    items="; ".join(problems),
                )
            )


def _value(name: str, kind: object, raw: object) -> object:
    """A ``[rules]`` value checked against its field's type (``kind``, as annotated)."""
    text = str(kind)
    if text == "str":
        if isinstance(raw, str):
            return raw
        expected = ("文字列", "a string")
    elif text.startswith("tuple"):
        if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
            return tuple(raw)
        expected = ("文字列の配列", "an array of strings")
    elif text == "int":
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        expected = ("整数", "an integer")
    else:
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return float(raw)
        expected = ("数値", "a number")
    raise ValueError(
        tr(
            "[rules] {name} は{kind}で指定してください: {raw!r}",
            "[rules] {name} must be {kind_en}: {raw!r}",
            name=name,
            kind=expected[0],
            kind_en=expected[1],
            raw=raw,
        )
    )
