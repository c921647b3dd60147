"""Synthetic evaluation reports at ministry scale, for the benchmarks.

Each report has the shape of a real 評価書: 3 objectives × 4 indicators × 4 fiscal years,
4 budget years (negative carryovers, a printed total sometimes off by rounding), 6 cabinet
policies, and a rationale and an analysis of 1–3 KB of Japanese text each. Ministries,
verdicts, marks, kinds and directions vary; some values are floats, some ratios
(numerator/denominator), some indicators qualitative.

The output depends only on ``seed`` and the report's index: report ``i`` of seed ``s`` is the
same whatever ``n`` is, on every machine (``random.Random`` seeded with a string).

    python -m bench.generate --n 5000 --seed 1 --db bench/out/5000.db
    python -m bench.generate --n 200 --seed 1 --dir bench/out/snapshots
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from models.report.model import (
    DIRECTIONS,
    INDICATOR_KINDS,
    MARKS,
    VERDICT_CATEGORIES,
    Baseline,
    Budget,
    BudgetYear,
    CabinetPolicy,
    Indicator,
    IndicatorYear,
    Means,
    NextSteps,
    Objective,
    Report,
    Responsible,
    Target,
    Verdict,
)

# (府省名, key prefix)
MINISTRIES = (
    ("内閣府", "cao"),
    ("警察庁", "npa"),
    ("金融庁", "fsa"),
    ("消費者庁", "caa"),
    ("デジタル庁", "digital"),
    ("復興庁", "reconstruction"),
    ("総務省", "soumu"),
    ("法務省", "moj"),
    ("外務省", "mofa"),
    ("財務省", "mof"),
    ("文部科学省", "mext"),
    ("厚生労働省", "mhlw"),
    ("農林水産省", "maff"),
    ("経済産業省", "meti"),
    ("国土交通省", "mlit"),
    ("環境省", "env"),
    ("防衛省", "mod"),
)
FIELDS = (
    "電子自治体",
    "地方財政",
    "消防防災",
    "情報通信",
    "雇用",
    "医療",
    "農業",
    "観光",
    "環境保全",
    "教育",
    "科学技術",
    "国際協力",
    "治安",
    "防災",
    "エネルギー",
    "交通",
)
TOPICS = (
    "行政手続のオンライン化",
    "地域の防災力の強化",
    "医療提供体制の確保",
    "中小企業の生産性向上",
    "再生可能エネルギーの導入拡大",
    "農林水産物の輸出促進",
    "教育の情報化",
    "観光地域づくり",
    "交通安全対策の推進",
    "循環型社会の形成",
    "国際協力の推進",
    "研究開発の推進",
    "消費者被害の防止",
    "公共インフラの老朽化対策",
    "子育て支援の充実",
    "就労支援の強化",
)
SUBJECTS = (
    "地方公共団体",
    "市区町村",
    "関係府省",
    "事業者",
    "都道府県",
    "関係機関",
    "民間事業者",
    "国民",
    "利用者",
    "地域の関係者",
)
ACTIONS = (
    "の取組を支援した",
    "に対する説明会を開催した",
    "と連携して事業を推進した",
    "へのガイドラインの周知を図った",
    "の要望に迅速に対応した",
    "における導入を促進した",
    "の体制整備を進めた",
    "に対して財政措置を講じた",
    "の実態を調査した",
    "と協議を重ねて制度の見直しを行った",
)
FACTORS = (
    "新型コロナウイルス感染症の影響により",
    "前年度の補正予算を活用したことから",
    "関係機関との調整に時間を要したため",
    "制度改正の効果が現れたことにより",
    "事業の周知が十分でなかったことから",
    "利用者の要望を踏まえた改善を行った結果",
    "人材の確保が困難であったため",
    "デジタル技術の活用が進んだことにより",
)
OUTCOMES = (
    "目標値を上回った",
    "目標値に達しなかった",
    "着実に進展している",
    "前年度から横ばいとなった",
    "目標達成に向けて順調に推移している",
    "一部の地域で遅れが見られる",
)
INDICATOR_NAMES = (
    "導入団体数",
    "実施率",
    "利用件数",
    "満足度",
    "研修受講者数",
    "相談件数",
    "整備率",
    "達成率",
    "参加者数",
    "認定件数",
    "普及率",
    "処理期間",
)
UNITS = ("団体", "%", "件", "人", "回", "箇所", "日", "億円")
POLICY_DOCS = (
    "経済財政運営と改革の基本方針{y}",
    "成長戦略実行計画{y}",
    "デジタル社会の実現に向けた重点計画",
    "新経済・財政再生計画改革工程表{y}",
    "規制改革実施計画",
    "まち・ひと・しごと創生基本方針{y}",
    "国土強靱化年次計画{y}",
    "総合経済対策",
)
BUDGET_REQUESTS = (
    "Ⅰ　予算の増額",
    "Ⅱ　予算の減額",
    "Ⅲ　予算の継続・現状維持",
    "Ⅳ　予算要求の見送り",
)
NAMES = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤")
GIVEN = ("健一", "直子", "隆則", "美穂", "兼太郎", "由紀", "大輔", "裕子")
# every generated key matches this (and nothing else hyoka paints does): how the benchmarks
# see that the report list has been painted, whatever its sort order
KEY_REGEX = rb"[a-z]+-r[0-9]+-[0-9]{5}"
KANJI_DIGITS = "０１２３４５６７８９"


def _zen(n: int) -> str:
    """A number in full-width digits, as the forms print small ones."""
    return "".join(KANJI_DIGITS[int(c)] for c in str(n))


def _reiwa(year: int) -> str:
    return "元" if year == 2019 else _zen(year - 2018)


def _sentence(rng: random.Random, topic: str) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"{rng.choice(SUBJECTS)}{rng.choice(ACTIONS)}ことにより、{topic}が進んだ。"
    if kind == 1:
        return (
            f"{rng.choice(FACTORS)}、実績値は{rng.choice(OUTCOMES)}が、引き続き"
            f"{rng.choice(SUBJECTS)}と連携して取り組む必要がある。"
        )
    if kind == 2:
        return (
            f"令和{_reiwa(rng.randrange(2019, 2024))}年度においては、{rng.choice(SUBJECTS)}"
            f"{rng.choice(ACTIONS)}ほか、{topic}に関する調査を行い、その結果を公表した。"
        )
    return f"このため、{topic}については、{rng.choice(FACTORS)}{rng.choice(OUTCOMES)}と評価できる。"


def japanese_text(
    rng: random.Random, topic: str, min_bytes: int, max_bytes: int, indicators: int = 0
) -> str:
    """Paragraphs of plausible 評価書 prose whose UTF-8 size is in [min_bytes, max_bytes]."""
    goal = rng.randint(min_bytes, max_bytes)
    lines: list[str] = []
    size = 0
    number = 1
    while size < goal:
        if indicators and rng.random() < 0.3:
            line = f"測定指標{_zen(number)}：" + _sentence(rng, topic)
            number = number % indicators + 1
        else:
            line = "".join(_sentence(rng, topic) for _ in range(rng.randint(1, 3)))
        lines.append(line)
        size += len(line.encode()) + 1
    text = "\n".join(lines)
    while len(text.encode()) > max_bytes:  # trim whole characters from the end
        text = text[: max(1, len(text) - (len(text.encode()) - max_bytes) // 3 - 1)]
    return text


def _value(rng: random.Random, unit: str, base: float, is_float: bool) -> int | float:
    if unit == "%":
        return round(min(100.0, base), 1) if is_float else min(100, int(base))
    return round(base, 1) if is_float else int(base)


def _indicator(rng: random.Random, number: int, topic: str, years: list[int]) -> Indicator:
    unit = rng.choice(UNITS)
    ratio = unit == "%" and rng.random() < 0.5
    is_float = rng.random() < 0.25
    qualitative = rng.random() < 0.08
    direction = rng.choice(DIRECTIONS)
    kind = rng.choice(INDICATOR_KINDS)
    name = f"{topic}に係る{rng.choice(INDICATOR_NAMES)}"
    mark = rng.choice(MARKS)
    base = rng.uniform(20, 90) if unit == "%" else rng.uniform(10, 5000)
    step = base * rng.uniform(-0.05, 0.15)
    target_value = _value(rng, unit, base + step * 5, is_float)
    baseline = Baseline(fiscal_year=years[0] - 1)
    target = Target(fiscal_year=years[-1] + rng.randint(0, 2))
    if qualitative:
        baseline.text = f"{name}：{_sentence(rng, topic)}"
        target.text = f"{topic}を着実に推進する。"
    else:
        baseline.value = _value(rng, unit, base, is_float)
        baseline.text = f"{name}：{baseline.value}{unit}"
        target.value = target_value
        target.approximate = rng.random() < 0.2 or None
        target.text = f"{name}：{'約' if target.approximate else ''}{target_value}{unit}"
        if ratio:
            baseline.denominator = rng.randint(40, 400)
            baseline.numerator = round(baseline.denominator * min(100.0, base) / 100)
    rows: list[IndicatorYear] = []
    for i, fy in enumerate(years):
        row = IndicatorYear(fiscal_year=fy)
        if qualitative:
            row.target_text = f"{topic}の推進"
            row.actual_text = "\n".join(_sentence(rng, topic) for _ in range(rng.randint(1, 2)))
        else:
            row.target = _value(rng, unit, base + step * (i + 1), is_float)
            row.target_text = f"{row.target}{unit}"
            if i < len(years) - 1 or rng.random() < 0.6:  # the latest year is sometimes not in yet
                actual = base + step * (i + 1) * rng.uniform(0.6, 1.3)
                row.actual = _value(rng, unit, actual, is_float)
                if ratio:
                    row.denominator = rng.randint(40, 400)
                    row.numerator = round(row.denominator * min(100.0, actual) / 100)
                    row.actual_text = f"{row.actual}%（{row.numerator}／{row.denominator}）"
                else:
                    row.actual_text = f"{name}：{row.actual}{unit}"
                if rng.random() < 0.5:
                    month, day = rng.choice(((3, 31), (4, 1)))
                    row.as_of = date(fy + 1, month, day)
        if rng.random() < 0.1:
            row.note = "※数値は速報値"
        rows.append(row)
    return Indicator(
        number=number,
        name=name,
        main=rng.random() < 0.4,
        kind=kind,
        tags=["新経済・財政再生計画　改革工程表のKPI関係"] if rng.random() < 0.3 else [],
        unit=unit,
        direction=direction,
        cumulative=rng.random() < 0.2 or None,
        qualitative=qualitative or None,
        criterion=f"{rng.choice(INDICATOR_NAMES)}が前年度を上回ること"
        if rng.random() < 0.5
        else "",
        mark=mark,
        baseline=baseline,
        target=target,
        years=rows,
    )


def _budget(rng: random.Random, years: list[int]) -> Budget:
    unit = rng.choice(("百万円", "百万円", "千円"))
    scale = rng.uniform(500, 500_000)
    out: list[BudgetYear] = []
    columns = [*years[1:], years[-1] + 1]  # three evaluated years and the request year
    for i, fy in enumerate(columns):
        initial = int(scale * rng.uniform(0.8, 1.2))
        if i == len(columns) - 1:  # the request year: only the initial budget is known
            out.append(BudgetYear(fiscal_year=fy, initial=initial))
            continue
        supplementary = int(scale * rng.uniform(0, 0.8)) if rng.random() < 0.6 else 0
        carryover = (
            -int((initial + supplementary) * rng.uniform(0, 0.4))
            if rng.random() < 0.7
            else int(scale * rng.uniform(0, 0.2))
        )
        total = (
            initial + supplementary + carryover + (rng.choice((-1, 1)) if rng.random() < 0.1 else 0)
        )
        executed = int(max(0, total) * rng.uniform(0.7, 1.0))
        out.append(BudgetYear(fy, initial, supplementary or None, carryover, total, executed))
    notes = ["計数は、それぞれ四捨五入しているため、合計が一致しない場合がある。"]
    if rng.random() < 0.3:
        notes.insert(0, "令和元年度は旧政策名に対応する予算額及び執行額となっている。")
    return Budget(unit=unit, notes=notes, years=out)


def make_report(seed: int, index: int) -> Report:
    """Report number ``index`` of the synthetic set ``seed``."""
    rng = random.Random(f"hyoka-bench/{seed}/{index}")
    ministry, prefix = rng.choice(MINISTRIES)
    evaluated = rng.randrange(2019, 2024)
    years = [evaluated - 3 + i for i in range(4)]
    topic = rng.choice(TOPICS)
    policy_number = rng.randint(1, 40)
    field = rng.choice(FIELDS)
    numbers = iter(range(1, 13))
    objectives = []
    for o in range(3):
        indicators = [_indicator(rng, next(numbers), topic, years) for _ in range(4)]
        means = [
            Means(
                name=f"{topic}推進事業（{_zen(m + 1)}）",
                review_number=f"{rng.randint(1, 999):04d}",
                summary=_sentence(rng, topic),
                indicator_numbers=sorted(rng.sample([i.number for i in indicators], 2)),
            )
            for m in range(rng.randint(0, 2))
        ]
        objectives.append(
            Objective(
                text=f"{topic}を通じて{rng.choice(SUBJECTS)}の{rng.choice(FIELDS)}"
                f"を向上させること（{_zen(o + 1)}）",
                indicators=indicators,
                means=means,
            )
        )
    policies = []
    for _ in range(6):
        year = rng.randrange(2016, evaluated + 1)
        policies.append(
            CabinetPolicy(
                name=rng.choice(POLICY_DOCS).format(y=year),
                date=date(year, rng.randint(1, 12), rng.randint(1, 28)),
                excerpt="\n".join(_sentence(rng, topic) for _ in range(rng.randint(1, 4))),
            )
        )
    verdict = Verdict(
        category=rng.choice(VERDICT_CATEGORIES),
        rationale=japanese_text(rng, topic, 1024, 3072, indicators=12),
        analysis=japanese_text(rng, topic, 1024, 3072, indicators=12),
    )
    return Report(
        key=f"{prefix}-r{evaluated - 2018}-{index:05d}",
        policy_name=f"{topic}（{field}）",
        ministry=ministry,
        document_id=f"{ministry}R{evaluated - 2017}－{policy_number}",
        title=f"主要な政策に係る評価書（令和{_reiwa(evaluated)}年度実施政策）",
        evaluated_fiscal_year=evaluated,
        policy_number=policy_number,
        field=field,
        overview=japanese_text(rng, topic, 200, 600),
        final_outcome=_sentence(rng, topic),
        intermediate_outcomes=[_sentence(rng, topic) for _ in range(rng.randint(1, 3))],
        expert_knowledge=_sentence(rng, topic) if rng.random() < 0.7 else "―",
        materials="―"
        if rng.random() < 0.5
        else f"{topic}に関する実態調査（令和{_reiwa(evaluated)}年度）",
        bureau=f"{rng.choice(FIELDS)}局{rng.choice(FIELDS)}課",
        responsible=[
            Responsible(f"{rng.choice(FIELDS)}課長", f"{rng.choice(NAMES)}　{rng.choice(GIVEN)}")
            for _ in range(rng.randint(1, 2))
        ],
        evaluation_month=f"{evaluated + 1}-{rng.randint(6, 9):02d}",
        budget=_budget(rng, years),
        cabinet_policies=policies,
        objectives=objectives,
        verdict=verdict,
        next_steps=NextSteps(
            measures=japanese_text(rng, topic, 200, 800, indicators=12),
            budget_request_fiscal_year=evaluated + 2,
            budget_request=rng.choice(BUDGET_REQUESTS),
            budget_reflection=_sentence(rng, topic),
            institutional_reflection="―" if rng.random() < 0.6 else _sentence(rng, topic),
        ),
    )


def generate(n: int, seed: int = 1) -> Iterator[Report]:
    """``n`` reports of the set ``seed``, in index order."""
    for i in range(n):
        yield make_report(seed, i)


def write_db(reports: Iterator[Report] | list[Report], path: Path) -> int:
    """Bulk-import into the database at ``path`` (created if absent); return how many failed."""
    from models.store.store import open_store

    store = open_store(str(path), user="bench")
    try:
        outcome = store.import_reports(reports, replace=True)
    finally:
        store.close()
    failed = [(key, err) for key, err in outcome if err is not None]
    for key, err in failed[:10]:
        print(f"bench.generate: {key}: {err}", file=sys.stderr)
    return len(failed)


def write_dir(reports: Iterator[Report] | list[Report], directory: Path) -> int:
    from models.snapshot.codec import write_snapshot

    directory.mkdir(parents=True, exist_ok=True)
    count = 0
    for report in reports:
        write_snapshot(report, directory / f"{report.key}.toml")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--n", type=int, default=5000, help="how many reports (default 5000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="bulk-import into this SQLite database")
    parser.add_argument("--dir", type=Path, help="write one hyoka/1 snapshot per report here")
    parser.add_argument(
        "--validate",
        action="store_true",
        help="check every report round-trips through the snapshot validator",
    )
    args = parser.parse_args(argv)
    if args.db is None and args.dir is None and not args.validate:
        parser.error("give --db PATH and/or --dir DIR (or --validate)")
    start = time.perf_counter()
    reports = list(generate(args.n, args.seed))
    print(
        f"generated {len(reports)} reports in {time.perf_counter() - start:.1f} s", file=sys.stderr
    )
    if args.validate:
        from models.snapshot.codec import SnapshotError, dumps_snapshot, loads_snapshot

        for report in reports:
            try:
                again = loads_snapshot(dumps_snapshot(report), source=report.key)
            except SnapshotError as exc:
                print(exc, file=sys.stderr)
                return 1
            if again != report:
                print(f"bench.generate: {report.key} does not round-trip", file=sys.stderr)
                return 1
        print(f"all {len(reports)} valid", file=sys.stderr)
    if args.dir is not None:
        start = time.perf_counter()
        write_dir(reports, args.dir)
        print(
            f"wrote {len(reports)} snapshots to {args.dir} in {time.perf_counter() - start:.1f} s",
            file=sys.stderr,
        )
    if args.db is not None:
        start = time.perf_counter()
        failed = write_db(reports, args.db)
        print(
            f"imported {len(reports) - failed} reports into {args.db} in "
            f"{time.perf_counter() - start:.1f} s",
            file=sys.stderr,
        )
        if failed:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
