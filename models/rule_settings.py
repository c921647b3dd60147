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
    """

    close_ratio: float = 0.8
    exceed_margin: float = 0.2
    low_execution_ratio: float = 0.5
    as_of_months_before: int = 3
    as_of_months_after: int = 6

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
        values: dict[str, float | int] = {}
        for name, raw in data.items():
            integral = known[name].type in ("int", int)
            ok_type = (int,) if integral else (int, float)
            if isinstance(raw, bool) or not isinstance(raw, ok_type):
                raise ValueError(
                    tr(
                        "[rules] {name} は{kind}で指定してください: {raw!r}",
                        "[rules] {name} must be {kind_en}: {raw!r}",
                        name=name,
                        kind="整数" if integral else "数値",
                        kind_en="an integer" if integral else "a number",
                        raw=raw,
                    )
                )
            values[name] = raw if integral else float(raw)
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
        if problems:
            raise ValueError(
                tr(
                    "[rules] の値が範囲外です: {items}",
                    "[rules] value out of range: {items}",
                    items="; ".join(problems),
                )
            )
