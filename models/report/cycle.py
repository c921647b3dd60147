"""A report's place in its policy's cycle, as the calendar reads it (spec/cycle.md, "The whole
cycle"): which fiscal year it is on, whether that year is an evaluation or a monitoring year,
which report it was rolled over from, and when the next evaluation is planned.

``planned_year`` reads the 政策評価実施予定時期 as the evaluated fiscal year of that evaluation:
an evaluation made in 令和４年８月 (fiscal year 2022) evaluates 令和３年度実施政策 (2021), as the
sample's 評価書 on 2021 was made in 2022-08. A month (2022-08, 令和４年８月) or a fiscal year
(令和４年度, 2022) is read, with 頃・予定・目途 after it; other text gives no year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.report.eras import parse_fiscal_year, parse_month


@dataclass(frozen=True)
class CycleFacts:
    """What the calendar needs of one report."""

    key: str
    ministry: str = ""
    policy_number: int | None = None
    policy_name: str = ""
    evaluated_fiscal_year: int | None = None
    stage: str = "evaluation"
    predecessor: str = ""
    planned_evaluation: str = ""


_AFTER = re.compile(r"(頃|ころ|ごろ|予定|目途|めど|を予定|中)+$")


def planned_year(planned_evaluation: str) -> int | None:
    """The evaluated fiscal year of the evaluation planned for ``planned_evaluation``, or None."""
    text = _AFTER.sub("", planned_evaluation.strip().replace("\u3000", "").replace(" ", ""))
    if not text:
        return None
    try:
        year, month = (int(part) for part in parse_month(text).split("-"))
        return (year if month >= 4 else year - 1) - 1
    except ValueError:
        pass
    try:
        return parse_fiscal_year(text) - 1
    except ValueError:
        return None
