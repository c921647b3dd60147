"""Hypothesis strategies that generate valid reports of every shape the spec allows."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from models.report import model as r
from models.report import review as rv
from models.snapshot.kinds import INT_LIMIT, YEAR_RANGE

# Any printable character, Japanese included, plus tab and newline; no other control chars.
_chars = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(
    "\n\t　、。「」①△－ー漢字かなカナ[]/\\\"'#=\U0001f600"
)
text = st.text(_chars, max_size=40)
short = st.text(_chars, min_size=1, max_size=12)
years = st.integers(*YEAR_RANGE)
money = st.none() | st.integers(-(10**12), 10**12)
ints = st.integers(-INT_LIMIT, INT_LIMIT)
numbers = st.none() | ints | st.floats(allow_nan=False, allow_infinity=False)
flags = st.none() | st.booleans()
dates = st.none() | st.dates(date(1900, 1, 1), date(2200, 12, 31))


def _choice(options: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.just("") | st.sampled_from(options)


budget_year = st.builds(
    r.BudgetYear,
    fiscal_year=years,
    initial=money,
    supplementary=money,
    carryover=money,
    total=money,
    executed=money,
)
baseline = st.builds(
    r.Baseline,
    fiscal_year=st.none() | years,
    value=numbers,
    numerator=numbers,
    denominator=numbers,
    text=text,
    note=text,
)
target = st.builds(
    r.Target, fiscal_year=st.none() | years, value=numbers, approximate=flags, text=text, note=text
)
indicator_year = st.builds(
    r.IndicatorYear,
    fiscal_year=years,
    target=numbers,
    target_text=text,
    actual=numbers,
    numerator=numbers,
    denominator=numbers,
    actual_text=text,
    as_of=dates,
    note=text,
)


part = st.builds(
    r.IndicatorPart,
    name=short,
    unit=text,
    baseline=baseline,
    target=target,
    years=st.lists(indicator_year, max_size=3, unique_by=lambda y: y.fiscal_year),
)


def _indicator(number: int) -> st.SearchStrategy[r.Indicator]:
    return st.builds(
        r.Indicator,
        number=st.just(number),
        name=short,
        main=flags,
        kind=_choice(r.INDICATOR_KINDS),
        tags=st.lists(text, max_size=2),
        unit=text,
        direction=_choice(r.DIRECTIONS),
        bound=_choice(r.BOUNDS),
        cumulative=flags,
        qualitative=flags,
        criterion=text,
        mark=_choice(r.MARKS),
        drop_next=flags,
        reason=text,
        change_reason=text,
        baseline=baseline,
        target=target,
        years=st.lists(indicator_year, max_size=4, unique_by=lambda y: y.fiscal_year),
        parts=st.lists(part, max_size=2),
    )


means = st.builds(
    r.Means,
    name=text,
    review_number=text,
    summary=text,
    indicator_numbers=st.lists(st.integers(0, 99), max_size=3),
    start_fiscal_year=st.none() | years,
    years=st.lists(
        st.builds(r.MeansYear, fiscal_year=years, budget=money, executed=money),
        max_size=3,
        unique_by=lambda y: y.fiscal_year,
    ),
)
planned_years = st.lists(
    st.builds(r.PlannedYear, fiscal_year=years, target=numbers, target_text=text),
    max_size=3,
    unique_by=lambda y: y.fiscal_year,
)
planned_indicator = st.builds(
    r.PlannedIndicator,
    objective=st.integers(1, 5),
    number=st.integers(-5, 10**6),
    name=text,
    baseline=baseline,
    target=target,
    criterion=text,
    reason=text,
    years=planned_years,
    parts=st.lists(
        st.builds(r.PlannedPart, name=short, baseline=baseline, target=target, years=planned_years),
        max_size=2,
    ),
    change_reason=text,
)
planned_means = st.builds(
    r.PlannedMeans,
    objective=st.integers(1, 5),
    name=short,
    review_number=text,
    years=st.lists(
        st.builds(r.PlannedBudget, fiscal_year=years, budget=money),
        max_size=3,
        unique_by=lambda y: y.fiscal_year,
    ),
    change_reason=text,
)
plans = st.none() | st.builds(
    r.FixedPlan,
    fixed_on=st.dates(date(1900, 1, 1), date(2200, 12, 31)),
    indicators=st.lists(planned_indicator, max_size=3, unique_by=lambda p: p.number),
    whole=flags,
    means=st.lists(planned_means, max_size=2),
    planned_evaluation=text,
    change_reason=text,
)


@st.composite
def objectives(draw: st.DrawFn) -> list[r.Objective]:
    count = draw(st.integers(0, 3))
    numbers = draw(
        st.lists(st.integers(-5, 10**6), min_size=count * 3, max_size=count * 3, unique=True)
    )
    out = []
    for o in range(count):
        mine = numbers[o * 3 : o * 3 + draw(st.integers(0, 3))]
        out.append(
            r.Objective(
                text=draw(text),
                indicators=[draw(_indicator(n)) for n in mine],
                means=draw(st.lists(means, max_size=2)),
            )
        )
    return out


reports = st.builds(
    r.Report,
    key=st.from_regex(r"[a-z0-9-]{1,30}", fullmatch=True),
    policy_name=short,
    ministry=text,
    document_id=text,
    title=text,
    evaluated_fiscal_year=st.none() | years,
    policy_number=st.none() | ints,
    field=text,
    overview=text,
    final_outcome=text,
    intermediate_outcomes=st.lists(text, max_size=3),
    expert_knowledge=text,
    materials=text,
    bureau=text,
    responsible=st.lists(st.builds(r.Responsible, title=text, name=text), max_size=3),
    evaluation_month=st.just("")
    | st.builds("{:04d}-{:02d}".format, st.integers(1900, 2200), st.integers(1, 12)),
    planned_evaluation=text,
    predecessor=st.just("") | st.from_regex(r"[a-z0-9-]{1,30}", fullmatch=True),
    stage=st.sampled_from(r.STAGES),
    budget=st.builds(
        r.Budget,
        unit=_choice(r.BUDGET_UNITS),
        notes=st.lists(text, max_size=3),
        years=st.lists(budget_year, max_size=5, unique_by=lambda y: y.fiscal_year),
    ),
    cabinet_policies=st.lists(
        st.builds(r.CabinetPolicy, name=text, date=dates, excerpt=text), max_size=3
    ),
    objectives=objectives(),
    verdict=st.builds(
        r.Verdict, category=_choice(r.VERDICT_CATEGORIES), rationale=text, analysis=text
    ),
    next_steps=st.builds(
        r.NextSteps,
        measures=text,
        budget_request_fiscal_year=st.none() | years,
        budget_request=text,
        budget_reflection=text,
        institutional_reflection=text,
    ),
    plan=plans,
    gist=st.builds(r.Gist, objectives=text, rationale=text, analysis=text, next_steps=text),
)

# A report's review ([review], models/snapshot/review_codec.py): a status and numbered comments.
_moments = st.builds(
    "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format,
    st.integers(2000, 2100),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(0, 59),
)
_replies = st.lists(st.builds(rv.Reply, who=short, at=_moments, text=text), max_size=3)


@st.composite
def review_comments(draw: st.DrawFn) -> list[rv.Comment]:
    numbers = draw(st.lists(st.integers(1, 10_000), unique=True, max_size=4))
    out = []
    for number in sorted(numbers):
        resolved = draw(st.booleans())
        out.append(
            rv.Comment(
                number,
                draw(st.sampled_from(["report", "indicator[1].target", "verdict.rationale"])),
                draw(short),
                draw(_moments),
                draw(text),
                draw(_replies),
                draw(short) if resolved else "",
                draw(_moments) if resolved else "",
            )
        )
    return out


reviews = st.builds(rv.Review, status=st.sampled_from(rv.STATUSES), comments=review_comments())
