"""How fast the line breaker wraps, with and without BudouX phrases, and what it looks like.

``python -m bench.linebreak`` prints the time to wrap 1,000 characters of the sample report's
long texts at 40 and 78 columns, by the rules alone and with BudouX's phrase boundaries
(when the ``budoux`` package is installed), then the sample's 判断根拠 wrapped both ways so
the two can be read side by side. Nothing is asserted; the figures are printed.
"""

from __future__ import annotations

import statistics
import time

from models.snapshot.sample import load_sample
from models.text.linebreak import wrap


def _texts() -> list[str]:
    report = load_sample()
    texts = [report.overview, report.verdict.rationale, report.verdict.analysis]
    texts += [policy.excerpt for policy in report.cabinet_policies]
    return [t for t in texts if t]


def _per_thousand(texts: list[str], width: int, phrases: object, rounds: int = 20) -> float:
    chars = sum(len(t) for t in texts)
    runs = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            wrap(text, width, phrases=phrases)  # type: ignore[arg-type]
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) / chars * 1000 * 1000  # ms per 1,000 characters


def main() -> None:
    texts = _texts()
    try:
        import budoux

        parser = budoux.load_default_japanese_parser()
        phrases = parser.parse
    except ImportError:
        phrases = None
    print(f"{sum(len(t) for t in texts):,} characters of sample text")
    for width in (40, 78):
        plain = _per_thousand(texts, width, None)
        line = f"width {width:3}: rules only {plain:6.3f} ms / 1,000 chars"
        if phrases is not None:
            line += f"   with BudouX {_per_thousand(texts, width, phrases):6.3f} ms / 1,000 chars"
        print(line)
    rationale = load_sample().verdict.rationale
    for width in (40, 78):
        for name, how in (("rules only", None), ("BudouX", phrases)):
            if name == "BudouX" and how is None:
                continue
            print(f"\n--- 判断根拠 at {width} columns, {name}")
            for line in wrap(rationale, width, hang=True, phrases=how):
                print(f"|{line}")


if __name__ == "__main__":
    main()
